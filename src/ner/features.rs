//! The tagger's features: one extractor for training and for tagging.
//!
//! A feature is a 32-bit hash of a template and a value ([`feature`]). Two kinds:
//!
//! - **Word features** depend on one word's spelling only (its lowercase form, shape, suffixes,
//!   prefix, capitalisation, gazetteer class, stopword and reporting-verb flags, length, and
//!   the kind of name it is in other languages' training documents ([`Lexicon`])), seen at
//!   an offset of -2..=2 from the word being labelled. Each distinct spelling is analysed once
//!   ([`Doc::prepare`]); the tagger adds up their weights once per spelling and offset.
//! - **Context features** depend on the position: the capitalisation of the three words, the punctuation on either side, the sentence start, a sentence in
//!   capitals, how the same word is written elsewhere in the document, multi-word gazetteer
//!   matches, and what the tagger said about the same word in earlier sentences (history).
//!
//! [`Doc::word_features`] and [`Doc::context_features`] are the only definitions; training
//! ([`Doc::features`]) and tagging ([`super::tag_with`]) both go through them.

use super::model::Lexicon;
use crate::hash::FastMap;
use crate::lang::names::{self, Class};
use crate::lang::{reporting, stopwords, Lang};
use crate::span::Span;

/// Positions of the word features: offsets -2, -1, 0, +1, +2.
pub const OFFSETS: [isize; 5] = [-2, -1, 0, 1, 2];

/// Attributes of a spelling, in the order of [`Spelling::attrs`].
const A_LOWER: usize = 0;
const A_SHAPE: usize = 1;
const A_SUF2: usize = 2;
const A_SUF3: usize = 3;
const A_SUF4: usize = 4;
const A_PRE3: usize = 5;
const A_CAP: usize = 6;
const A_GAZ: usize = 7;
const A_FLAGS: usize = 8;
const A_LEN: usize = 9;
const A_SUF5: usize = 10;
const A_PRE4: usize = 11;
const A_LEX: usize = 12;
const N_ATTRS: usize = 13;

/// Which attributes are features at each offset of [`OFFSETS`].
const AT_OFFSET: [&[usize]; 5] = [
    &[A_LOWER, A_CAP, A_GAZ],
    &[A_LOWER, A_SHAPE, A_SUF3, A_CAP, A_GAZ, A_FLAGS, A_LEX],
    &[
        A_LOWER, A_SHAPE, A_SUF2, A_SUF3, A_SUF4, A_PRE3, A_CAP, A_GAZ, A_FLAGS, A_LEN, A_SUF5,
        A_PRE4, A_LEX,
    ],
    &[A_LOWER, A_SHAPE, A_SUF3, A_CAP, A_GAZ, A_FLAGS, A_LEX],
    &[A_LOWER, A_CAP, A_GAZ],
];

/// Word templates are `attr * 5 + offset index` (below 80), edge templates `T_EDGE + offset
/// index`; context templates follow.
const T_EDGE: usize = 80;
const T_BIAS: u32 = 100;
// 101 and 102 were word bigrams: no better in cross-validation, and a third of the rows.
const T_CAP3: u32 = 103;
const T_GAP_B: u32 = 104;
const T_GAP_B_CAP: u32 = 105;
const T_GAP_A: u32 = 106;
const T_GAP_A_CAP: u32 = 107;
const T_FIRST_CAP: u32 = 108;
const T_CAPS_SENT: u32 = 109;
const T_DOC_CASE: u32 = 110;
const T_GAZ_SPAN: u32 = 111;
const T_HIST: u32 = 112;
const T_HIST_FIRST: u32 = 113;
const T_DOC_HIST: u32 = 114;
const T_DOC_HIST_FIRST: u32 = 115;

/// The most words in a block of [`Doc::blocks`] (a longer sentence is a block alone).
pub const BLOCK_WORDS: usize = 20_000;
/// Added to a template for its block-layout copy ([`Doc::style_copies`]).
pub const STYLED: u32 = 128;
/// The value that stands for "no word there" (before the sentence's first word, after its last).
const EDGE: u64 = 0x5bd1_e995_2f1e_0001;

