//! Sentence segmentation: text -> sentence spans.
//!
//! `sentences` is total and linear: every `&str` segments, nothing panics. The spans are sorted,
//! disjoint, trimmed of surrounding whitespace, and together cover every non-whitespace character.
//!
//! One forward scan over the text (characters that cannot matter are skipped by their lead
//! byte), with bounded look-behind and look-ahead at candidate points:
//! - A line break always ends a sentence, so headings, list items and credit lines without final
//!   punctuation stand alone (`clean` later marks them as headings).
//! - A list marker that opens a sentence ("1.", "a)", "(b)", "• 9.") is not a sentence end, and
//!   its successor ("2.", "b)") starts the next item even without punctuation in between (not
//!   for "N." in languages with ordinal periods, where "1. FC … 2. Liga" is one sentence).
//!   A bullet ("•") after a space starts a new item.
//! - A candidate end is a run of `.`, `!`, `?`, `…` (or their CJK, Arabic, Devanagari, Ethiopic,
//!   Myanmar and Armenian counterparts; an Armenian colon counts as its full stop) with any
//!   closing quotes and brackets glued to it, or after spaces for "fin. »", and footnote marks
//!   (`martyr.[1]`, `(1987).1`). It ends a sentence only when what follows starts one: a capital,
//!   a digit, an opening quote or bracket before one, "¿"/"¡", a dialogue dash (spaced, or
//!   glued to a capital: "-Maks."), a bullet, a list marker, an "@reply", a quoted reply ("> "),
//!   an ellipsis or an omission in brackets ("[...]") opening an elided quotation, or a letter
//!   of a script without case; in languages whose text is seen starting sentences in lower case
//!   (en, fr, cs), also a lowercase word after a period that follows a word of four letters or
//!   more, or after a question mark. So a quotation followed by its attribution ("« … », a-t-il
//!   dit", "“…!”, a promis X", "'This is great.' she said") stays one sentence. CJK, Ethiopic and Myanmar stops need no space after them;
//!   a missing space after a period ("world.Today") is tolerated when nothing suggests an
//!   address.
//! - Nothing ends inside brackets opened shortly before ("(…)", "[16: firma? 13:28]", "《…！…》").
//!   A bracketed sentence that closes the paragraph stays with the sentence before it ("…
//!   house!' (Which was very likely true.)").
//! - Quotations closed in their paragraph (straight, typographic or guillemets) are split into
//!   their sentences, as news style does, except a speech turn that ends with "!", "?" or breaks
//!   off with a dash ("\"The Queen! The Queen!\" and the gardeners…") without a comma leading on
//!   to an attribution (in Czech, only when the narration goes on after it in lower case), and a
//!   quotation followed by its source in brackets ("\"Ei fu. Siccome immobile […]\"
//!   (Manzoni)"): those are held whole. After a quotation broken off with a dash,
//!   a typical sentence opener starts a new sentence ("to--\" At this moment").
//! - `!` and `?` end a sentence before anything that starts one, except after a name written
//!   with "!" ("Yahoo! Japan").
//! - A single period is judged by the token before it: a title ("Dr", "Mme", "ul") never ends a
//!   sentence; a plain abbreviation ("z. B.", "Co"), an initial ("W."), an initialism ("U.S.")
//!   or, in languages that write ordinals with a period (de, pl, cs, fi and undetermined text),
//!   a number of up to three digits after a word or a Roman numeral ("am 31. August", "XII.")
//!   ends one only when the next word is a function word that typically opens a sentence
//!   ("The", "Die", "Il") or an English count ("Millions"), or, for a number in Finnish, any
//!   capital ("sijalle 3. Espanjankielinen"); a forum handle's initial ("@ Name L.") ends one
//!   before anything that starts one; a word announcing a number ("No.", "Tel.") or a unit after a number
//!   ("6,3 proc.") ends one unless a number follows; "a.m."/"p.m." after a number ends one unless
//!   it opens the sentence and a title follows; "etc." and any other word end one when the next
//!   word starts a sentence. All-caps words ("AI", "UE") are ordinary words.
//! - Ellipses end a sentence like other words; a spaced ". . ." does not, and a period glued to
//!   its word before ". . . ." ends the sentence while the ellipsis opens the next.
//!
//! Language knowledge comes from [`crate::lang::titles`] (person titles),
//! [`crate::lang::abbrev`] (abbreviations, words before names, units, words that announce
//! numbers), [`crate::lang::orthography`] (ordinals, capitalised nouns, lowercase sentence
//! starts, speech turns, two-letter initials) and
//! [`crate::lang::stopwords`] (the function words that open sentences).

