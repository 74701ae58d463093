//! Key figures: amounts, percentages, dates and counts, each with its sentence.
//!
//! A figure starts at a number written with digits (thousands separated by ".", ",", a space or
//! a thin space; decimals by "," or "."), takes a qualifier in front ("moins de", "more than"),
//! and a unit after: a percent sign or word, a magnitude and a currency, a month (then it is a
//! date, with its year), or for a plain count up to two following content words
//! ("18.000 superpuces Blackwell", "165.000 visiteurs"). A year alone (1900–2099) is a date.

use crate::analysis::{Figure, FigureKind, Sentence, SentenceKind};
use crate::lang::calendar;
use crate::lang::numbers::{CURRENCIES, MAGNITUDES, PERCENT, QUALIFIERS};
use crate::lang::{stopwords, Lang, Words};
use crate::span::Span;
use crate::text::{fold_apostrophe, lowercase_into};
use crate::tokens::{Token, Tokens};

/// How many content words a plain count may take after it (the second only if capitalised).
const COUNT_WORDS: usize = 2;

fn gap(text: &str, a: &Token, b: &Token) -> &'static str {
    // Classify the characters between two words.
    let g = &text[a.span.end..b.span.start];
    match g {
        "" => "",
        " " | "\u{a0}" | "\u{202f}" | "\u{2009}" => " ",
        "." | "," => ".",
        "-" => "-",
        "'" | "’" => "'",
        _ if g.trim().is_empty() => "space+",
        _ => "other",
    }
}