/// Capitalisation classes.
pub const CAP_LOWER: u8 = 0;
pub const CAP_TITLE: u8 = 1;
pub const CAP_UPPER: u8 = 2;
pub const CAP_ONE: u8 = 3;
pub const CAP_DIGIT: u8 = 4;
pub const CAP_ALNUM: u8 = 5;
pub const CAP_MIXED: u8 = 6;
pub const CAP_OTHER: u8 = 7;

/// The hash of a feature: template and value, mixed (SplitMix64's finaliser). The same on every
/// platform: only `u64` arithmetic.
#[inline]
pub fn feature(template: u32, value: u64) -> u32 {
    let mut x = value ^ u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    ((x ^ (x >> 31)) >> 32) as u32
}

/// A 64-bit hash of bytes, eight at a time, then mixed; never 0, which means "no value".
fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    let mut b = [0u8; 8];
    b[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    h = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    h | 1
}

/// A 64-bit hash of a word's bytes, eight at a time.
fn hash_word(bytes: &[u8]) -> u64 {
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    let mut b = [0u8; 8];
    b[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    h ^ h >> 29
}

fn hash_u64(seed: u64, v: u64) -> u64 {
    hash_bytes(seed, &v.to_le_bytes())
}

/// What the features need of one distinct spelling.
#[derive(Clone, Debug)]
pub struct Spelling {
    /// Attribute value hashes (0 = absent).
    pub attrs: [u64; N_ATTRS],
    /// Its lowercase form's id in the document.
    pub lower: u32,
    pub cap: u8,
}

/// The hash of a word's lowercase form, as [`Lexicon`] keys it.
pub fn lower_hash(w: &str) -> u64 {
    let mut buf = String::new();
    hash_bytes(1, crate::text::lowercase_into(&mut buf, w).as_bytes())
}

/// The capitalisation class of a word.
pub fn cap_class(w: &str) -> u8 {
    analyse(w, &mut Vec::new()).0
}

/// What a character is, for capitalisation and shape: `X`, `x`, `d` or `o`.
#[inline]
fn char_kind(c: char) -> u8 {
    if c.is_ascii() {
        match c {
            'A'..='Z' => b'X',
            'a'..='z' => b'x',
            '0'..='9' => b'd',
            _ => b'o',
        }
    } else if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else {
        b'o'
    }
}

/// A word's capitalisation class and length in characters, and its shape (character kinds,
/// runs collapsed, at most 6) into `shape`: one pass over the characters.
fn analyse(w: &str, shape: &mut Vec<u8>) -> (u8, usize) {
    shape.clear();
    let (mut lower, mut upper, mut digit, mut n) = (false, false, false, 0);
    let mut first = b'o';
    for c in w.chars() {
        let k = char_kind(c);
        if n == 0 {
            first = k;
        }
        n += 1;
        match k {
            b'X' => upper = true,
            b'x' => lower = true,
            b'd' => digit = true,
            _ => {}
        }
        if shape.len() < 6 && shape.last() != Some(&k) {
            shape.push(k);
        }
    }
    let letter = lower || upper;
    let cap = if n == 0 {
        CAP_OTHER
    } else if digit {
        if letter {
            CAP_ALNUM
        } else {
            CAP_DIGIT
        }
    } else if first == b'X' {
        if n == 1 {
            CAP_ONE
        } else if lower {
            CAP_TITLE
        } else {
            CAP_UPPER
        }
    } else if first == b'x' {
        if upper {
            CAP_MIXED
        } else {
            CAP_LOWER
        }
    } else {
        CAP_OTHER
    };
    (cap, n)
}

/// Whether a capitalisation class starts with a capital letter.
pub fn is_capitalised(cap: u8) -> bool {
    matches!(cap, CAP_TITLE | CAP_UPPER | CAP_ONE)
}

/// The last `n` characters of `s` (`None` if `s` has `n` or fewer).
fn suffix(s: &str, n: usize) -> Option<&str> {
    let mut it = s.char_indices().rev();
    let (i, _) = it.nth(n - 1)?;
    it.next()?;
    Some(&s[i..])
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    let mut it = s.char_indices();
    let (i, _) = it.nth(n)?;
    Some(&s[..i])
}

fn gaz_code(c: Option<Class>) -> u64 {
    match c {
        None => 0,
        Some(Class::Place) => 1,
        Some(Class::City) => 2,
        Some(Class::Org) => 3,
        Some(Class::Given) => 4,
        Some(Class::Title) => 5,
        Some(Class::OrgWord) => 6,
        Some(Class::PlaceWord) => 7,
        Some(Class::OtherWord) => 8,
        Some(Class::NotName) => 9,
    }
}

/// A document prepared for tagging: its words, their spellings, and what the context features
/// need. Built once; the tagger then walks it sentence by sentence.
pub struct Doc<'a> {
    pub text: &'a str,
    pub words: &'a [Span],
    /// Per word: its spelling's id.
    pub spelling_of: Vec<u32>,
    /// Per word: its capitalisation class and lowercase form's id (copies of its spelling's,
    /// in word order: what the context features read, without a jump per word).
    cap: Vec<u8>,
    lower: Vec<u32>,
    pub spellings: Vec<Spelling>,
    /// Number of distinct lowercase forms.
    pub n_lower: usize,
    /// Sentences as ranges of word indices, in order, disjoint, covering every word.
    pub sentences: Vec<(usize, usize)>,
    /// Per word: a hash of the punctuation before it (`EDGE` at a sentence start).
    gap_before: Vec<u64>,
    /// Per word: the same as a small number, distinct per distinct hash (0 = `EDGE`), or
    /// `u16::MAX` past 65,534 distinct ones.
    gap_id: Vec<u16>,
    /// Per word: its sentence is written in capitals.
    caps_sentence: Vec<bool>,
    /// Per lowercase form: bit 0 = written in lowercase inside a sentence somewhere, bit 1 =
    /// capitalised inside a (not all-capitals) sentence somewhere.
    doc_case: Vec<u8>,
    /// Per word: a multi-word gazetteer match covering it (class code * 4 + position), or 0.
    gaz_span: Vec<u8>,
    /// Whether features have block-layout copies ([`Doc::style_copies`]).
    copy: bool,
}

