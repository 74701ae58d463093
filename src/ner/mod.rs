//! A learned tagger for people, organisations and places.
//!
//! A linear sequence model: each word gets a score for each of 13 BILOU labels (outside, or the
//! begin, inside, last or unit word of a person, organisation or place mention) from hashed
//! features of the words inside and around it, their punctuation, the sentence, and the rest of
//! the document ([`features`]); first-order Viterbi decoding ([`decode`]) picks the best valid
//! label sequence of each sentence; what it says about a word is then a feature of the same
//! word in the sentences that follow. Weights are learned per language on `../shared/train` by
//! `scripts/train-entities` (an averaged structured perceptron, `examples/train_entities.rs`) and
//! stored as pruned int8 tables ([`model`]), in `src/lang/models/entities-<lang>.bin`.
//!
//! The entry point is [`tag`]: words and sentences in (byte spans, as [`crate::tokens::words`]
//! and [`crate::segment::sentences`] give them, which is what the model was trained on),
//! mentions out (byte spans, sorted, disjoint). Scores are integers, so a model tags the same
//! natively and in WebAssembly.

// Scores are arrays indexed by label, in loops that read two or three of them at one label.
#![allow(clippy::needless_range_loop)]

pub mod decode;
pub mod features;
pub mod model;

use crate::analysis::EntityKind;
use crate::hash::FastMap;
use crate::lang::Lang;
use crate::span::Span;
use features::{feature, Doc, History, OFFSETS};
pub use model::{Model, ModelError};
use std::sync::OnceLock;

/// The number of labels: O, and B, I, L, U for each of person, organisation, place.
pub const LABELS: usize = 13;

/// The kinds of labels 1..=12, by [`decode::kind_of`].
pub const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
];

/// A mention: a byte span over the text and what it names (never [`EntityKind::Other`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityKind,
}

static MODELS: [OnceLock<Model>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// The model for `lang`: the one [`load`]ed, else the one built into the library (parsed on
/// first use), else `None` (the caller then falls back to the rules; a model loaded later is
/// used from then on, as when a web page's fetch of it comes after a first analysis).
pub fn model(lang: Lang) -> Option<&'static Model> {
    let cell = &MODELS[lang.index()?];
    if let Some(m) = cell.get() {
        return Some(m);
    }
    let parsed = Model::parse(embedded(lang)?).ok()?;
    Some(cell.get_or_init(|| parsed))
}

/// Makes `bytes` (a model file) the model [`model`] and [`tag`] use for `lang`, as a web page
/// does with the file it fetched for the text's language. Fails if the bytes are not a model or
/// if `lang` is `Und`. A language whose model is already in use (loaded before, or built in and
/// used) keeps it: loading again is not an error, so a caller need not track what it loaded.
pub fn load(lang: Lang, bytes: &[u8]) -> Result<(), ModelError> {
    let model = Model::parse(bytes)?;
    let i = lang.index().ok_or(ModelError::Unsupported)?;
    let _ = MODELS[i].set(model);
    Ok(())
}

/// The bytes of the model built in for `lang`: every language's natively; none in WebAssembly,
/// where each page fetches its text's language's file (`src/lang/models/entities-<lang>.bin`,
/// about 38 KB gzip each) and [`load`]s it, rather than download all eleven.
pub fn embedded(lang: Lang) -> Option<&'static [u8]> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(match lang {
            Lang::En => include_bytes!("../lang/models/entities-en.bin"),
            Lang::Fr => include_bytes!("../lang/models/entities-fr.bin"),
            Lang::De => include_bytes!("../lang/models/entities-de.bin"),
            Lang::Es => include_bytes!("../lang/models/entities-es.bin"),
            Lang::It => include_bytes!("../lang/models/entities-it.bin"),
            Lang::Pt => include_bytes!("../lang/models/entities-pt.bin"),
            Lang::Nl => include_bytes!("../lang/models/entities-nl.bin"),
            Lang::Pl => include_bytes!("../lang/models/entities-pl.bin"),
            Lang::Cs => include_bytes!("../lang/models/entities-cs.bin"),
            Lang::Fi => include_bytes!("../lang/models/entities-fi.bin"),
            Lang::Ro => include_bytes!("../lang/models/entities-ro.bin"),
            Lang::Und => return None,
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = lang;
        None
    }
}

