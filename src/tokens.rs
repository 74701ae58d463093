//! The token stream: the words of a text, scanned once per analysis.
//!
//! Every stage that reads words (language detection, classification, scoring, key phrases,
//! quotations, figures, entities) reads them from one [`Tokens`] instead of scanning the text
//! again. A [`Token`] is a word: a maximal run of letters, digits and combining marks
//! ([`is_word_char`]), so apostrophes and hyphens end a word ("l’IA" gives "l" and "IA",
//! "start-up" gives "start" and "up"). It carries its byte span, how it is written ([`Shape`]),
//! whether it is a number, whether a line break stands before it, and the id of its spelling:
//! equal strings get equal ids, so a stage that derives something from a word (its term, its
//! lookup key) derives it once per distinct spelling, in a vector indexed by the id, not once
//! per occurrence.
//!
//! Punctuation and spaces are not tokens: they are the gaps between tokens, which stages read
//! from the text ([`Tokens::gap`]) when they need them (a period after an initial, a comma before
//! a function). Sentences are ranges of tokens ([`Tokens::sentence`]) once [`Tokens::split`] has
//! been given the sentence spans.

use crate::hash::FastMap;
use crate::span::Span;
use crate::text::is_word_char;

/// How a word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A capital, then not only capitals: "Paris", "McDonald", "X", "G7".
    Title,
    /// Two or more letters, all capitals: "AFP", "NASA".
    Caps,
    /// A lowercase first letter: "de", "said", "iPhone".
    Lower,
    /// Digits first, or anything else: "2024", "3e".
    Other,
}

/// One word of the text. 12 bytes in WebAssembly: the span, and in one `u32` the spelling's id
/// (26 bits), the number flag, the line-break flag and the shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    bits: u32,
}

impl Token {
    const ID: u32 = (1 << 26) - 1;
    const NUMERIC: u32 = 1 << 26;
    const LINE_BEFORE: u32 = 1 << 27;
    const SHAPE_SHIFT: u32 = 28;

    fn new(span: Span, shape: Shape, numeric: bool, line_before: bool) -> Token {
        let shape = match shape {
            Shape::Title => 0,
            Shape::Caps => 1,
            Shape::Lower => 2,
            Shape::Other => 3,
        };
        let mut bits = shape << Self::SHAPE_SHIFT;
        if numeric {
            bits |= Self::NUMERIC;
        }
        if line_before {
            bits |= Self::LINE_BEFORE;
        }
        Token { span, bits }
    }

    /// How the word is written.
    #[inline]
    pub fn shape(self) -> Shape {
        match (self.bits >> Self::SHAPE_SHIFT) & 3 {
            0 => Shape::Title,
            1 => Shape::Caps,
            2 => Shape::Lower,
            _ => Shape::Other,
        }
    }

    /// Whether the word starts with a capital ([`Shape::Title`] or [`Shape::Caps`]).
    #[inline]
    pub fn capitalised(self) -> bool {
        matches!(self.shape(), Shape::Title | Shape::Caps)
    }

    /// Whether the word is made of ASCII digits only.
    #[inline]
    pub fn numeric(self) -> bool {
        self.bits & Self::NUMERIC != 0
    }

    /// Whether the gap before the word holds a line break (never for the first word).
    #[inline]
    pub fn line_before(self) -> bool {
        self.bits & Self::LINE_BEFORE != 0
    }

    /// The id of the word's spelling, below [`Tokens::spellings`]: two tokens have the same id
    /// only if they are the same string. `None` past 67 million distinct spellings (a text of
    /// several gigabytes), where stages read the word itself.
    #[inline]
    pub fn spelling(self) -> Option<usize> {
        let id = self.bits & Self::ID;
        (id != Self::ID).then_some(id as usize)
    }

    fn set_spelling(&mut self, id: usize) {
        let id = (id as u32).min(Self::ID);
        self.bits = (self.bits & !Self::ID) | id;
    }
}

/// A word found by [`words`]: its span and what [`Tokens`] records of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    pub shape: Shape,
    pub numeric: bool,
    pub line_before: bool,
}

/// The words of `text`, in order: the one scanner of the crate ([`Tokens::scan`] runs it over
/// an analysed text; titles and other short strings outside the text use it directly).
pub fn words(text: &str) -> impl Iterator<Item = Word> + '_ {
    words_in(text, Span::new(0, text.len()))
}