/// Reused buffers and the spelling index, kept across documents by the trainer.
#[derive(Default)]
pub struct Scratch {
    lower: String,
    shape: Vec<u8>,
    key: String,
}

impl<'a> Doc<'a> {
    /// Prepares `text`, whose words are `words` (as [`crate::tokens::words`] gives them) and whose
    /// sentences are `sentences` (as [`crate::segment::sentences`] gives them), for `lang`.
    /// `lexicon` is the model's ([`Lexicon`]), if it has one.
    pub fn prepare(
        text: &'a str,
        words: &'a [Span],
        sentences: &[Span],
        lang: Lang,
        lexicon: Option<&Lexicon>,
    ) -> Doc<'a> {
        let mut scratch = Scratch::default();
        // Spellings by a 64-bit hash of their bytes: a smaller table than one of strings, and no
        // string comparison per word (two spellings would be taken for one only if their
        // hashes met, which for the words of any text is beyond unlikely).
        let mut by_spelling: FastMap<u64, u32> = FastMap::default();
        // Lowercase forms by the 64-bit hash of their text (the word feature's value): no copy
        // of each form is kept; two forms would share statistics only if their hashes met.
        let mut by_lower: FastMap<u64, u32> = FastMap::default();
        let mut spellings: Vec<Spelling> = Vec::new();
        let mut spelling_of = Vec::with_capacity(words.len());
        for w in words {
            let s = w.of(text);
            let key = hash_word(s.as_bytes());
            let id = match by_spelling.get(&key) {
                Some(&id) => id,
                None => {
                    let id = spellings.len() as u32;
                    spellings.push(spelling(s, lang, lexicon, &mut by_lower, &mut scratch));
                    by_spelling.insert(key, id);
                    id
                }
            };
            spelling_of.push(id);
        }
        let n_lower = by_lower.len();
        drop(by_lower);
        let cap: Vec<u8> = spelling_of
            .iter()
            .map(|&k| spellings[k as usize].cap)
            .collect();
        let lower: Vec<u32> = spelling_of
            .iter()
            .map(|&k| spellings[k as usize].lower)
            .collect();