/// The mentions of people, organisations and places in `text`, by the built-in model for
/// `lang`: `None` if there is none. `words` and `sentences` are byte spans over `text`, sorted,
/// as [`crate::tokens::words`] and [`crate::segment::sentences`] give them. Mentions are sorted
/// and disjoint; each covers whole words (and a final "." after a one-letter word, as in
/// "U.S."). Linear in the text; never panics.
pub fn tag(text: &str, words: &[Span], sentences: &[Span], lang: Lang) -> Option<Vec<Mention>> {
    Some(tag_with(model(lang)?, text, words, sentences, lang))
}

/// [`tag`] for a text alone: its words and sentences are found first.
pub fn tag_text(text: &str, lang: Lang) -> Option<Vec<Mention>> {
    let model = model(lang)?;
    let words: Vec<Span> = crate::tokens::words(text).map(|w| w.span).collect();
    let sentences = crate::segment::sentences(text, lang);
    Some(tag_with(model, text, &words, &sentences, lang))
}

/// [`tag`] with a given model (one loaded apart, e.g. fetched by a web page).
pub fn tag_with(
    model: &Model,
    text: &str,
    words: &[Span],
    sentences: &[Span],
    lang: Lang,
) -> Vec<Mention> {
    let mut out = Vec::new();
    run(model, text, words, sentences, lang, |doc, s, labels, _| {
        decode::mentions(labels, |a, b, k| {
            out.push(Mention {
                span: mention_span(doc.text, doc.words[s + a], doc.words[s + b]),
                kind: KINDS[k as usize],
            });
        });
    });
    out
}

/// The label scores of every word (the emission scores Viterbi starts from), for tests that
/// pin a model's behaviour on every platform.
pub fn label_scores(
    model: &Model,
    text: &str,
    words: &[Span],
    sentences: &[Span],
    lang: Lang,
) -> Vec<[i32; LABELS]> {
    let mut out = Vec::new();
    run(model, text, words, sentences, lang, |_, _, _, em| {
        out.extend(em.iter().map(|e| {
            let mut s = [0i32; LABELS];
            s.copy_from_slice(&e[..LABELS]);
            s
        }))
    });
    out
}

/// The span of a mention from its first to its last word; a "." right after a last word of one
/// letter ("U.S.", "J.") belongs to it.
pub fn mention_span(text: &str, first: Span, last: Span) -> Span {
    let mut end = last.end;
    if last.of(text).chars().nth(1).is_none() && text.as_bytes().get(end) == Some(&b'.') {
        end += 1;
    }
    Span::new(first.start, end)
}

/// Scores of one word, one per label and zeros to [`WIDTH`] (a width vector units like).
pub type Scores = [i32; WIDTH];

/// The width of [`Scores`]: [`LABELS`] rounded up to 16.
pub const WIDTH: usize = 16;

/// `a += b`, label by label (wrapping: absurd weights give absurd scores, never a panic).
#[inline]
pub fn add_to(a: &mut Scores, b: &Scores) {
    for (x, y) in a.iter_mut().zip(b) {
        *x = x.wrapping_add(*y);
    }
}

#[inline]
fn add_small(a: &mut Scores, b: &[i16; WIDTH]) {
    for (x, &y) in a.iter_mut().zip(b) {
        *x = x.wrapping_add(i32::from(y));
    }
}

/// Deduplicated score vectors: many spellings (most rare words) and many contexts sum to the
/// same scores, so each distinct sum is kept once.
///
/// Kept as `i16` (half the memory the tagger reads per word): a sum of the few rows of one
/// spelling at one offset, or of one context, fits (the trainer keeps weights within 127 x 2^4,
/// and no template group has ten rows); a model that does not is clamped, not wrapped.
#[derive(Default)]
struct Pool {
    vecs: Vec<[i16; WIDTH]>,
    /// By a hash of the scores: the first vector with that hash.
    index: FastMap<u64, u32>,
}

