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
        out.extend_from_slice(em)
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

/// Tags the text sentence by sentence, calling `f` with each sentence's first word, its labels
/// and its emission scores.
fn run(
    model: &Model,
    text: &str,
    words: &[Span],
    sentences: &[Span],
    lang: Lang,
    mut f: impl FnMut(&Doc, usize, &[u8], &[[i32; LABELS]]),
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
    let doc = Doc::prepare(text, words, sentences, lang);
    // Per spelling and offset, the sum of its word features' weights.
    let mut cache: Vec<[[i32; LABELS]; 5]> = Vec::with_capacity(doc.spellings.len());
    for sp in &doc.spellings {
        let mut v = [[0i32; LABELS]; 5];
        for (k, row) in v.iter_mut().enumerate() {
            Doc::word_features(sp, k, &mut |t, v| model.add(feature(t, v), row));
        }
        cache.push(v);
    }
    let mut edge = [[0i32; LABELS]; 5];
    for (k, row) in edge.iter_mut().enumerate() {
        Doc::edge_features(k, &mut |t, v| model.add(feature(t, v), row));
    }
    // Two passes: the first with what earlier sentences said, the second also with what the
    // first pass said about the same words everywhere else in the document.
    let mut kinds: Vec<u8> = vec![0; words.len()];
    let mut doc_hist = History::new(doc.n_lower);
    let (mut em, mut back, mut labels) = (Vec::new(), Vec::new(), Vec::new());
    for pass in 0..2 {
        let mut left = History::new(doc.n_lower);
        for &(s, e) in &doc.sentences {
            let other = if pass == 1 {
                doc_hist.unrecord(&doc, (s, e), &kinds[s..e]);
                Some(&doc_hist)
            } else {
                None
            };
            em.clear();
            for i in s..e {
                let mut acc = [0i32; LABELS];
                for (k, &o) in OFFSETS.iter().enumerate() {
                    let j = i as isize + o;
                    let add = if j < s as isize || j >= e as isize {
                        &edge[k]
                    } else {
                        &cache[doc.spelling_of[j as usize] as usize][k]
                    };
                    for (a, &x) in acc.iter_mut().zip(add) {
                        *a += x;
                    }
                }
                doc.context_features(i, (s, e), &mut |t, v| model.add(feature(t, v), &mut acc));
                doc.history_features(i, s, &left, other, &mut |t, v| {
                    model.add(feature(t, v), &mut acc)
                });
                em.push(acc);
            }
            decode::viterbi(
                &em,
                &model.start,
                &model.trans,
                &model.end,
                &mut back,
                &mut labels,
            );
            if pass == 1 {
                doc_hist.record(&doc, (s, e), &kinds[s..e]);
            }
            for (k, &l) in kinds[s..e].iter_mut().zip(&labels) {
                *k = decode::kind_of(l).map_or(0, |k| k + 1);
            }
            left.record(&doc, (s, e), &kinds[s..e]);
            if pass == 0 {
                doc_hist.record(&doc, (s, e), &kinds[s..e]);
            } else {
                f(&doc, s, &labels, &em);
            }
        }
    }
}