        // Sentences as word ranges: a word belongs to the sentence whose span holds its start;
        // words outside every sentence (there should be none) start a sentence of their own.
        let mut ranges = Vec::with_capacity(sentences.len());
        let mut k = 0;
        let mut i = 0;
        while i < words.len() {
            while k < sentences.len() && sentences[k].end <= words[i].start {
                k += 1;
            }
            let start = i;
            if k < sentences.len() && sentences[k].start <= words[i].start {
                let end = sentences[k].end;
                while i < words.len() && words[i].start < end {
                    i += 1;
                }
                k += 1;
            } else {
                i += 1;
            }
            ranges.push((start, i));
        }

        let mut gap_before = vec![EDGE; words.len()];
        let mut gap_id = vec![0u16; words.len()];
        let mut gap_ids: FastMap<u64, u16> = FastMap::default();
        gap_ids.insert(EDGE, 0);
        let mut caps_sentence = vec![false; words.len()];
        let mut doc_case = vec![0u8; n_lower];
        let mut gap = Vec::new();
        for &(s, e) in &ranges {
            for i in s + 1..e {
                let h = gap_hash(text, words[i - 1].end, words[i].start, &mut gap);
                gap_before[i] = h;
                let n = gap_ids.len().min(usize::from(u16::MAX)) as u16;
                gap_id[i] = *gap_ids.entry(h).or_insert(n);
            }
            let (mut letters, mut upper) = (0, 0);
            for i in s..e {
                let c = cap[i];
                if c != CAP_DIGIT && c != CAP_OTHER {
                    letters += 1;
                    upper += usize::from(c == CAP_UPPER || c == CAP_ONE);
                }
            }
            let caps = letters > 0 && upper * 10 >= letters * 8;
            for i in s..e {
                caps_sentence[i] = caps;
                if i > s {
                    if cap[i] == CAP_LOWER {
                        doc_case[lower[i] as usize] |= 1;
                    } else if !caps && is_capitalised(cap[i]) {
                        doc_case[lower[i] as usize] |= 2;
                    }
                }
            }
        }