/// The words of `text` within `within` (a span on char boundaries), in order, offsets in the
/// whole text.
///
/// ASCII bytes are classified directly; only other characters are decoded (most of the text in
/// the languages we serve is ASCII, and this is the hottest loop of the pipeline: a hand-written
/// loop, which a regex would not beat here).
pub fn words_in(text: &str, within: Span) -> impl Iterator<Item = Word> + '_ {
    let bytes = text.as_bytes();
    let end = within.end.min(text.len());
    let mut i = within.start.min(end);
    let mut first = true;
    // The character at `i` (a char boundary before `end`) and its length.
    let decode = move |i: usize| {
        let c = text[i..end].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    };
    std::iter::from_fn(move || {
        // Skip to the next word character, noting line breaks on the way.
        let mut line = false;
        let (start, head) = loop {
            if i >= end {
                return None;
            }
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                if b.is_ascii_alphanumeric() {
                    break (i - 1, b as char);
                }
                // Only "\n" counts (so "\r\n" does, a lone "\r" or U+2028 does not), as
                // every stage that reads lines splits them.
                line |= b == b'\n';
            } else {
                let (c, len) = decode(i);
                i += len;
                if is_word_char(c) {
                    break (i - len, c);
                }
            }
        };
        let line_before = line && !first;
        first = false;
        // The shape as the first character and the letters after it say.
        let first_is = if head.is_lowercase() {
            Shape::Lower
        } else if head.is_uppercase() {
            Shape::Title
        } else {
            Shape::Other
        };
        let mut numeric = head.is_ascii_digit();
        let mut letters = usize::from(head.is_alphabetic());
        let mut lower_after = false;
        while i < end {
            let b = bytes[i];
            if b < 0x80 {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                numeric &= b.is_ascii_digit();
                letters += usize::from(b.is_ascii_alphabetic());
                lower_after |= b.is_ascii_lowercase();
                i += 1;
            } else {
                let (c, len) = decode(i);
                if !is_word_char(c) {
                    break;
                }
                numeric = false;
                if c.is_alphabetic() {
                    letters += 1;
                    lower_after |= c.is_lowercase();
                }
                i += len;
            }
        }
        let shape = match first_is {
            Shape::Title if letters >= 2 && !lower_after => Shape::Caps,
            s => s,
        };
        Some(Word {
            span: Span::new(start, i),
            shape,
            numeric,
            line_before,
        })
    })
}

/// The words of one text, with their spellings' ids, and (after [`Tokens::split`]) which words
/// each sentence holds.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    list: Vec<Token>,
    spellings: usize,
    /// `sentences[i]..sentences[i + 1]` are the tokens of sentence `i`.
    sentences: Vec<u32>,
}

impl Tokens {
    /// Scans `text` into tokens: the one pass over its words.
    pub fn scan(text: &str) -> Tokens {
        let mut ids: FastMap<&str, u32> = FastMap::default();
        let list = words(text)
            .map(|w| {
                let mut t = Token::new(w.span, w.shape, w.numeric, w.line_before);
                let next = ids.len() as u32;
                let id = *ids.entry(w.span.of(text)).or_insert(next);
                t.set_spelling(id as usize);
                t
            })
            .collect();
        Tokens {
            list,
            spellings: ids.len(),
            sentences: Vec::new(),
        }
    }

    /// Every token, in text order.
    #[inline]
    pub fn all(&self) -> &[Token] {
        &self.list
    }

    /// The number of distinct spellings: every [`Token::spelling`] is below it.
    pub fn spellings(&self) -> usize {
        self.spellings
    }

    /// The tokens inside `span` (whole tokens only), found by binary search.
    pub fn within(&self, span: Span) -> &[Token] {
        let a = self.list.partition_point(|t| t.span.start < span.start);
        let b = a + self.list[a..].partition_point(|t| t.span.end <= span.end);
        &self.list[a..b]
    }

