//! Learned salience: how much each body sentence belongs in a summary.
//!
//! A sentence's score is `σ(z)`, the logistic of a linear function of its [`features`]: `z =
//! Σ w_j · x_j`. The weights are learned from `../shared/train/summaries` by
//! `scripts/train-salience` (`examples/train_salience.rs`, which computes the features with this
//! very code) and committed as data in `scripts/salience-model.rs`; the header of that file says
//! how and with what figures. They depend on the text and on the summary asked for, in three
//! ways, all visible in [`weights`]:
//! - **the budget** ([`features::Context`]): a short summary (a lead's worth) and a digest (two
//!   fifths of the sentences) weigh features differently, with a ramp between, and a
//!   one-sentence summary has its own adjustments;
//! - **the genre** ([`news`]): a small logistic model reads whether the text is news (names and
//!   figures, few questions, no "you" addressed to the reader). Every feature that says where a
//!   sentence stands ([`GATED`]) counts only as much as the text reads as news, so an essay, a
//!   guide or a report does not get its first sentences by default;
//! - nothing else: the same model serves every language.
//!
//! The score's parts ([`ScoreParts`]) are the contributions to `z` of groups of features, each
//! measured from the average training sentence, so that `score = σ(base + Σ parts)` exactly and a
//! part above 0 raised the sentence above a typical one.

pub mod cues;
pub mod features;

pub use features::{f, NEWS_NAMES};
pub use features::{features, Context, Features, Inputs, Row, FEATURES, NAMES, NEWS_INPUTS};

use crate::analysis::ScoreParts;

/// A linear model over [`Row`]s, and the news score that gates its position features.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Each feature's weight in a short summary of more than one sentence.
    pub weights: [f32; FEATURES],
    /// What each weight gains in a digest (times [`Context::digest`]).
    pub digest: [f32; FEATURES],
    /// What each weight gains in a one-sentence summary (times [`Context::single`]).
    pub single: [f32; FEATURES],
    /// The news score: `σ(news_bias + Σ news_weights · inputs)` over [`NEWS_NAMES`].
    pub news_bias: f32,
    pub news_weights: [f32; NEWS_INPUTS],
    /// The features' means over the training sentences: parts are measured from them.
    pub mean: [f32; FEATURES],
    /// Maximal marginal relevance: what a candidate loses per unit of cosine similarity to the
    /// closest sentence already chosen ([`crate::summary::select`]).
    pub redundancy: f32,
}

include!("../../scripts/salience-model.rs");

/// How much a text reads as news: the news score, in (0, 1).
pub fn news(model: &Model, inputs: &[f32; NEWS_INPUTS]) -> f32 {
    let z: f32 = model
        .news_weights
        .iter()
        .zip(inputs)
        .map(|(w, x)| w * x)
        .sum();
    sigmoid(model.news_bias + z)
}

/// How much position counts for a text of news score `news`: fully from 0.5 up, not at all
/// below 0.15 (where most of the training web texts that are not news fall, and few news
/// stories), linearly between.
pub fn gate(news: f32) -> f32 {
    ((news - 0.15) / 0.35).clamp(0.0, 1.0)
}

/// The features that say where a sentence stands or how the text opens: they count only as much
/// as [`gate`] says.
pub const GATED: [bool; FEATURES] = {
    let list = [
        f::POSITION,
        f::FIRST,
        f::SECOND,
        f::THIRD,
        f::RELATIVE_POSITION,
        f::PARAGRAPH_START,
        f::FIRST_PARAGRAPH,
        f::IN_PARAGRAPH,
        f::PARAGRAPH_INDEX,
        f::NOVELTY,
        f::AFTER_QUESTION,
        f::FIRST_SHORT,
        f::FIRST_QUESTION,
        f::FIRST_ANAPHORA,
        f::SECOND_SHORT,
        f::FIRST_TITLE,
        f::FIRST_DENSITY,
        f::SECOND_HOOK,
        f::THIRD_HOOK,
    ];
    let mut g = [false; FEATURES];
    let mut i = 0;
    while i < list.len() {
        g[list[i]] = true;
        i += 1;
    }
    g
};

/// The weights `model` gives the sentences of a text with these `features`.
pub fn weights(model: &Model, features: &Features) -> [f32; FEATURES] {
    let c = features.context;
    let gate = gate(news(model, &features.news));
    let mut w = [0f32; FEATURES];
    for j in 0..FEATURES {
        w[j] = model.weights[j] + model.digest[j] * c.digest + model.single[j] * c.single;
        if GATED[j] {
            w[j] *= gate;
        }
    }
    w
}

/// Which part of [`ScoreParts`] each feature adds to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Base,
    Centrality,
    Position,
    Paragraph,
    Title,
    Density,
    Form,
    Quotation,
    Cues,
    Novelty,
}

const PART: [Part; FEATURES] = {
    use Part::*;
    let mut p = [Form; FEATURES];
    p[f::BASE] = Base;
    p[f::CENTRALITY] = Centrality;
    p[f::CENTROID] = Centrality;
    p[f::FREQUENCY] = Centrality;
    let position = [
        f::POSITION,
        f::FIRST,
        f::SECOND,
        f::THIRD,
        f::RELATIVE_POSITION,
        f::FIRST_SHORT,
        f::FIRST_QUESTION,
        f::FIRST_ANAPHORA,
        f::SECOND_SHORT,
        f::FIRST_TITLE,
        f::FIRST_DENSITY,
        f::SECOND_HOOK,
        f::THIRD_HOOK,
    ];
    let mut i = 0;
    while i < position.len() {
        p[position[i]] = Position;
        i += 1;
    }
    p[f::PARAGRAPH_START] = Paragraph;
    p[f::FIRST_PARAGRAPH] = Paragraph;
    p[f::IN_PARAGRAPH] = Paragraph;
    p[f::PARAGRAPH_INDEX] = Paragraph;
    p[f::TITLE] = Title;
    p[f::TITLE_WEIGHT] = Title;
    p[f::DENSITY] = Density;
    p[f::QUOTE_OPEN] = Quotation;
    p[f::QUOTE_CLOSE] = Quotation;
    p[f::ANAPHORA] = Cues;
    p[f::CONNECTIVE] = Cues;
    p[f::PERSONAL] = Cues;
    p[f::AFTER_QUESTION] = Cues;
    p[f::NOVELTY] = Novelty;
    p
};

/// A sentence's score and its parts, with the weights `w` of its text ([`weights`]).
pub fn score(row: &Row, model: &Model, w: &[f32; FEATURES]) -> (f32, ScoreParts) {
    let mut parts = ScoreParts::default();
    for j in 0..FEATURES {
        let (from_mean, at_mean) = (w[j] * (row[j] - model.mean[j]), w[j] * model.mean[j]);
        parts.base += at_mean;
        let part = match PART[j] {
            Part::Base => &mut parts.base,
            Part::Centrality => &mut parts.centrality,
            Part::Position => &mut parts.position,
            Part::Paragraph => &mut parts.paragraph,
            Part::Title => &mut parts.title,
            Part::Density => &mut parts.density,
            Part::Form => &mut parts.form,
            Part::Quotation => &mut parts.quotation,
            Part::Cues => &mut parts.cues,
            Part::Novelty => &mut parts.novelty,
        };
        *part += from_mean;
    }
    (sigmoid(parts.sum()), parts)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + libm::expf(-z))
}