        let mut doc = Doc {
            text,
            words,
            spelling_of,
            cap,
            lower,
            spellings,
            n_lower,
            sentences: ranges,
            gap_before,
            gap_id,
            caps_sentence,
            doc_case,
            gaz_span: vec![0; words.len()],
            copy: false,
        };
        doc.find_gazetteer_spans(&mut scratch.key);
        doc
    }

    /// The spelling of word `i`.
    pub fn spelling(&self, i: usize) -> &Spelling {
        &self.spellings[self.spelling_of[i] as usize]
    }

    /// Longest multi-word gazetteer matches (2 to 4 words joined by spaces or hyphens, the first
    /// and last capitalised, those between capitalised or connectors: "Bank of England"), left
    /// to right.
    fn find_gazetteer_spans(&mut self, key: &mut String) {
        for &(s, e) in &self.sentences {
            let mut i = s;
            while i < e {
                let mut matched = 0;
                if is_capitalised(self.cap[i]) {
                    let mut last = i;
                    while last + 1 < e && last + 1 - i < 4 {
                        let g = Span::new(self.words[last].end, self.words[last + 1].start);
                        if !g.of(self.text).bytes().all(|c| c == b' ' || c == b'-')
                            || !(is_capitalised(self.cap[last + 1])
                                || names::is_connector(self.words[last + 1].of(self.text)))
                        {
                            break;
                        }
                        last += 1;
                    }
                    let mut j = last;
                    while j > i {
                        if !is_capitalised(self.cap[j]) {
                            j -= 1;
                            continue;
                        }
                        let span = Span::new(self.words[i].start, self.words[j].end);
                        names::fold_into(key, span.of(self.text));
                        let code = gaz_code(names::lookup_folded(key)) as u8;
                        if matches!(code, 1..=4) {
                            let n = j - i + 1;
                            for (k, slot) in self.gaz_span[i..=j].iter_mut().enumerate() {
                                let pos = if k == 0 {
                                    0
                                } else if k + 1 == n {
                                    2
                                } else {
                                    1
                                };
                                *slot = code * 4 + pos;
                            }
                            matched = n;
                            break;
                        }
                        j -= 1;
                    }
                }
                i += matched.max(1);
            }
        }
    }

    /// With `on`, every feature of a text laid out as one block ([`one_block`]) (no line break in 300
    /// characters or more, as pages of old newspapers come out of OCR) is given twice: as itself
    /// and as its block-layout copy (template + [`STYLED`]). Corpora of both layouts follow
    /// different conventions (the historical newspapers put titles and functions inside a
    /// person's mention, modern news does not), and the copies let one model learn both
    /// ("frustratingly easy" domain adaptation, with the domain read from the layout).
    pub fn style_copies(&mut self, on: bool) {
        self.copy = on && one_block(self.text);
    }

    /// Whether [`Doc::style_copies`] turned copies on for this text.
    pub fn copy_on(&self) -> bool {
        self.copy
    }

    #[inline]
    fn emit(&self, f: &mut impl FnMut(u32, u64), t: u32, v: u64) {
        f(t, v);
        if self.copy {
            f(t | STYLED, v);
        }
    }

    /// Calls `f` with the word features of the spelling at `offset` (an index into [`OFFSETS`]):
    /// what the tagger caches per spelling.
    #[inline]
    pub fn word_features(&self, sp: &Spelling, offset: usize, f: &mut impl FnMut(u32, u64)) {
        for &a in AT_OFFSET[offset] {
            let v = sp.attrs[a];
            if v != 0 {
                self.emit(f, (a * 5 + offset) as u32, v);
            }
        }
    }

    /// Calls `f` with the features of "no word" at `offset` (past a sentence's edge).
    pub fn edge_features(&self, offset: usize, f: &mut impl FnMut(u32, u64)) {
        self.emit(f, (T_EDGE + offset) as u32, EDGE);
    }

    /// Everything [`Doc::context_features`] reads about word `i` in the sentence `s..e`, packed
    /// into one number: words with the same key have the same context features (what lets the
    /// tagger look them up once per key). `None` when a gap has no small id.
    #[inline]
    pub fn context_key(&self, i: usize, (s, e): (usize, usize)) -> Option<u64> {
        let prev_cap = if i > s { self.cap[i - 1] } else { 15 };
        let next_cap = if i + 1 < e { self.cap[i + 1] } else { 15 };
        let gb = if i > s { self.gap_id[i] } else { 0 };
        let ga = if i + 1 < e { self.gap_id[i + 1] } else { 0 };
        if gb == u16::MAX || ga == u16::MAX {
            return None;
        }
        let dc = self.doc_case[self.lower[i] as usize];
        Some(
            u64::from(prev_cap)
                | u64::from(self.cap[i]) << 4
                | u64::from(next_cap) << 8
                | u64::from(i == s) << 12
                | u64::from(self.caps_sentence[i]) << 13
                | u64::from(dc) << 14
                | u64::from(self.gaz_span[i]) << 16
                | u64::from(gb) << 24
                | u64::from(ga) << 40,
        )
    }

    /// The document in blocks of whole sentences (ranges of indices into `sentences`) of at most
    /// [`BLOCK_WORDS`] words, or one sentence: what the second pass calls "the document", so
    /// that a long text is tagged in bounded memory.
    pub fn blocks(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        while start < self.sentences.len() {
            let first = self.sentences[start].0;
            let mut end = start + 1;
            while end < self.sentences.len() && self.sentences[end].1 - first <= BLOCK_WORDS {
                end += 1;
            }
            out.push((start, end));
            start = end;
        }
        out
    }

    /// Calls `f` with the context features of word `i` in the sentence `s..e`, but for the
    /// history's ([`Doc::history_features`]).
    #[inline]
    pub fn context_features(&self, i: usize, (s, e): (usize, usize), f: &mut impl FnMut(u32, u64)) {
        let cap = self.cap[i];
        self.emit(f, T_BIAS, 1);
        let prev_cap = if i > s { self.cap[i - 1] } else { 15 };
        let next_cap = if i + 1 < e { self.cap[i + 1] } else { 15 };
        let caps = u64::from(prev_cap) << 8 | u64::from(cap) << 4 | u64::from(next_cap);
        self.emit(f, T_CAP3, caps);
        let gb = self.gap_before[i];
        let ga = if i + 1 < e {
            self.gap_before[i + 1]
        } else {
            EDGE
        };
        self.emit(f, T_GAP_B, gb);
        self.emit(f, T_GAP_B_CAP, gb ^ u64::from(cap) << 56);
        self.emit(f, T_GAP_A, ga);
        self.emit(f, T_GAP_A_CAP, ga ^ u64::from(cap) << 56);
        let first = i == s;
        if first {
            self.emit(f, T_FIRST_CAP, u64::from(cap) + 1);
        }
        if self.caps_sentence[i] {
            self.emit(f, T_CAPS_SENT, u64::from(cap) + 1);
        }
        let dc = self.doc_case[self.lower[i] as usize];
        let v = u64::from(cap) << 8 | u64::from(first) << 4 | u64::from(dc);
        self.emit(f, T_DOC_CASE, v + 1);
        let g = self.gaz_span[i];
        if g != 0 {
            self.emit(f, T_GAZ_SPAN, u64::from(g));
        }
    }

    /// Calls `f` with the features of word `i` in the sentence starting at word `s` that say what
    /// the tagger made of the same word in earlier sentences (`left`) and, in the second pass,
    /// in the other sentences of the document in the first pass (`doc`).
    #[inline]
    pub fn history_features(
        &self,
        i: usize,
        s: usize,
        left: &History,
        doc: Option<&History>,
        f: &mut impl FnMut(u32, u64),
    ) {
        if is_capitalised(self.cap[i]) {
            let lower = self.lower[i];
            let first = u64::from(i == s);
            if let Some(v) = left.value(lower) {
                self.emit(f, T_HIST, v);
                self.emit(f, T_HIST_FIRST, v << 1 | first);
            }
            if let Some(v) = doc.and_then(|d| d.value(lower)) {
                self.emit(f, T_DOC_HIST, v);
                self.emit(f, T_DOC_HIST_FIRST, v << 1 | first);
            }
        }
    }

    /// Calls `f` with every feature [`Doc::history_features`] can give (the trainer's table
    /// needs to know them before they occur).
    pub fn every_history_feature(f: &mut impl FnMut(u32, u64)) {
        for v in 1..=8u64 {
            for (t, tf) in [(T_HIST, T_HIST_FIRST), (T_DOC_HIST, T_DOC_HIST_FIRST)] {
                for copy in [0, STYLED] {
                    f(t | copy, v);
                    f(tf | copy, v << 1);
                    f(tf | copy, v << 1 | 1);
                }
            }
        }
    }

    /// Every feature of word `i` in the sentence `s..e` but the history's: word features at each
    /// offset, then context features. What the trainer updates (with
    /// [`Doc::history_features`]); the tagger computes the same sums by caching.
    pub fn features(&self, i: usize, sent: (usize, usize), out: &mut Vec<u32>) {
        self.features_with(i, sent, &mut |t, v| out.push(feature(t, v)));
    }

    /// [`Doc::features`] as (template, value) pairs, unhashed.
    pub fn features_with(&self, i: usize, sent: (usize, usize), f: &mut impl FnMut(u32, u64)) {
        let (s, e) = sent;
        for (k, &o) in OFFSETS.iter().enumerate() {
            let j = i as isize + o;
            if j < s as isize || j >= e as isize {
                self.edge_features(k, f);
            } else {
                self.word_features(self.spelling(j as usize), k, f);
            }
        }
        self.context_features(i, sent, f);
    }
}

