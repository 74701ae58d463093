//! Evidence about a candidate from its context: titles, verbs, datelines, scores.

use super::*;

impl Doc<'_> {
    /// Whether `key` (word `i`) is a common word of the text's language rather than a name:
    /// a stopword, or a word the text otherwise writes in lowercase more than capitalised.
    pub(super) fn common_word(&self, i: usize, key: &str) -> bool {
        if stopwords::is_stopword(self.lang, key)
            || (self.lang != Lang::En && stopwords::is_stopword(Lang::En, key) && key.len() < 4)
        {
            return true;
        }
        let (lower, mid) = self.seen(key);
        let initial = self.toks.get(i).is_some_and(|t| t.initial());
        lower > 0 && (initial || lower > mid * 2)
    }

    /// Whether word `start` is in a list of names that a plural title opens ("MM.", "Messrs.").
    pub(super) fn after_plural_title(&self, start: usize) -> bool {
        let mut j = start;
        for _ in 0..24 {
            let Some(p) = j.checked_sub(1) else {
                return false;
            };
            let (gap, w) = (self.gap(j), self.word(p));
            if gap.starts_with('.') && PLURAL_TITLES.contains(&w) {
                return true;
            }
            let ok = match self.toks.at(p).shape() {
                Shape::Title | Shape::Caps => {
                    matches!(gap, " " | ", " | "-") || (gap == ". " && w.chars().count() == 1)
                }
                Shape::Lower => gap == " " && LIST_CONNECTORS.contains(&w),
                Shape::Other => false,
            };
            if !ok {
                return false;
            }
            j = p;
        }
        false
    }

    /// Whether words `start..=last` are initials ("J.", "Chr.") then one surname, maybe after a
    /// first name ("Benton M. Johnson").
    pub(super) fn initials_then_surname(&self, start: usize, last: usize) -> bool {
        // "D. Ritten¬ berry": a surname broken at a line end starts before the break.
        let mut last = last;
        while last > start && self.gap(last).starts_with('\u{ac}') {
            last -= 1;
        }
        let surname = self.word(last);
        let start = if last > start + 1
            && self.gap(start + 1) == " "
            && self.toks.at(start).shape() == Shape::Title
            && self.word(start).chars().count() > 1
            && self.class(start).is_none_or(|c| c == Class::Given)
        {
            start + 1
        } else {
            start
        };
        start < last
            && matches!(self.toks.at(last).shape(), Shape::Title | Shape::Caps)
            && surname.chars().count() > 1
            && !stopwords::is_stopword(self.lang, self.fold(last))
            && names::lookup(surname).is_none_or(|c| c == Class::Given)
            && (start..last).all(|j| {
                let w = self.word(j);
                self.gap(j + 1).starts_with('.')
                    && self.toks.at(j).shape() == Shape::Title
                    && (w.chars().count() == 1
                        || names::lookup(&format!("{w}.")) == Some(Class::Given))
            })
    }

    /// Whether words `first..=last` open a dateline: "Harrisburg, June 26, 1840.",
    /// "NEWECHOTA- FEBRUARY 3", "TIGNES, France 1996-12-06".
    pub(super) fn opens_dateline(&self, first: usize, last: usize) -> bool {
        let gap = self.gap(last + 1);
        if matches!(gap, ", " | "- ") && calendar::is_month_key(self.fold(last + 1)) {
            return true;
        }
        if first > 0 && !self.gap(first).contains('\n') {
            return false;
        }
        if self.dateline(last) {
            return true;
        }
        // A place after the comma, then the date: "TALLAHASSEE, Fla. 1996-12-06".
        gap == ", "
            && (last + 1..last + 4).any(|j| {
                !self.gap(j).contains('\n')
                    && self.toks.get(j).is_some_and(|t| t.shape() != Shape::Lower)
                    && self.dateline(j)
            })
    }

    /// Whether word `last` is followed by a date on its line: "ROME 1996-12-06" names a place.
    pub(super) fn dateline(&self, last: usize) -> bool {
        let gap = self.gap(last + 1);
        let next = self.word(last + 1);
        (gap == " " || gap == ", ")
            && next.len() == 4
            && next.bytes().all(|b| b.is_ascii_digit())
            && self.gap(last + 2) == "-"
    }

    /// The class of a listed place or organisation in the German genitive ("Rußlands",
    /// "Europas"); the mention keeps its "s", as the name is written.
    pub(super) fn genitive(&self, key: &str) -> Option<Class> {
        if !self.cues.genitive_s {
            return None;
        }
        let stem = key.strip_suffix('s')?;
        names::lookup_folded(stem).filter(|c| matches!(c, Class::Place | Class::City | Class::Org))
    }

    /// Whether words `first..=last` stand next to a score on their line: a number right after
    /// them, and another number elsewhere on the line ("Ajax 2 Feyenoord 1", "Leeds 3 1 0 2").
    pub(super) fn next_to_score(&self, first: usize, last: usize) -> bool {
        let after = self.toks.get(last + 1);
        let score = |t: Option<Tok>| {
            t.is_some_and(|t| t.shape() == Shape::Other && t.span.of(self.text).len() <= 3)
        };
        // "Bologna (4) v Piacenza (13)", "Ajax v PSV": a fixture.
        let versus = |i: usize| VERSUS.contains(&self.word(i));
        if self.sports
            && ((versus(last + 1) || (score(after) && versus(last + 2)))
                || (first > 0 && versus(first - 1)))
        {
            return true;
        }
        if !(self.sports && score(after) && matches!(self.gap(last + 1), " " | "\t")) {
            return false;
        }
        let before = first.checked_sub(1).and_then(|p| self.toks.get(p));
        let on_line = |a: usize, b: usize| !self.text.get(a..b).unwrap_or("\n").contains('\n');
        (score(before)
            && on_line(
                before.map_or(0, |t| t.span.end),
                self.toks.at(first).span.start,
            ))
            || (score(self.toks.get(last + 2))
                && on_line(
                    self.toks.at(last).span.end,
                    self.toks.get(last + 2).map_or(0, |t| t.span.start),
                ))
            || (score(self.toks.get(last + 3))
                && on_line(
                    self.toks.at(last).span.end,
                    self.toks.get(last + 3).map_or(0, |t| t.span.start),
                ))
    }

    /// The French place word that opens the name starting at word `start`, through "de", "du",
    /// "des", "de la" or "d'" ("vallée du Rhône"), or right before it ("cimetière Montmartre").
    pub(super) fn fr_place_head(&self, start: usize) -> Option<usize> {
        let heads = self.cues.place_heads;
        let mut j = start.checked_sub(1)?;
        for _ in 0..2 {
            let w = self.fold(j);
            if self.toks.at(j).shape() != Shape::Lower {
                return None;
            }
            if heads.contains(&w) {
                return matches!(self.gap(j + 1), " " | "'" | "\u{2019}").then_some(j);
            }
            if !self.cues.place_head_connectors.contains(&w) {
                return None;
            }
            j = j.checked_sub(1)?;
        }
        (self.toks.at(j).shape() == Shape::Lower && heads.contains(&self.fold(j))).then_some(j)
    }

    /// Whether a verb of saying follows word `last` ("Coste said", "X a déclaré").
    pub(super) fn speech_after(&self, last: usize) -> bool {
        // Not after a comma: in "..., a précisé la présidence" the speaker comes after.
        if !self.gap(last + 1).trim().is_empty() {
            return false;
        }
        let n1 = self.fold(last + 1);
        if reporting::is_reporting_key(self.lang, n1) {
            return true;
        }
        reporting::is_auxiliary(self.lang, n1)
            && reporting::is_reporting_key(self.lang, self.fold(last + 2))
    }

    /// Whether an auxiliary and a reporting participle ("a déclaré") stand right before word
    /// `start`.
    pub(super) fn speech_before(&self, start: usize) -> bool {
        start >= 2
            && reporting::is_auxiliary(self.lang, self.fold(start - 2))
            && reporting::is_reporting_key(self.lang, self.fold(start - 1))
    }

    /// The gazetteer class of words `first..=last` taken together.
    pub(super) fn lookup_range(&self, first: usize, last: usize) -> Option<Class> {
        let span = Span::new(self.toks.at(first).span.start, self.toks.at(last).span.end);
        names::lookup_folded(&self.key_of(span))
    }

    pub(super) fn key_of(&self, span: Span) -> String {
        let mut k = String::new();
        names::fold_into(&mut k, span.of(self.text));
        k
    }

    /// Initials of the capitalised words, and of all words but connectors.
    pub(super) fn initials(&self, first: usize, last: usize) -> (String, String) {
        let mut caps = String::new();
        let mut all = String::new();
        for j in first..=last {
            let w = self.word(j);
            let Some(c) = w.chars().next() else { continue };
            let up = crate::text::case::upper_first(c);
            if c.is_uppercase() {
                caps.push(up);
            }
            if !names::is_connector(w) {
                all.push(up);
            }
        }
        (caps, all)
    }
}

/// Whether a folded word is a common noun by its ending, in a language that capitalises nouns
/// ([`EntityCues::noun_endings`]): after "in", "nach" or "aus" it is then no cue for a place.
impl Doc<'_> {
    pub(super) fn noun_like(&self, key: &str) -> bool {
        self.cues.capitalises_nouns
            && (key.contains(' ') || self.cues.noun_endings.iter().any(|e| key.ends_with(e)))
    }

    /// Whether a folded lowercase word is an adjective of an institution's name ("fédéral").
    pub(super) fn name_adjective(&self, folded: &str) -> bool {
        folded.chars().count() > 3
            && self
                .cues
                .name_adjective_endings
                .iter()
                .any(|e| folded.ends_with(e))
    }
}