impl Pool {
    #[inline]
    fn intern(&mut self, v: Scores) -> u32 {
        let v = v.map(|x| x.clamp(-32768, 32767) as i16);
        let mut h = 0u64;
        for quad in v.chunks_exact(4) {
            let x = quad
                .iter()
                .fold(0u64, |acc, &q| acc << 16 | u64::from(q as u16));
            h = (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        let n = self.vecs.len() as u32;
        match self.index.get(&h) {
            Some(&id) if self.vecs[id as usize] == v => id,
            // A different vector with the same hash (vanishingly rare) is kept unindexed.
            Some(_) => {
                self.vecs.push(v);
                n
            }
            None => {
                self.index.insert(h, n);
                self.vecs.push(v);
                n
            }
        }
    }
}

/// The scores each word gets but for the history's: from its own and its neighbours'
/// spellings (the sums cached per spelling and offset) and from its context (cached per
/// [`Doc::context_key`]).
struct Scorer<'m> {
    model: &'m Model,
    pool: Pool,
    by_spelling: Vec<[u32; 5]>,
    edge: [u32; 5],
    by_context: FastMap<u64, u32>,
}

impl<'m> Scorer<'m> {
    fn new(model: &'m Model, doc: &Doc) -> Scorer<'m> {
        let mut pool = Pool::default();
        let mut by_spelling: Vec<[u32; 5]> = Vec::with_capacity(doc.spellings.len());
        for sp in &doc.spellings {
            let mut ids = [0u32; 5];
            for (k, id) in ids.iter_mut().enumerate() {
                let mut v = [0i32; WIDTH];
                doc.word_features(sp, k, &mut |t, h| model.add(t, feature(t, h), &mut v));
                *id = pool.intern(v);
            }
            by_spelling.push(ids);
        }
        let mut edge = [0u32; 5];
        for (k, id) in edge.iter_mut().enumerate() {
            let mut v = [0i32; WIDTH];
            doc.edge_features(k, &mut |t, h| model.add(t, feature(t, h), &mut v));
            *id = pool.intern(v);
        }
        Scorer {
            model,
            pool,
            by_spelling,
            edge,
            by_context: FastMap::default(),
        }
    }

    /// The scores of word `i` in the sentence `s..e` but for the history's.
    #[inline]
    fn base(&mut self, doc: &Doc, i: usize, (s, e): (usize, usize)) -> Scores {
        let mut acc = [0i32; WIDTH];
        for (k, &o) in OFFSETS.iter().enumerate() {
            let j = i as isize + o;
            let id = if j < s as isize || j >= e as isize {
                self.edge[k]
            } else {
                self.by_spelling[doc.spelling_of[j as usize] as usize][k]
            };
            add_small(&mut acc, &self.pool.vecs[id as usize]);
        }
        let model = self.model;
        let context = |ctx: &mut Scores| {
            doc.context_features(i, (s, e), &mut |t, h| model.add(t, feature(t, h), ctx))
        };
        let mut ctx = [0i32; WIDTH];
        match doc.context_key(i, (s, e)) {
            Some(key) => {
                let id = match self.by_context.get(&key) {
                    Some(&id) => id,
                    None => {
                        context(&mut ctx);
                        let id = self.pool.intern(ctx);
                        self.by_context.insert(key, id);
                        id
                    }
                };
                add_small(&mut acc, &self.pool.vecs[id as usize]);
            }
            None => {
                context(&mut ctx);
                add_to(&mut acc, &ctx);
            }
        }
        acc
    }
}

/// Tags the text block by block ([`Doc::blocks`]), calling `f` with each sentence's first
/// word, its labels and its emission scores.
///
/// Per block: the scores every word gets from its own and its neighbours' spellings and from
/// its context (looked up once per distinct spelling and context key); then the first pass,
/// sentence by sentence, adding what earlier sentences were labelled; then the second pass,
/// adding also what the first pass labelled the same words elsewhere in the block.
fn run(
    model: &Model,
    text: &str,
    words: &[Span],
    sentences: &[Span],
    lang: Lang,
    mut f: impl FnMut(&Doc, usize, &[u8], &[Scores]),
) {
    // Spans that do not fit the text or are out of order are dropped, so that nothing below
    // can slice outside the text.
    let mut clean: Vec<Span> = Vec::new();
    let fits = |s: &Span, prev: Option<&Span>| {
        s.start < s.end
            && text.get(s.start..s.end).is_some()
            && prev.is_none_or(|p| p.end <= s.start)
    };
    let words = if words
        .iter()
        .enumerate()
        .all(|(i, w)| fits(w, i.checked_sub(1).map(|j| &words[j])))
    {
        words
    } else {
        for w in words {
            if fits(w, clean.last()) {
                clean.push(*w);
            }
        }
        &clean
    };
    let mut doc = Doc::prepare(text, words, sentences, lang, model.lexicon());
    doc.style_copies(model.style_copies());
    let trans = decode::Transitions::new(&model.start, &model.trans, &model.end);

    let mut scorer = Scorer::new(model, &doc);

    let (mut em, mut back, mut labels) = (Vec::new(), Vec::new(), Vec::new());
    let mut base: Vec<Scores> = Vec::new();
    let mut first_kinds: Vec<u8> = Vec::new();
    let mut kinds: Vec<u8> = Vec::new();
    // What each pass said in earlier sentences; what the first pass said in this block.
    let mut left = [History::new(doc.n_lower), History::new(doc.n_lower)];
    let mut block_hist = History::new(doc.n_lower);
    for (b0, b1) in doc.blocks() {
        let sents = &doc.sentences[b0..b1];
        let w0 = sents[0].0;
        let w1 = sents[sents.len() - 1].1;
        base.clear();
        for &(s, e) in sents {
            for i in s..e {
                base.push(scorer.base(&doc, i, (s, e)));
            }
        }
        first_kinds.clear();
        first_kinds.resize(w1 - w0, 0);
        kinds.clear();
        kinds.resize(w1 - w0, 0);
        for pass in 0..2 {
            for &(s, e) in sents {
                let (ks, ke) = (s - w0, e - w0);
                let other = if pass == 1 {
                    block_hist.unrecord(&doc, (s, e), &first_kinds[ks..ke]);
                    Some(&block_hist)
                } else {
                    None
                };
                em.clear();
                em.extend_from_slice(&base[ks..ke]);
                for i in s..e {
                    let acc = &mut em[i - s];
                    doc.history_features(i, s, &left[pass], other, &mut |t, h| {
                        model.add(t, feature(t, h), acc)
                    });
                }
                decode::viterbi_fast(&em, &trans, &mut back, &mut labels);
                let out = if pass == 0 {
                    &mut first_kinds[ks..ke]
                } else {
                    block_hist.record(&doc, (s, e), &first_kinds[ks..ke]);
                    &mut kinds[ks..ke]
                };
                for (k, &l) in out.iter_mut().zip(&labels) {
                    *k = decode::kind_of(l).map_or(0, |k| k + 1);
                }
                left[pass].record(&doc, (s, e), out);
                if pass == 0 {
                    block_hist.record(&doc, (s, e), &first_kinds[ks..ke]);
                } else {
                    f(&doc, s, &labels, &em);
                }
            }
        }
        // The next block's second pass does not see this block's first.
        for &(s, e) in sents {
            block_hist.unrecord(&doc, (s, e), &first_kinds[s - w0..e - w0]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::model::{ModelParts, Row, KINDS};

    const TEXT: &str = "M. Jean Dupont, notaire à Neuchâtel, a vu la Banque nationale suisse.\n\
        Le 3 mai, Dupont est allé à Paris avec Mme Müller (ONU). Jean-Luc l'a dit: « Oui ».\n\
        PARIS , 12 mai ( AFP ) - La France et l'Allemagne. Penn¬ sylvania   x\t\u{a0}é";

    fn spans(text: &str, lang: Lang) -> (Vec<Span>, Vec<Span>) {
        let words = crate::tokens::words(text).map(|w| w.span).collect();
        (words, crate::segment::sentences(text, lang))
    }

    /// A model with a row for every feature of `text` (weights from the feature's hash), narrow
    /// rows for the lexical templates, block-layout copies on or off.
    fn model_for(text: &str, lang: Lang, copies: bool) -> Model {
        let (words, sentences) = spans(text, lang);
        let mut doc = Doc::prepare(text, &words, &sentences, lang, None);
        doc.style_copies(copies);
        let mut feats: Vec<(u32, u32)> = Vec::new();
        for &(s, e) in &doc.sentences {
            for i in s..e {
                doc.features_with(i, (s, e), &mut |t, v| feats.push((t, feature(t, v))));
            }
        }
        Doc::every_history_feature(&mut |t, v| feats.push((t, feature(t, v))));
        let narrow_templates: u128 = (1 << 30) - 1;
        let bits = 20;
        let weight = |h: u32, l: usize| ((h.rotate_left(l as u32 * 3) % 21) as i8) - 10;
        let mut wide: Vec<Row<LABELS>> = Vec::new();
        let mut narrow: Vec<Row<KINDS>> = Vec::new();
        for &(t, h) in &feats {
            let (b, fp) = Model::bucket(h, bits, 8);
            if narrow_templates >> (t & 127) & 1 == 1 {
                narrow.push((b, fp, (h % 3) as u8, std::array::from_fn(|l| weight(h, l))));
            } else {
                wide.push((b, fp, (h % 3) as u8, std::array::from_fn(|l| weight(h, l))));
            }
        }
        wide.sort_by_key(|r| r.0);
        wide.dedup_by_key(|r| r.0);
        narrow.sort_by_key(|r| r.0);
        narrow.dedup_by_key(|r| r.0);
        let trans =
            std::array::from_fn(|p| std::array::from_fn(|c| ((p * 7 + c * 3) % 11) as i32 - 5));
        let bytes = Model::write(&ModelParts {
            header: "test",
            bits,
            fp_bits: 8,
            style_copies: copies,
            narrow_templates,
            start: std::array::from_fn(|l| l as i32 - 6),
            trans,
            end: std::array::from_fn(|l| 6 - l as i32),
            wide: &wide,
            narrow: &narrow,
            lexicon: None,
        });
        Model::parse(&bytes).expect("a model the writer wrote parses")
    }

    #[test]
    fn cached_scores_are_the_sums_of_the_features() {
        for copies in [false, true] {
            let text = if copies {
                TEXT.replace('\n', " ").repeat(4)
            } else {
                TEXT.to_string()
            };
            let model = model_for(&text, Lang::Fr, copies);
            let (words, sentences) = spans(&text, Lang::Fr);
            let mut doc = Doc::prepare(&text, &words, &sentences, Lang::Fr, None);
            doc.style_copies(copies);
            assert_eq!(doc.copy_on(), copies);
            let mut scorer = Scorer::new(&model, &doc);
            for &(s, e) in &doc.sentences.clone() {
                for i in s..e {
                    let mut want = [0i32; WIDTH];
                    doc.features_with(i, (s, e), &mut |t, v| {
                        model.add(t, feature(t, v), &mut want)
                    });
                    assert_eq!(scorer.base(&doc, i, (s, e)), want, "word {i}");
                    // Again, now from the caches.
                    assert_eq!(scorer.base(&doc, i, (s, e)), want, "word {i}, cached");
                }
            }
        }
    }

    #[test]
    fn fast_viterbi_is_viterbi() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |m: i64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % (2 * m as u64 + 1)) as i32 - m as i32
        };
        let (mut back, mut out, mut back2, mut out2) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for round in 0..300 {
            let n = 1 + round % 17;
            let m = if round % 3 == 0 { 3 } else { 1000 };
            let em: Vec<Scores> = (0..n)
                .map(|_| std::array::from_fn(|l| if l < LABELS { next(m) } else { 0 }))
                .collect();
            let start: [i32; LABELS] = std::array::from_fn(|_| next(m));
            let end: [i32; LABELS] = std::array::from_fn(|_| next(m));
            let trans: [[i32; LABELS]; LABELS] =
                std::array::from_fn(|_| std::array::from_fn(|_| next(m)));
            let narrow: Vec<[i32; LABELS]> =
                em.iter().map(|e| std::array::from_fn(|l| e[l])).collect();
            decode::viterbi(&narrow, &start, &trans, &end, &mut back, &mut out);
            let t = decode::Transitions::new(&start, &trans, &end);
            decode::viterbi_fast(&em, &t, &mut back2, &mut out2);
            assert_eq!(out, out2, "round {round}");
            for w in out.windows(2) {
                assert!(decode::allowed(w[0], w[1]));
            }
        }
    }

    #[test]
    fn any_bytes_parse_or_fail_without_panic() {
        let good = model_bytes_for_tests();
        assert!(Model::parse(&good).is_ok());
        let (words, sentences) = spans(TEXT, Lang::Fr);
        for cut in 0..good.len() {
            assert!(Model::parse(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut x = 7u64;
        for round in 0..2000 {
            let mut b = good.clone();
            for _ in 0..1 + round % 4 {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let at = (x >> 33) as usize % b.len();
                b[at] = (x >> 17) as u8;
            }
            if let Ok(m) = Model::parse(&b) {
                let _ = tag_with(&m, TEXT, &words, &sentences, Lang::Fr);
            }
        }
        for junk in [&b""[..], b"\0", b"NNER", b"\0NNER\x01", &[0xff; 64]] {
            assert!(Model::parse(junk).is_err());
        }
    }

    /// The bytes of a small model over [`TEXT`]'s features.
    fn model_bytes_for_tests() -> Vec<u8> {
        let (words, sentences) = spans(TEXT, Lang::Fr);
        let doc = Doc::prepare(TEXT, &words, &sentences, Lang::Fr, None);
        let mut rows: Vec<Row<LABELS>> = Vec::new();
        for &(s, e) in &doc.sentences {
            for i in s..e {
                doc.features_with(i, (s, e), &mut |t, v| {
                    let h = feature(t, v);
                    let (b, fp) = Model::bucket(h, 12, 8);
                    rows.push((b, fp, 1, std::array::from_fn(|l| (h >> l) as i8 % 9)));
                });
            }
        }
        rows.sort_by_key(|r| r.0);
        rows.dedup_by_key(|r| r.0);
        Model::write(&ModelParts {
            header: "test model",
            bits: 12,
            fp_bits: 8,
            style_copies: false,
            narrow_templates: 0,
            start: [0; LABELS],
            trans: [[1; LABELS]; LABELS],
            end: [0; LABELS],
            wide: &rows,
            narrow: &[],
            lexicon: None,
        })
    }

    #[test]
    fn mentions_are_sorted_disjoint_and_on_char_boundaries() {
        let model = model_for(TEXT, Lang::Fr, false);
        let (words, sentences) = spans(TEXT, Lang::Fr);
        let m = tag_with(&model, TEXT, &words, &sentences, Lang::Fr);
        assert!(!m.is_empty());
        for w in m.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        for x in &m {
            assert!(TEXT.is_char_boundary(x.span.start) && TEXT.is_char_boundary(x.span.end));
            assert!(x.span.start < x.span.end && x.span.end <= TEXT.len());
        }
        // Spans that do not fit the text are ignored, not followed.
        let bad = [
            Span::new(5, 3),
            Span::new(0, 10_000),
            Span::new(1, 2),
            Span::new(0, 1),
        ];
        let _ = tag_with(
            &model,
            TEXT,
            &bad,
            &[Span::new(9, 2), Span::new(0, 99_999)],
            Lang::Fr,
        );
        let _ = tag_with(&model, "", &[], &[], Lang::Fr);
    }
}