/// The figures of the body sentences of `text`.
pub fn figures(text: &str, sentences: &[Sentence], tokens: &Tokens, lang: Lang) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for (index, s) in sentences.iter().enumerate() {
        // Every figure starts at a word with an ASCII digit (a number, or an ordinal day).
        if s.kind != SentenceKind::Body || !s.span.of(text).bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let mut scan = Scan {
            text,
            sentence: s.span,
            words: tokens.sentence(index),
            lang,
            buf: &mut buf,
        };
        let mut i = 0;
        while i < scan.words.len() {
            let found = if scan.words[i].numeric() {
                Some(scan.figure_at(i))
            } else {
                scan.ordinal_date(i)
            };
            match found {
                Some((span, kind, next)) => {
                    out.push(Figure {
                        span,
                        kind,
                        sentence: index,
                    });
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// The words of one sentence, read for figures.
struct Scan<'a> {
    text: &'a str,
    sentence: Span,
    words: &'a [Token],
    lang: Lang,
    buf: &'a mut String,
}

impl Scan<'_> {
    /// Word `k`, lowercase.
    fn lower(&mut self, k: usize) -> String {
        lowercase_into(self.buf, self.words[k].span.of(self.text)).to_string()
    }

    /// Whether word `k` exists and is in `list` once lowercased.
    fn is(&mut self, k: usize, list: Words) -> bool {
        k < self.words.len() && list.contains(&self.lower(k).as_str())
    }

    fn is_month(&mut self, k: usize) -> bool {
        k < self.words.len() && calendar::is_month(&self.lower(k))
    }

    /// A four-digit year at word `k`.
    fn is_year(&self, k: usize) -> bool {
        k < self.words.len() && self.words[k].numeric() && self.words[k].span.len() == 4
    }

    /// An ordinal day before a month at word `i`: "1er juillet 2018", "21st March"; the figure's
    /// span and kind and the word after it.
    fn ordinal_date(&mut self, i: usize) -> Option<(Span, FigureKind, usize)> {
        let w = self.words[i].span.of(self.text);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        // The month lookup only for words that start like an ordinal (most words do not).
        let ordinal = (1..=2).contains(&digits) && w.len() <= digits + 2;
        if !ordinal || !self.is_month(i + 1) {
            return None;
        }
        let mut end = self.words[i + 1].span.end;
        let mut k = i + 2;
        if self.is_year(k) {
            end = self.words[k].span.end;
            k += 1;
        }
        Some((
            Span::new(self.words[i].span.start, end),
            FigureKind::Date,
            k,
        ))
    }

    /// The figure that starts at the number at word `i`: its span, kind, and the word after it.
    fn figure_at(&mut self, i: usize) -> (Span, FigureKind, usize) {
        let j = self.number_end(i);
        let mut start = self.words[i].span.start;
        let mut end = self.words[j].span.end;
        let mut kind = FigureKind::Number;
        // A currency symbol right before ("$2 billion", "€3").
        if let Some(c) = self.text[..start].chars().next_back() {
            if matches!(c, '$' | '€' | '£' | '¥') {
                start -= c.len_utf8();
                kind = FigureKind::Money;
            }
        }
        // A sign right after: %, or a currency symbol.
        let rest = &self.text[end..self.sentence.end];
        let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}']);
        if trimmed.starts_with('%') {
            end = self.sentence.end - trimmed.len() + '%'.len_utf8();
            kind = FigureKind::Percent;
        } else if let Some(c @ ('€' | '$' | '£')) = trimmed.chars().next() {
            end = self.sentence.end - trimmed.len() + c.len_utf8();
            kind = FigureKind::Money;
        }
        let mut k = j + 1;
        if kind == FigureKind::Number || kind == FigureKind::Money {
            (end, kind, k) = self.unit_words(j, end, kind);
            if kind == FigureKind::Number {
                (start, end, kind, k) = self.date_year_or_count(i, j, start, end, k);
            }
        }
        let start = self.qualifier_before(start);
        (Span::new(start, end), kind, k.max(j + 1))
    }

    /// The last word of the number that starts at word `i`: digit groups joined by separators.
    fn number_end(&self, i: usize) -> usize {
        let mut j = i;
        while j + 1 < self.words.len() && self.words[j + 1].numeric() {
            let g = gap(self.text, &self.words[j], &self.words[j + 1]);
            let digits = self.words[j + 1].span.len();
            if g == "." || (g == " " && digits == 3) {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// The unit words after the number that ends at word `j` (and byte `end`): a magnitude, then a currency
    /// ("3,5 milliards d'euros"), a percent word ("5 pour cent") or a month ("12 mars 2024").
    fn unit_words(
        &mut self,
        j: usize,
        mut end: usize,
        mut kind: FigureKind,
    ) -> (usize, FigureKind, usize) {
        let mut k = j + 1;
        if self.is(k, MAGNITUDES) {
            end = self.words[k].span.end;
            k += 1;
        }
        // "d'euros", "de dollars", "euros"
        let mut m = k;
        if m < self.words.len() && matches!(self.lower(m).as_str(), "d" | "de" | "of") {
            m += 1;
        }
        if self.is(m, CURRENCIES) {
            end = self.words[m].span.end;
            kind = FigureKind::Money;
            k = m + 1;
        } else if self.is(k, PERCENT) {
            // "5 pour cent", "5 percent"
            end = self.words[k].span.end;
            if k + 1 < self.words.len() && self.lower(k + 1) == "cent" {
                end = self.words[k + 1].span.end;
                k += 1;
            }
            kind = FigureKind::Percent;
            k += 1;
        } else if self.is_month(k) {
            end = self.words[k].span.end;
            kind = FigureKind::Date;
            k += 1;
            if self.is_year(k) {
                end = self.words[k].span.end;
                k += 1;
            }
        }
        (end, kind, k)
    }

    /// A number with no unit: a date if a month stands before it ("June 12") or it is a year
    /// (1900–2099), else a count with up to [`COUNT_WORDS`] content words after it.
    fn date_year_or_count(
        &mut self,
        first: usize,
        j: usize,
        mut start: usize,
        mut end: usize,
        mut k: usize,
    ) -> (usize, usize, FigureKind, usize) {
        let n = self.words[first].span.of(self.text);
        let is_year = first == j && n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
        // A month before the number: "June 12" ("12. März" is read from the day).
        if first > 0 && self.is_month(first - 1) {
            start = self.words[first - 1].span.start;
            return (start, end, FigureKind::Date, k);
        }
        if is_year {
            return (start, end, FigureKind::Date, k);
        }
        // A count: up to two content words right after it.
        let mut taken = 0;
        while taken < COUNT_WORDS && k < self.words.len() {
            let w = self.words[k];
            let g = gap(self.text, &self.words[k - 1], &w);
            let l = self.lower(k);
            let is_join = g == " " || (g == "-" && taken > 0);
            // The second word only when it is a name ("superpuces Blackwell"): "3,000
            // investors came" must stop at the noun.
            let capital = w.span.of(self.text).starts_with(char::is_uppercase);
            if !is_join
                || w.numeric()
                || stopwords::is_stopword(self.lang, &l)
                || l.chars().count() < 2
                || (taken == 1 && !capital)
            {
                break;
            }
            end = w.span.end;
            taken += 1;
            k += 1;
        }
        // Hyphenated compounds ("start-up") count as one word.
        while k < self.words.len()
            && taken > 0
            && gap(self.text, &self.words[k - 1], &self.words[k]) == "-"
        {
            end = self.words[k].span.end;
            k += 1;
        }
        (start, end, FigureKind::Number, k)
    }

    /// The start of the figure once a qualifier in front of `start` is taken in ("moins de 5 %",
    /// "more than 300").
    fn qualifier_before(&self, start: usize) -> usize {
        let head = &self.text[self.sentence.start..start];
        let head_lower: String = head
            .chars()
            .rev()
            .take(24)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .flat_map(crate::text::case::lower)
            .map(fold_apostrophe)
            .collect();
        let Some(q) = QUALIFIERS
            .iter()
            .filter(|q| head_lower.trim_end().ends_with(*q))
            .max_by_key(|q| q.len())
        else {
            return start;
        };
        let trimmed_head = head.trim_end();
        let q_chars = q.chars().count();
        let Some(cut) = trimmed_head
            .char_indices()
            .rev()
            .nth(q_chars - 1)
            .map(|(i, _)| i)
        else {
            return start;
        };
        let before = trimmed_head[..cut].chars().next_back();
        if before.is_none_or(|c| !c.is_alphanumeric()) {
            self.sentence.start + cut
        } else {
            start
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ScoreParts;

    fn run(text: &str, lang: Lang) -> Vec<(String, FigureKind)> {
        let s = vec![Sentence {
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
            score: 0.0,
            parts: ScoreParts::default(),
        }];
        let mut tokens = Tokens::scan(text);
        tokens.split(text, &[Span::new(0, text.len())]);
        figures(text, &s, &tokens, lang)
            .into_iter()
            .map(|f| (f.span.of(text).to_string(), f.kind))
            .collect()
    }

    #[test]
    fn figures_table() {
        use FigureKind::*;
        type Case<'a> = (&'a str, Lang, &'a str, &'a [(&'a str, FigureKind)]);
        let cases: &[Case] = &[
            (
                "count with its noun",
                Lang::Fr,
                "elle sera dotée de 18.000 superpuces Blackwell, parmi",
                &[("18.000 superpuces Blackwell", Number)],
            ),
            (
                "qualified percent",
                Lang::Fr,
                "avec moins de 5% des capacités et 20 % de la consommation",
                &[("moins de 5%", Percent), ("20 %", Percent)],
            ),
            (
                "money with magnitude",
                Lang::Fr,
                "un plan de 3,5 milliards d’euros pour",
                &[("3,5 milliards d’euros", Money)],
            ),
            (
                "dollar sign",
                Lang::En,
                "a $2 billion deal",
                &[("$2 billion", Money)],
            ),
            (
                "ordinal date",
                Lang::Fr,
                "dimanche 1er juillet 2018",
                &[("1er juillet 2018", Date)],
            ),
            (
                "day month year",
                Lang::En,
                "on 12 March 2024 the",
                &[("12 March 2024", Date)],
            ),
            (
                "month day",
                Lang::En,
                "on March 12 the",
                &[("March 12", Date)],
            ),
            (
                "year",
                Lang::En,
                "since 2020 prices rose",
                &[("2020", Date)],
            ),
            (
                "spaced thousands",
                Lang::Fr,
                "avec 14 000 start-up, dont",
                &[("14 000 start-up", Number)],
            ),
            (
                "more than",
                Lang::En,
                "more than 3,000 investors came",
                &[("more than 3,000 investors", Number)],
            ),
        ];
        for (name, lang, text, want) in cases {
            let want: Vec<(String, FigureKind)> =
                want.iter().map(|(s, k)| (s.to_string(), *k)).collect();
            assert_eq!(run(text, *lang), want, "case {name}");
        }
    }
}