/// A hash of the characters between two words: punctuation kept (quotes, dashes and
/// apostrophes folded), whitespace reduced to whether there was any and whether a line ended.
fn gap_hash(text: &str, from: usize, to: usize, buf: &mut Vec<u8>) -> u64 {
    buf.clear();
    let mut space = false;
    for c in Span::new(from, to).of(text).chars() {
        let b = match c {
            '\n' | '\r' => b'n',
            c if c.is_whitespace() => {
                space = true;
                continue;
            }
            '"' | '“' | '”' | '«' | '»' | '„' | '‹' | '›' => b'q',
            '\'' | '’' | '‘' | '`' | '´' => b'a',
            // A word broken at a line's end in old print ("Pro¬ vidence").
            '¬' => b'~',
            '-' | '‐' | '‑' | '–' | '—' => b'-',
            c if c.is_ascii_punctuation() => c as u8,
            _ => b'?',
        };
        if buf.len() < 4 && buf.last() != Some(&b) {
            buf.push(b);
        }
    }
    buf.push(if space { b's' } else { b'.' });
    hash_bytes(77, buf)
}

fn spelling(
    w: &str,
    lang: Lang,
    lexicon: Option<&Lexicon>,
    by_lower: &mut FastMap<u64, u32>,
    sc: &mut Scratch,
) -> Spelling {
    let lower_str = crate::text::lowercase_into(&mut sc.lower, w);
    let (cap, n_chars) = analyse(w, &mut sc.shape);
    let mut attrs = [0u64; N_ATTRS];
    attrs[A_LOWER] = hash_bytes(1, lower_str.as_bytes());
    let n = by_lower.len() as u32;
    let lower = *by_lower.entry(attrs[A_LOWER]).or_insert(n);
    attrs[A_SHAPE] = hash_bytes(2, &sc.shape);
    let alpha = cap != CAP_DIGIT;
    if alpha {
        attrs[A_SUF2] = suffix(lower_str, 2).map_or(0, |s| hash_bytes(3, s.as_bytes()));
        attrs[A_SUF3] = suffix(lower_str, 3).map_or(0, |s| hash_bytes(4, s.as_bytes()));
        attrs[A_SUF4] = suffix(lower_str, 4).map_or(0, |s| hash_bytes(5, s.as_bytes()));
        attrs[A_PRE3] = prefix(lower_str, 3).map_or(0, |s| hash_bytes(6, s.as_bytes()));
        attrs[A_SUF5] = suffix(lower_str, 5).map_or(0, |s| hash_bytes(11, s.as_bytes()));
        attrs[A_PRE4] = prefix(lower_str, 4).map_or(0, |s| hash_bytes(12, s.as_bytes()));
    }
    attrs[A_CAP] = hash_u64(7, u64::from(cap));
    let gaz = if alpha && w.len() <= 40 {
        names::fold_into(&mut sc.key, w);
        gaz_code(names::lookup_folded(&sc.key))
    } else {
        0
    };
    attrs[A_GAZ] = hash_u64(8, gaz);
    let stop = is_stopword(lang, lower_str);
    let said = reporting::is_reporting_word(lang, lower_str);
    attrs[A_FLAGS] = hash_u64(9, u64::from(stop) | u64::from(said) << 1);
    let len = match n_chars {
        n @ 0..=4 => n as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    };
    attrs[A_LEN] = hash_u64(10, len);
    // Only capitalised words are looked up: the lexicon holds capitalised words' forms.
    if is_capitalised(cap) {
        if let Some(k) = lexicon.and_then(|l| l.kind(attrs[A_LOWER])) {
            attrs[A_LEX] = hash_u64(13, u64::from(k) << 4 | u64::from(cap));
        }
    }
    Spelling { attrs, lower, cap }
}

