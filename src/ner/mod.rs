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
//! The entry point is [`tag`]: words and sentences in (byte spans, as [`crate::token::words`]
//! and [`crate::segment::sentences`] give them, which is what the model was trained on),
//! mentions out (byte spans, sorted, disjoint). Scores are integers, so a model tags the same
//! natively and in WebAssembly.

pub mod decode;
pub mod features;
pub mod model;

use crate::analysis::EntityKind;
use crate::lang::Lang;
use crate::span::Span;
use crate::hash::FastMap;
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

/// The model for `lang` that is built into the library, or `None` when there is none (the
/// caller then falls back to the rules). Parsed on first use.
pub fn model(lang: Lang) -> Option<&'static Model> {
    static MODELS: [OnceLock<Option<Model>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let i = lang.index()?;
    MODELS[i]
        .get_or_init(|| embedded(lang).and_then(|b| Model::parse(b).ok()))
        .as_ref()
}

/// The bytes of the model built in for `lang`.
pub fn embedded(lang: Lang) -> Option<&'static [u8]> {
    let _ = lang;
    None
}

/// The mentions of people, organisations and places in `text`, by the built-in model for
/// `lang`: `None` if there is none. `words` and `sentences` are byte spans over `text`, sorted,
/// as [`crate::token::words`] and [`crate::segment::sentences`] give them. Mentions are sorted
/// and disjoint; each covers whole words (and a final "." after a one-letter word, as in
/// "U.S."). Linear in the text; never panics.
pub fn tag(text: &str, words: &[Span], sentences: &[Span], lang: Lang) -> Option<Vec<Mention>> {
    Some(tag_with(model(lang)?, text, words, sentences, lang))
}

/// [`tag`] for a text alone: its words and sentences are found first.
pub fn tag_text(text: &str, lang: Lang) -> Option<Vec<Mention>> {
    let model = model(lang)?;
    let words: Vec<Span> = crate::token::words(text).map(|w| w.span).collect();
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
    let mut doc = Doc::prepare(text, words, sentences, lang);
    doc.style_copies(model.style_copies());
    let trans = decode::Transitions::new(&model.start, &model.trans, &model.end);

    let mut pool = Pool::default();
    // Per spelling and offset, the pool index of the sum of its word features' weights.
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
    let mut by_context: FastMap<u64, u32> = FastMap::default();

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
                let mut acc = [0i32; WIDTH];
                for (k, &o) in OFFSETS.iter().enumerate() {
                    let j = i as isize + o;
                    let id = if j < s as isize || j >= e as isize {
                        edge[k]
                    } else {
                        by_spelling[doc.spelling_of[j as usize] as usize][k]
                    };
                    add_small(&mut acc, &pool.vecs[id as usize]);
                }
                let mut ctx = [0i32; WIDTH];
                let context = |ctx: &mut Scores| {
                    doc.context_features(i, (s, e), &mut |t, h| model.add(t, feature(t, h), ctx))
                };
                match doc.context_key(i, (s, e)) {
                    Some(key) => {
                        let id = match by_context.get(&key) {
                            Some(&id) => id,
                            None => {
                                context(&mut ctx);
                                let id = pool.intern(ctx);
                                by_context.insert(key, id);
                                id
                            }
                        };
                        add_small(&mut acc, &pool.vecs[id as usize]);
                    }
                    None => {
                        context(&mut ctx);
                        add_to(&mut acc, &ctx);
                    }
                }
                base.push(acc);
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
