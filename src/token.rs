//! Words and terms.
//!
//! [`words`] finds word spans: maximal runs of letters, digits and combining marks. Apostrophes
//! and hyphens end a word, so "l’IA" gives "l" and "IA" and "start-up" gives "start" and "up";
//! terms want exactly that. [`Terms`] turns words into stemmed, stopword-free term ids.

use crate::hash::FastMap;
use crate::lang::{stopwords, Lang};
use crate::span::Span;

/// A word: its span, and whether it is made of digits only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    pub numeric: bool,
}

/// Whether `c` belongs inside a word: a letter, a digit or a combining mark.
pub fn is_word_char(c: char) -> bool {
    // Latin-1 and Latin Extended-A and -B (the accented letters of the languages we serve) are
    // all letters but × and ÷: no table search for them.
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        return c != '\u{d7}' && c != '\u{f7}';
    }
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Typographic apostrophes and primes folded to the ASCII apostrophe.
pub fn fold_apostrophe(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '`' => '\'',
        c => c,
    }
}

/// The words of `text`, in order.
pub fn words(text: &str) -> impl Iterator<Item = Word> + '_ {
    words_in(text, Span::new(0, text.len()))
}

/// The words of `text` within `within` (a span on char boundaries), in order.
///
/// ASCII bytes are classified directly; only other characters are decoded (most of the text in
/// the languages we serve is ASCII, and this is the hottest loop of the pipeline).
pub fn words_in(text: &str, within: Span) -> impl Iterator<Item = Word> + '_ {
    let bytes = text.as_bytes();
    let end = within.end.min(text.len());
    let mut i = within.start.min(end);
    // The character at `i` (a char boundary before `end`) and its length.
    let decode = move |i: usize| {
        let c = text[i..end].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    };
    std::iter::from_fn(move || {
        // Skip to the next word character.
        let (start, mut numeric) = loop {
            if i >= end {
                return None;
            }
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                if b.is_ascii_alphanumeric() {
                    break (i - 1, b.is_ascii_digit());
                }
            } else {
                let (c, len) = decode(i);
                i += len;
                if is_word_char(c) {
                    break (i - len, false);
                }
            }
        };
        while i < end {
            let b = bytes[i];
            if b < 0x80 {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                numeric &= b.is_ascii_digit();
                i += 1;
            } else {
                let (c, len) = decode(i);
                if !is_word_char(c) {
                    break;
                }
                numeric = false;
                i += len;
            }
        }
        Some(Word {
            span: Span::new(start, i),
            numeric,
        })
    })
}

/// Interns stemmed terms of one text: each distinct stem gets a small id.
pub struct Terms {
    lang: Lang,
    stemmer: Option<rust_stemmers::Stemmer>,
    /// Stem -> term id.
    ids: FastMap<String, u32>,
    /// Lowercase word -> its term id, or `None` for words that are not terms: each distinct word
    /// is stemmed once.
    seen: FastMap<String, Option<u32>>,
    buf: String,
}

impl Terms {
    pub fn new(lang: Lang) -> Terms {
        Terms {
            lang,
            stemmer: lang.stemmer().map(rust_stemmers::Stemmer::create),
            ids: FastMap::default(),
            seen: FastMap::default(),
            buf: String::new(),
        }
    }

    /// The number of distinct terms seen so far.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The lowercase form of a word, apostrophes folded, in a reused buffer.
    pub fn normalize<'a>(buf: &'a mut String, word: &str) -> &'a str {
        buf.clear();
        if word.is_ascii() && !word.contains('`') {
            buf.push_str(word);
            buf.make_ascii_lowercase();
            return buf;
        }
        for c in word.chars() {
            if c.is_ascii() && c != '`' {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(crate::lang::case::lower(c).map(fold_apostrophe));
            }
        }
        buf
    }

    /// The term id of a word, or `None` for stopwords, numbers and one-letter words.
    pub fn term(&mut self, word: &str) -> Option<u32> {
        let lower = Self::normalize(&mut self.buf, word);
        if let Some(&known) = self.seen.get(lower) {
            return known;
        }
        let id = self.new_term();
        let lower = std::mem::take(&mut self.buf);
        self.seen.insert(lower, id);
        id
    }

    /// The term id of the word in `self.buf` (lowercase), stemming it.
    fn new_term(&mut self) -> Option<u32> {
        let lower = self.buf.as_str();
        if lower.chars().nth(1).is_none()
            || lower.chars().all(|c| c.is_numeric())
            || stopwords::is_stopword(self.lang, lower)
        {
            return None;
        }
        let stem: String = match &self.stemmer {
            // Very long "words" are not language; do not feed them to the stemmer.
            Some(s) if lower.len() <= 64 => s.stem(lower).into_owned(),
            _ => lower.to_owned(),
        };
        let next = self.ids.len() as u32;
        Some(*self.ids.entry(stem).or_insert(next))
    }

    /// The term ids of the words in `span` of `text`, in order.
    pub fn of_span(&mut self, text: &str, span: Span) -> Vec<u32> {
        words_in(text, span)
            .filter_map(|w| self.term(w.span.of(text)))
            .collect()
    }

    /// Appends the term ids of the words in `span` of `text` to `lists` as one new list, and
    /// counts the words on the way: one pass over the sentence serves every stage that wants
    /// its words. The term of every word (or [`NOT_A_TERM`]) is appended to `per_word`, for key
    /// phrases to read rather than look each word up again.
    pub fn scan(
        &mut self,
        text: &str,
        span: Span,
        lists: &mut TermLists,
        per_word: &mut Vec<u32>,
    ) -> WordStats {
        let mut stats = WordStats::default();
        for w in words_in(text, span) {
            let word = w.span.of(text);
            if w.numeric || (stats.words > 0 && word.starts_with(char::is_uppercase)) {
                stats.marked += 1;
            }
            stats.words += 1;
            let term = self.term(word);
            per_word.push(term.unwrap_or(NOT_A_TERM));
            if let Some(id) = term {
                lists.ids.push(id);
            }
        }
        lists.starts.push(lists.ids.len() as u32);
        stats
    }
}