/// Whether `lower` is one of `lang`'s stopwords ([`stopwords::list`]): the same answer as
/// [`stopwords::is_stopword`], from a small table per language keyed by the word's hash, which
/// stays in the cache (this runs once per distinct spelling of the text).
fn is_stopword(lang: Lang, lower: &str) -> bool {
    static TABLES: [std::sync::OnceLock<FastMap<u64, ()>>; Lang::ALL.len()] =
        [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
    let Some(i) = lang.index() else {
        return false;
    };
    lower.len() <= stopwords::MAX_LEN
        && TABLES[i]
            .get_or_init(|| {
                stopwords::list(lang)
                    .map(|w| (hash_word(w.as_bytes()), ()))
                    .collect()
            })
            .contains_key(&hash_word(lower.as_bytes()))
}

/// What the tagger said about each lowercase form in earlier sentences of the document: how
/// often it was inside a person, organisation, place mention, or capitalised outside any.
pub struct History {
    counts: Vec<[u16; 4]>,
}

impl History {
    pub fn new(n_lower: usize) -> History {
        History {
            counts: vec![[0; 4]; n_lower],
        }
    }

    /// The feature value for lowercase form `lower`: its most frequent outcome (ties to the
    /// first) and whether it was the only one; `None` without history.
    #[inline]
    fn value(&self, lower: u32) -> Option<u64> {
        let c = self.counts.get(lower as usize)?;
        let total: u32 = c.iter().map(|&x| u32::from(x)).sum();
        if total == 0 {
            return None;
        }
        let mut best = 0;
        for k in 1..4 {
            if c[k] > c[best] {
                best = k;
            }
        }
        let only = u32::from(c[best]) == total;
        Some(1 + best as u64 * 2 + u64::from(only))
    }

    /// Records the labels given to the sentence `s..e` (`kinds[i - s]`: 0 = outside, 1..=3 =
    /// inside a mention of that kind).
    pub fn record(&mut self, doc: &Doc, sent: (usize, usize), kinds: &[u8]) {
        self.count(doc, sent, kinds, true);
    }

    /// Takes back what [`History::record`] added for the same sentence and labels.
    pub fn unrecord(&mut self, doc: &Doc, sent: (usize, usize), kinds: &[u8]) {
        self.count(doc, sent, kinds, false);
    }

    fn count(&mut self, doc: &Doc, (s, e): (usize, usize), kinds: &[u8], add: bool) {
        for i in s..e {
            let k = kinds.get(i - s).copied().unwrap_or(0);
            let slot = if k > 0 {
                (k - 1) as usize
            } else if i > s && is_capitalised(doc.cap[i]) {
                3
            } else {
                continue;
            };
            if let Some(c) = self.counts.get_mut(doc.lower[i] as usize) {
                c[slot] = if add {
                    c[slot].saturating_add(1)
                } else {
                    c[slot].saturating_sub(1)
                };
            }
        }
    }
}

/// Whether `text` is laid out as one block: no line break in 300 bytes or more, as pages of old
/// newspapers come out of OCR (and as the HIPE corpora give them).
pub fn one_block(text: &str) -> bool {
    text.len() >= 300 && !text.contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalisation_classes() {
        let cases = [
            ("Paris", CAP_TITLE),
            ("paris", CAP_LOWER),
            ("NATO", CAP_UPPER),
            ("M", CAP_ONE),
            ("1996", CAP_DIGIT),
            ("G7", CAP_ALNUM),
            ("iPhone", CAP_MIXED),
            ("Émile", CAP_TITLE),
            ("", CAP_OTHER),
        ];
        for (w, want) in cases {
            assert_eq!(cap_class(w), want, "{w}");
        }
    }

    #[test]
    fn suffixes_and_prefixes_count_characters() {
        assert_eq!(suffix("zürich", 3), Some("ich"));
        assert_eq!(suffix("été", 3), None);
        assert_eq!(prefix("étés", 3), Some("été"));
        assert_eq!(prefix("été", 3), None);
    }
}