mod marker;
mod next;
mod run;
mod token;

use self::{marker::*, next::*, run::*, token::*};
use crate::lang::abbrev::{self, Abbrev};
use crate::lang::orthography::{self, Orthography};
use crate::lang::{stopwords, Lang};
use crate::span::Span;
use regex::Regex;
use std::sync::OnceLock;

/// How far back a token is read before a period, in bytes. Tokens longer than this are ordinary
/// words; the bound keeps the scan linear on pathological input.
const MAX_TOKEN: usize = 64;
/// How far ahead the next word is looked for, in bytes (whitespace and opening punctuation).
const MAX_GAP: usize = 256;
/// For each byte that starts a character: how many bytes to skip when that character can never
/// matter to the scan (not punctuation, whitespace, a bracket or a bullet), or 0 when it may.
/// Non-ASCII lead bytes whose characters include none of ours are skipped by their length.
const SKIP: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'.' | b'!' | b'?' | b':' | b'(' | b')' | b'[' | b']' | b'"' | b'\'' => 0,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => 0,
            0x00..=0x7F => 1,
            // Leads of: NEL and NBSP (C2), Armenian (D6), Arabic (D8, DB), Devanagari (E0),
            // Ethiopic, Myanmar and Ogham space (E1), punctuation, spaces and bullets (E2),
            // CJK punctuation (E3), full-width forms (EF).
            0xC2 | 0xD6 | 0xD8 | 0xDB | 0xE0 | 0xE1 | 0xE2 | 0xE3 | 0xEF => 0,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            // Continuation or invalid bytes never start a character of a `str`.
            _ => 0,
        };
        b += 1;
    }
    table
};

/// How far back an unclosed bracket still holds a sentence open, in bytes: further back, it was
/// probably never meant to be closed.
const MAX_BRACKET: usize = 250;
/// How far ahead the closing mark of a quotation is looked for, in bytes: a longer quotation is
/// read sentence by sentence, like text without quotation marks.
const MAX_QUOTE: usize = 600;
/// The shortest word, in letters, after which a period and a lowercase word start a new
/// sentence: an abbreviation missing from the tables is short. In the treebanks, the words
/// before a lowercase sentence start had four letters or more but for "oh", "no", "bad" and
/// "one"; the unlisted abbreviations before lowercase words that go on ("Sat.", "st.") had two
/// or three.
const MIN_WORD_BEFORE_LOWERCASE: usize = 4;
/// The longest word compared with the stopword lists, in bytes.
const MAX_WORD: usize = 40;

/// The sentence spans of `text`, read as language `lang`.
pub fn sentences(text: &str, lang: Lang) -> Vec<Span> {
    let mut seg = Segmenter {
        text,
        lang,
        writing: orthography::of(lang),
        out: Vec::with_capacity(text.len() / 80 + 1),
        start: 0,
        fresh: true,
        marker: None,
        scratch: String::new(),
        brackets: 0,
        last_bracket: 0,
        quote: Quote::default(),
        scanned: 0,
    };
    seg.run();
    seg.out
}

struct Segmenter<'a> {
    text: &'a str,
    lang: Lang,
    writing: Orthography,
    out: Vec<Span>,
    /// Where the current sentence begins (possibly on whitespace; spans are trimmed on output).
    start: usize,
    /// No non-whitespace character seen yet in the current sentence.
    fresh: bool,
    /// The list marker that opened the current sentence: its successor starts a new item.
    marker: Option<Marker>,
    /// Reused buffer for lowercasing a word (no allocation per candidate).
    scratch: String,
    /// Brackets opened and not yet closed in the current sentence, and where the last one opened.
    brackets: u32,
    last_bracket: usize,
    /// The last quotation found closed in its paragraph (see [`Quote`]).
    quote: Quote,
    /// How far the searches for closing marks have read: a search never reads again what one
    /// before it read, which keeps the scan linear.
    scanned: usize,
}

/// A quotation whose closing mark was found ahead, in the same paragraph.
#[derive(Clone, Copy, Default)]
struct Quote {
    /// Where its closing mark is (it opened before anything the scan still looks at).
    close: usize,
    /// Nothing inside it ends a sentence.
    held: bool,
    /// It breaks off with a dash ("to--"): the sentence may end after the closing mark.
    dash: bool,
}