/// In [`Terms::scan`]'s list of each word's term: a word that is no term.
pub const NOT_A_TERM: u32 = u32::MAX;

/// What one pass over a sentence's words counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordStats {
    /// Words.
    pub words: u32,
    /// Figures, and capitalised words other than the first (names, mostly).
    pub marked: u32,
}

/// Lists of term ids, one per sentence, in one buffer: list `i` is `ids[starts[i]..starts[i + 1]]`.
/// One allocation for a whole text instead of one per sentence.
#[derive(Clone, Debug)]
pub struct TermLists {
    starts: Vec<u32>,
    ids: Vec<u32>,
}

impl Default for TermLists {
    fn default() -> TermLists {
        TermLists {
            starts: vec![0],
            ids: Vec::new(),
        }
    }
}

impl TermLists {
    /// Lists from separate vectors (tests and benchmarks).
    pub fn from_lists<L: AsRef<[u32]>>(lists: &[L]) -> TermLists {
        let mut out = TermLists::default();
        for l in lists {
            out.ids.extend_from_slice(l.as_ref());
            out.starts.push(out.ids.len() as u32);
        }
        out
    }

    /// The number of lists.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// List `i`.
    pub fn get(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The lists, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[u32]> + '_ {
        self.starts
            .windows(2)
            .map(|w| &self.ids[w[0] as usize..w[1] as usize])
    }
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
    fn word_characters_are_letters_digits_and_combining_marks_everywhere() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
            assert_eq!(is_word_char(c), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn words_in_a_span_have_offsets_in_the_whole_text() {
        let text = "one two three";
        let w: Vec<Span> = words_in(text, Span::new(4, 13)).map(|w| w.span).collect();
        assert_eq!(w, [Span::new(4, 7), Span::new(8, 13)]);
    }

    #[test]
    fn terms_are_stemmed_and_stopwords_dropped() {
        let mut t = Terms::new(Lang::Fr);
        assert_eq!(t.term("les"), None);
        let a = t.term("partenariats");
        assert!(a.is_some());
        assert_eq!(t.term("Partenariat"), a);
        assert_eq!(t.term("2025"), None);
        let mut en = Terms::new(Lang::En);
        assert_eq!(en.term("running"), en.term("runs"));
    }

    #[test]
    fn a_scan_gives_the_terms_of_of_span_and_counts_words_and_names() {
        let text = "Jensen Huang met 12 ministers in Paris. The ministers listened.";
        let (a, b) = (Span::new(0, 39), Span::new(40, text.len()));
        let mut t = Terms::new(Lang::En);
        let mut lists = TermLists::default();
        let mut per_word = Vec::new();
        let sa = t.scan(text, a, &mut lists, &mut per_word);
        let sb = t.scan(text, b, &mut lists, &mut per_word);
        assert_eq!(lists.len(), 2);
        let mut fresh = Terms::new(Lang::En);
        assert_eq!(lists.get(0), fresh.of_span(text, a).as_slice());
        assert_eq!(lists.get(1), fresh.of_span(text, b).as_slice());
        // "Huang", "12" and "Paris" are marked; the first word is not (it starts the sentence).
        assert_eq!(
            sa,
            WordStats {
                words: 7,
                marked: 3
            }
        );
        assert_eq!(
            sb,
            WordStats {
                words: 3,
                marked: 0
            }
        );
        let collected: Vec<&[u32]> = lists.iter().collect();
        assert_eq!(collected, [lists.get(0), lists.get(1)]);
        // One entry per word: "in", "12", "The" are no terms.
        assert_eq!(per_word.len(), 10);
        let words: Vec<Option<u32>> = words(text).map(|w| fresh.term(w.span.of(text))).collect();
        let listed: Vec<Option<u32>> = per_word
            .iter()
            .map(|&t| (t != NOT_A_TERM).then_some(t))
            .collect();
        assert_eq!(listed, words);
        assert_eq!(per_word.iter().filter(|&&t| t == NOT_A_TERM).count(), 3);
    }
}