    /// Records which tokens each of `sentences` holds (spans in order, disjoint). A token that
    /// a sentence boundary cuts (a boundary inside a run of word characters, which the segmenter
    /// makes only in scripts written without spaces) is cut there too, its parts taking new
    /// spellings, so that every sentence's tokens lie within it.
    pub fn split(&mut self, text: &str, sentences: &[Span]) {
        let cut = |t: &Token| {
            let k = sentences.partition_point(|s| s.end <= t.span.start);
            sentences.get(k).is_some_and(|s| t.span.end > s.end)
        };
        if self.list.iter().any(cut) {
            let mut list = Vec::with_capacity(self.list.len() + 1);
            for &t in &self.list {
                if !cut(&t) {
                    list.push(t);
                    continue;
                }
                // The sentence parts the token overlaps.
                let first = sentences.partition_point(|s| s.end <= t.span.start);
                let mut from = t.span.start;
                for s in &sentences[first..] {
                    if s.start >= t.span.end {
                        break;
                    }
                    let piece = Span::new(from.max(s.start), t.span.end.min(s.end));
                    for w in words_in(text, piece) {
                        let mut p = Token::new(w.span, w.shape, w.numeric, w.line_before);
                        p.set_spelling(self.spellings);
                        self.spellings += 1;
                        list.push(p);
                    }
                    from = piece.end;
                }
            }
            self.list = list;
        }
        self.sentences.clear();
        self.sentences.reserve(sentences.len() + 1);
        let mut k = 0usize;
        for s in sentences {
            while self.list.get(k).is_some_and(|t| t.span.start < s.start) {
                k += 1;
            }
            self.sentences.push(k as u32);
        }
        self.sentences.push(self.list.len() as u32);
    }

    /// The tokens of sentence `i` (empty before [`Tokens::split`] or past the last sentence).
    pub fn sentence(&self, i: usize) -> &[Token] {
        match (self.sentences.get(i), self.sentences.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.list[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The index of the first token of sentence `i` in [`Tokens::all`].
    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentences
            .get(i)
            .map_or(self.list.len(), |&k| k as usize)
    }
}

/// The text between two tokens (or from the start of the text, or to its end), for stages that
/// read punctuation.
pub fn gap<'t>(text: &'t str, before: Option<&Token>, after: Option<&Token>) -> &'t str {
    let start = before.map_or(0, |t| t.span.end);
    let end = after.map_or(text.len(), |t| t.span.start);
    text.get(start..end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_texts(text: &str) -> Vec<&str> {
        words(text).map(|w| w.span.of(text)).collect()
    }

    #[test]
    fn words_split_at_apostrophes_hyphens_and_punctuation() {
        assert_eq!(
            word_texts("L’IA, c'est start-up 18.000!"),
            ["L", "IA", "c", "est", "start", "up", "18", "000"]
        );
        assert_eq!(word_texts("  "), Vec::<&str>::new());
        assert_eq!(word_texts("été Łódź 日本"), ["été", "Łódź", "日本"]);
    }

    #[test]
    fn shapes_numbers_and_line_breaks() {
        let text = "Paris AFP de 2024 G7 É\nÉTÉ x1";
        let got: Vec<(Shape, bool, bool)> = words(text)
            .map(|w| (w.shape, w.numeric, w.line_before))
            .collect();
        use Shape::*;
        assert_eq!(
            got,
            [
                (Title, false, false),
                (Caps, false, false),
                (Lower, false, false),
                (Other, true, false),
                (Title, false, false),
                (Title, false, false),
                (Caps, false, true),
                (Lower, false, false),
            ]
        );
    }

    #[test]
    fn words_in_a_span_have_offsets_in_the_whole_text() {
        let text = "one two three";
        let w: Vec<Span> = words_in(text, Span::new(4, 13)).map(|w| w.span).collect();
        assert_eq!(w, [Span::new(4, 7), Span::new(8, 13)]);
    }

    #[test]
    fn equal_spellings_share_an_id_and_sentences_hold_their_tokens() {
        let text = "Le chat dort. Le chien aussi.";
        let mut t = Tokens::scan(text);
        assert_eq!(t.all().len(), 6);
        assert_eq!(t.spellings(), 5);
        assert_eq!(t.all()[0].spelling(), t.all()[3].spelling());
        assert_ne!(t.all()[0].spelling(), t.all()[1].spelling());
        t.split(text, &[Span::new(0, 13), Span::new(14, 29)]);
        let s1: Vec<&str> = t.sentence(1).iter().map(|w| w.span.of(text)).collect();
        assert_eq!(s1, ["Le", "chien", "aussi"]);
        assert_eq!(t.sentence_start(1), 3);
        assert_eq!(t.within(Span::new(3, 12)).len(), 2);
        assert!(t.sentence(2).is_empty());
    }

    #[test]
    fn a_boundary_inside_a_word_cuts_the_token() {
        let text = "日本語です";
        let mut t = Tokens::scan(text);
        assert_eq!(t.all().len(), 1);
        let cut = "日本".len();
        t.split(text, &[Span::new(0, cut), Span::new(cut, text.len())]);
        assert_eq!(t.sentence(0)[0].span, Span::new(0, cut));
        assert_eq!(t.sentence(1)[0].span, Span::new(cut, text.len()));
        assert_ne!(t.sentence(0)[0].spelling(), t.sentence(1)[0].spelling());
    }
}