impl Segmenter<'_> {
    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            // Fast path: inside a sentence, characters that can never matter are skipped whole,
            // without decoding them (most letters, including accented Latin ones).
            if !self.fresh {
                while let Some(&b) = bytes.get(i) {
                    let skip = SKIP[usize::from(b)];
                    if skip != 0 {
                        i += usize::from(skip);
                    } else {
                        break;
                    }
                }
            }
            let Some(c) = char_at(text, i) else {
                break;
            };
            let len = c.len_utf8();
            if self.fresh {
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                self.fresh = false;
                // Look-backs in this sentence then never cross the whitespace before it.
                self.start = i;
                self.marker = None;
                if let Some((marker, after)) = list_marker(text, i) {
                    self.marker = Some(marker);
                    i = after;
                    continue;
                }
            }
            match c {
                '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                    self.cut(i);
                    i += len;
                }
                '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '؟' | '۔' | '।' | '॥' | '።'
                | '፧' | '။' | '։' | '。' | '．' | '！' | '？' | '｡' => {
                    i = self.terminator(i);
                }
                ':' if is_armenian_full_stop(text, i) => {
                    i = self.terminator(i);
                }
                _ if c.is_whitespace() => {
                    i += len;
                    self.item_start(i);
                }
                // CJK brackets and title marks hold their sentence open too ("《摔跤吧！爸爸》").
                '(' | '[' | '（' | '「' | '『' | '《' | '【' => {
                    self.brackets += 1;
                    self.last_bracket = i;
                    i += len;
                }
                ')' | ']' | '）' | '」' | '』' | '》' | '】' => {
                    self.brackets = self.brackets.saturating_sub(1);
                    i += len;
                }
                '"' | '\'' | '‘' | '‚' | '“' | '„' | '«' | '”' | '’' | '»' => {
                    if i == self.quote.close && self.quote.held {
                        if self.quote.dash {
                            self.after_broken_off_quote(i + len);
                        }
                    } else if !self.in_held_quote(i) {
                        self.open_quote(i, c);
                    }
                    i += len;
                }
                _ => i += len,
            }
        }
        self.cut(text.len());
    }

    /// Whether `at` is strictly inside a quotation held whole.
    fn in_held_quote(&self, at: usize) -> bool {
        self.quote.held && at < self.quote.close
    }

    /// A quotation mark `c` at `at` that opens a quotation: finds its closing mark in the same
    /// paragraph and decides whether the quotation is held whole. News splits a quotation into
    /// its sentences ("\"Ich habe sie nur umarmt. Ich wollte sie nicht gehen lassen\", erinnerte
    /// sich King"); fiction keeps a speech turn that ends in "!", "?" or breaks off with a dash
    /// in one sentence ("\"How queer everything is to-day! And yesterday things went on just as
    /// usual. Was I the same?\""), unless a comma leads on to an attribution ("Okay?\", sagt
    /// darin ein Mann"). A quotation followed by its source in brackets is held whole too
    /// ("\"Ei fu. Siccome immobile / […]\" (Manzoni)").
    fn open_quote(&mut self, at: usize, c: char) {
        let text = self.text;
        // The closing marks: "„" closes with "“" in German, "”" in Polish.
        let (single, close_a, close_b) = match c {
            '"' => (false, '"', '"'),
            '“' => (false, '”', '”'),
            '„' => (false, '“', '”'),
            '«' => (false, '»', '»'),
            '\'' => (true, '\'', '\''),
            '‘' => (true, '’', '’'),
            '‚' => (true, '‘', '’'),
            _ => return,
        };
        let from = at + c.len_utf8();
        // An opening mark is not glued to the word before it ("they'll") but to what it quotes
        // ("'90s" is an elision, not a quotation).
        if at < self.scanned
            || char_before(text, at).is_some_and(char::is_alphanumeric)
            || char_at(text, from).is_none_or(|n| n.is_whitespace() || n.is_ascii_digit() || n == c)
        {
            return;
        }
        let mut prev = c;
        // The last character before the closing mark that is not a space.
        let mut last = c;
        let mut j = from;
        let mut close = None;
        while let Some(d) = char_at(text, j) {
            if is_line_break(d) || j - from > MAX_QUOTE {
                break;
            }
            let next = j + d.len_utf8();
            let after = char_at(text, next);
            // The same mark (or a straight one in single quotes) after a space opens another
            // quotation, or an elision ("'s"): this one was never closed.
            if prev.is_whitespace()
                && (d == c || (single && d == '\''))
                && (d == '\'' || after.is_some_and(|a| !a.is_whitespace()))
            {
                break;
            }
            // "herb’s", "they'll": an apostrophe inside a word.
            if (d == close_a || d == close_b)
                && !(single && after.is_some_and(char::is_alphanumeric))
            {
                close = Some(next);
                break;
            }
            if !d.is_whitespace() {
                last = d;
            }
            prev = d;
            j = next;
        }
        self.scanned = j;
        let Some(after) = close else {
            return;
        };
        let dash = is_dash(last);
        self.quote = Quote {
            close: j,
            // A comma leads on to an attribution; a bracket holds the source.
            held: ((matches!(last, '!' | '?') || dash)
                && !text[after..].starts_with(',')
                && (self.writing.speech_turns_held
                    || text[after..]
                        .trim_start_matches(' ')
                        .starts_with(char::is_lowercase)))
                || matches!(
                    text[after..].trim_start_matches(' ').as_bytes().first(),
                    Some(b'(' | b'[')
                ),
            dash,
        };
    }

    /// After a quotation that breaks off with a dash ("… afore she comes, to--\" At this
    /// moment"): a new sentence starts when a typical sentence opener follows.
    fn after_broken_off_quote(&mut self, end: usize) {
        let next = Next::read(self.text, end);
        if next.gap && self.opens_sentence(&next, Starter::Any) {
            self.cut(end);
        }
    }

    /// Ends the current sentence at `at` (if it has any text) and starts the next one there.
    fn cut(&mut self, at: usize) {
        let span = Span::new(self.start, at).trim(self.text);
        if !span.is_empty() {
            self.out.push(span);
        }
        self.start = at;
        self.fresh = true;
        self.brackets = 0;
    }

    /// After whitespace, inside a sentence: a bullet, or the successor of the list marker that
    /// opened this sentence, starts a new item.
    fn item_start(&mut self, at: usize) {
        // Bullets are not ASCII, and markers start with a letter, a digit or "(".
        match self.text.as_bytes().get(at) {
            None => return,
            Some(b)
                if b.is_ascii()
                    && (self.marker.is_none() || !(b.is_ascii_alphanumeric() || *b == b'(')) =>
            {
                return
            }
            _ => {}
        }
        let Some(c) = char_at(self.text, at) else {
            return;
        };
        if is_bullet(c) {
            self.cut(at);
            return;
        }
        if let Some(prev) = self.marker {
            if c.is_ascii_alphanumeric() || c == '(' {
                if let Some((next, _)) = list_marker(self.text, at) {
                    if next.follows(prev) && !(prev.numeric_period() && self.writing.ordinal_period)
                    {
                        self.cut(at);
                    }
                }
            }
        }
    }

    /// Handles the run of terminal punctuation starting at `at`; returns where scanning resumes.
    fn terminator(&mut self, at: usize) -> usize {
        let text = self.text;
        let run = Run::read(text, at);
        let mut end = run.end;
        // "(…)", "[...]", "(!)": an aside inside brackets, never a sentence end.
        if matches!(char_before(text, at), Some('(' | '[')) {
            return end;
        }
        let quoted = self.in_held_quote(at);
        // "compounds. . . . The practice": a period glued to its word ends the sentence, and the
        // spaced ellipsis after it opens the next one (an omission at the start of a quotation).
        if !quoted
            && text[at..run.end].starts_with(". . . .")
            && char_before(text, at).is_some_and(char::is_alphanumeric)
            && Next::read(text, run.end).kind == NextKind::Upper
        {
            self.cut(at + 1);
            // The ellipsis already belongs to the new sentence.
            self.fresh = false;
            return end;
        }
        // Closing quotes and brackets belong to the sentence they end.
        let mut closed = false;
        loop {
            match char_at(text, end) {
                Some(c) if is_closer(c) => {
                    if matches!(c, ')' | ']' | '）' | '」' | '』' | '》' | '】') {
                        self.brackets = self.brackets.saturating_sub(1);
                    }
                    end += c.len_utf8();
                    closed = true;
                }
                // French style: "… fin. »" with a space before the closing guillemet.
                Some(c) if is_inline_space(c) => match closer_after_space(text, end) {
                    Some(after) => {
                        end = after;
                        closed = true;
                    }
                    None => break,
                },
                _ => break,
            }
        }
        end = skip_footnotes(text, at, end, &run);
        // Inside a quotation held whole, only its final punctuation may end the sentence.
        if quoted && end <= self.quote.close {
            return end;
        }
        let next = Next::read(text, end);
        // Inside brackets opened nearby ("[16: firma? 13:28]"), punctuation ends no sentence.
        let bracketed = self.brackets > 0 && end - self.last_bracket < MAX_BRACKET;
        let split = match run.kind {
            _ if bracketed && !matches!(next.kind, NextKind::End | NextKind::Break) => false,
            // "３．２９％": a full-width decimal point between digits.
            RunKind::Cjk => {
                next.kind != NextKind::Lower
                    && !(char_before(text, at).is_some_and(char::is_numeric)
                        && char_at(text, run.end).is_some_and(char::is_numeric))
            }
            _ if matches!(next.kind, NextKind::End | NextKind::Break) => true,
            // "world.Today": a missing space after a sentence is a common typo.
            _ if !next.gap => {
                run.kind == RunKind::Period && !closed && glued_sentence(text, at, end)
            }
            RunKind::Strong => {
                (next.starts()
                    && !(text[at..].starts_with('!')
                        && abbrev::is_name_with_bang(word_before(text, at))
                        && !self.opens_sentence(&next, Starter::Any)))
                    // "tomorrow? there will be", "mon compte ? une question": where text starts
                    // sentences in lower case, a question ends before a lowercase word (the EWT
                    // and ParTUT treebanks), unless a closing quote hands over to its
                    // attribution ("zeptala?\" řekl").
                    || (next.kind == NextKind::Lower
                        && self.writing.lowercase_starts
                        && !closed
                        && text[at..run.end].contains('?'))
            }
            RunKind::Ellipsis => next.starts(),
            RunKind::SpacedEllipsis => false,
            RunKind::Period => self.period(at, &next, closed),
        };
        if split && !closing_aside(text, &next) {
            self.cut(end);
        }
        end
    }

    /// Whether the single period at `at` ends a sentence, given what follows it and whether
    /// closing quotes or brackets came between (`closed`).
    fn period(&mut self, at: usize, next: &Next, closed: bool) -> bool {
        let lower = next.kind == NextKind::Lower;
        if !next.starts() && !lower {
            return false;
        }
        // The token before the period starts at the earliest where this sentence starts
        // ("Tuesday.Mr. Smith" was cut after "Tuesday.").
        let token = classify(
            &self.text[self.start..],
            at - self.start,
            self.lang,
            self.writing,
        );
        if lower {
            // "… perspectives financières. un douzième …", "the food is mediocre at best. the
            // waitress …": news, legal and web text (the Sequoia, ParTUT and EWT treebanks)
            // start sentences in lower case. Where the language's text is seen doing so, a
            // lowercase word after an ordinary word of a few letters opens a new sentence,
            // unless a closing quote hands over to an attribution ("'This is great.' she
            // said"); abbreviations, initials and numbers go on as before.
            return token == Token::Word
                && !closed
                && self.writing.lowercase_starts
                && letters_before(&self.text[self.start..at]) >= MIN_WORD_BEFORE_LOWERCASE;
        }
        match token {
            Token::Word | Token::Number | Token::ListEnd => true,
            // "At 5 a.m. Mr. Smith went…": a time that opens the sentence does not end it.
            Token::Time => !self.next_is_title(next) || self.words_before(at) > 3,
            Token::NumberPrefix => !self.text[next.word..].starts_with(|c: char| c.is_numeric()),
            Token::Title => false,
            // "H. W. Bush", "Franco A. W grudniu": a one-letter word may be another initial.
            Token::Initial => {
                (self.opens_sentence(next, Starter::NotParticle)
                    && self.text[next.word..]
                        .chars()
                        .nth(1)
                        .is_some_and(char::is_alphabetic))
                    || self.ends_handle(at)
            }
            Token::Plain => self.opens_sentence(next, Starter::Any),
            // "… ve třídách 9, 35 a 42. "CCV …": an ordinal is never followed by a quotation.
            // "sijalle 3. Espanjankielinen versio", "… 427. Havlena": where months and nouns
            // are written in lower case ("12. heinäkuuta", "11. října"), a capital after a
            // number is a new sentence; German capitalises the noun ("am 3. Oktober").
            Token::Ordinal => {
                next.kind == NextKind::Opener
                    || (next.kind == NextKind::Upper && !self.writing.ordinal_before_capital)
                    || self.opens_sentence(next, Starter::Any)
            }
            Token::RomanOrdinal => {
                next.kind == NextKind::Opener || self.opens_sentence(next, Starter::Any)
            }
        }
    }

    /// Whether the sentence so far is a forum handle ending in an initial ("@ Name L."), which
    /// a new sentence follows, as replies in comment threads are written (issue 19: sealed
    /// French news passages).
    fn ends_handle(&self, at: usize) -> bool {
        self.text[self.start..at].starts_with('@') && self.words_before(at) <= 4
    }

    /// How many words the current sentence has before `at` (counting stops at a few).
    fn words_before(&self, at: usize) -> usize {
        self.text[self.start..at].split_whitespace().take(8).count()
    }

    /// Whether the next word is a title ("Mr.").
    fn next_is_title(&self, next: &Next) -> bool {
        let rest = &self.text[next.word..];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        rest[len..].starts_with('.')
            && abbrev::lookup(self.lang, &rest[..len]) == Some(Abbrev::Title)
    }

    /// Whether the next word is a function word that typically opens a sentence ("The", "Die").
    fn opens_sentence(&mut self, next: &Next, which: Starter) -> bool {
        if !matches!(next.kind, NextKind::Upper | NextKind::Opener) {
            return false;
        }
        self.scratch.clear();
        let mut after = None;
        for c in self.text[next.word..].chars() {
            if !c.is_alphabetic() || self.scratch.len() >= MAX_WORD {
                after = Some(c);
                break;
            }
            self.scratch.extend(crate::text::case::lower(c));
        }
        // "av. J.-C.": a word followed by a period is itself an abbreviation or an initial.
        if after == Some('.') {
            return false;
        }
        let word = self.scratch.as_str();
        if word.is_empty() || (which == Starter::NotParticle && is_name_particle(word)) {
            return false;
        }
        abbrev::is_extra_opener(word)
            || match self.lang {
                Lang::Und => Lang::ALL.iter().any(|&l| stopwords::is_stopword(l, word)),
                lang => {
                    stopwords::is_stopword(lang, word) || stopwords::is_stopword(Lang::En, word)
                }
            }
    }
}

