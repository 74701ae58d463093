//! Terms: words as stemmed, stopword-free ids, the vocabulary of salience and key phrases.
//!
//! [`Terms`] turns the words of the token stream ([`crate::tokens`]) into small term ids: the
//! lowercase form, Snowball-stemmed where the language has a stemmer, with stopwords, numbers and
//! one-letter words left out. Each distinct spelling is looked up once.

use crate::hash::FastMap;
use crate::lang::{stopwords, Lang};
use crate::text::lowercase_into;
use crate::tokens::{words, Token};

/// Interns stemmed terms of one text: each distinct stem gets a small id.
pub struct Terms {
    lang: Lang,
    stemmer: Option<rust_stemmers::Stemmer>,
    /// Stem -> term id.
    ids: FastMap<String, u32>,
    /// Token spelling id -> its term id, [`NOT_A_TERM`], or [`UNSEEN`].
    by_spelling: Vec<u32>,
    /// Lowercase word -> its term id, or `None` for words that are not terms, for words that come
    /// as strings (a given title) or without a spelling id: each is stemmed once.
    seen: FastMap<String, Option<u32>>,
    buf: String,
}

/// In [`Terms`]'s cache by spelling: a spelling not looked up yet.
const UNSEEN: u32 = u32::MAX - 1;

impl Terms {
    pub fn new(lang: Lang) -> Terms {
        Terms {
            lang,
            stemmer: lang.stemmer().map(rust_stemmers::Stemmer::create),
            ids: FastMap::default(),
            by_spelling: Vec::new(),
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

    /// The term id of a word given as a string, or `None` for stopwords, numbers and one-letter
    /// words.
    pub fn term(&mut self, word: &str) -> Option<u32> {
        let lower = lowercase_into(&mut self.buf, word);
        if let Some(&known) = self.seen.get(lower) {
            return known;
        }
        let id = self.new_term();
        let lower = std::mem::take(&mut self.buf);
        self.seen.insert(lower, id);
        id
    }

    /// The term id of token `t` of `text` (as [`Terms::term`] of its word), looked up once per
    /// spelling.
    pub fn of_token(&mut self, text: &str, t: Token) -> Option<u32> {
        let Some(id) = t.spelling() else {
            return self.term(t.span.of(text));
        };
        if let Some(&known) = self.by_spelling.get(id) {
            if known != UNSEEN {
                return (known != NOT_A_TERM).then_some(known);
            }
        } else {
            self.by_spelling.resize(id + 1, UNSEEN);
        }
        let term = self.term(t.span.of(text));
        self.by_spelling[id] = term.unwrap_or(NOT_A_TERM);
        term
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

    /// The term ids of the words of a string outside the text (a given title), in order.
    pub fn of_str(&mut self, s: &str) -> Vec<u32> {
        words(s).filter_map(|w| self.term(w.span.of(s))).collect()
    }

    /// Appends the term ids of `tokens` (one sentence's, of `text`) to `lists` as one new list,
    /// and counts the words on the way: one pass over the sentence serves every stage that wants
    /// its words' counts.
    pub fn scan(&mut self, text: &str, tokens: &[Token], lists: &mut TermLists) -> WordStats {
        let mut stats = WordStats::default();
        for &t in tokens {
            if t.numeric() || (stats.words > 0 && t.capitalised()) {
                stats.marked += 1;
            }
            stats.words += 1;
            if let Some(id) = self.of_token(text, t) {
                lists.ids.push(id);
            }
        }
        lists.starts.push(lists.ids.len() as u32);
        stats
    }
}

/// In [`Terms`]'s cache by spelling: a word that is no term.
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
    use crate::span::Span;
    use crate::tokens::Tokens;

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
    fn a_scan_gives_each_words_term_and_counts_words_and_names() {
        let text = "Jensen Huang met 12 ministers in Paris. The ministers listened.";
        let mut tokens = Tokens::scan(text);
        tokens.split(text, &[Span::new(0, 39), Span::new(40, text.len())]);
        let mut t = Terms::new(Lang::En);
        let mut lists = TermLists::default();
        let sa = t.scan(text, tokens.sentence(0), &mut lists);
        let sb = t.scan(text, tokens.sentence(1), &mut lists);
        assert_eq!(lists.len(), 2);
        let mut fresh = Terms::new(Lang::En);
        assert_eq!(lists.get(0), fresh.of_str(&text[..39]).as_slice());
        assert_eq!(lists.get(1), fresh.of_str(&text[40..]).as_slice());
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
        // By token or by string, the same term; "The" is no term.
        for &tok in tokens.all() {
            assert_eq!(t.of_token(text, tok), fresh.term(tok.span.of(text)));
        }
        assert_eq!(t.of_token(text, tokens.sentence(1)[0]), None);
    }
}