/// Which function words count as opening a sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Starter {
    Any,
    /// Not "de", "van", "von"…, which follow initials inside names ("J. van Dijk").
    NotParticle,
}

fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "d" | "da"
            | "das"
            | "de"
            | "del"
            | "della"
            | "den"
            | "der"
            | "di"
            | "do"
            | "dos"
            | "du"
            | "la"
            | "le"
            | "ten"
            | "ter"
            | "van"
            | "von"
            | "y"
    )
}

/// The longest prefix of `s` of at most `n` and at most `MAX_TOKEN` bytes that ends on a char
/// boundary.
fn clip(s: &str, n: usize) -> &str {
    let mut n = n.min(MAX_TOKEN).min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// Whether `token` is an address rather than words: an e-mail address or a handle ("@"), a URL
/// or a path ("/"), or a host ("www"). A period after one ends a sentence as after a word (it
/// is no abbreviation), and no sentence starts inside one.
fn is_address(token: &str) -> bool {
    static ADDRESS: OnceLock<Regex> = OnceLock::new();
    ADDRESS
        .get_or_init(|| crate::lang::pattern::compile(r"@|/|^www"))
        .is_match(token)
}

/// The character at byte `at`, if `at` is a char boundary inside `text`.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// Horizontal whitespace (not a line break).
fn is_inline_space(c: char) -> bool {
    c.is_whitespace() && !is_line_break(c)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Dashes that open a line of dialogue ("- ¿Qué piensa usted?"); Finnish text also uses the
/// minus sign ("− Tämä on helppo", the TDT treebank).
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '−')
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '⁃' | '◦' | '▪' | '▫' | '●' | '■' | '□' | '➢' | '►'
    )
}

/// Quotes and brackets that may close a sentence, written right after its final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '’'
            | '‘'
            | '”'
            | '“'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '》'
            | '】'
            | '）'
    )
}

/// Opening quotes and brackets that may begin a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '‘'
            | '‚'
            | '“'
            | '”'
            | '„'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '('
            | '['
            | '「'
            | '『'
            | '（'
    )
}
