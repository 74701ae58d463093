//! What the salience model sees of a sentence ([`Row`]), of the summary asked for ([`Context`])
//! and of the whole text ([`NEWS_INPUTS`]).
//!
//! Everything here is computed from what the stages before salience already have: the sentence
//! spans and kinds, each body sentence's TF-IDF vector, centrality and word counts, the title's
//! terms. Each pass is over the sentences or their vectors' entries, so the cost grows linearly
//! with the text; the only words read again are those of the first sentences ([`you_share`]).

use super::cues::{self, Opener};
use crate::analysis::Sentence;
use crate::lang::Lang;
use crate::options::Length;
use crate::score::Vectors;
use crate::terms::WordStats;
use crate::tokens::Tokens;

/// The number of features of a sentence.
pub const FEATURES: usize = 41;

/// The features' names, in [`Row`] order (the weights file lists them in this order too).
pub const NAMES: [&str; FEATURES] = [
    "base",
    "centrality",
    "position",
    "first",
    "second",
    "third",
    "relative_position",
    "title",
    "title_weight",
    "density",
    "log_words",
    "words_8",
    "words_15",
    "words_25",
    "words_40",
    "long",
    "question",
    "exclamation",
    "colon",
    "paragraph_start",
    "first_paragraph",
    "quote_open",
    "quote_close",
    "anaphora",
    "connective",
    "after_question",
    "novelty",
    "centroid",
    "frequency",
    "relative_length",
    "first_short",
    "first_question",
    "first_anaphora",
    "second_short",
    "first_title",
    "first_density",
    "in_paragraph",
    "paragraph_index",
    "second_hook",
    "third_hook",
    "personal",
];

/// Each feature's index in a [`Row`], and what it measures (all in [0, 1] unless said).
pub mod f {
    /// Always 1: its weight is the model's intercept.
    pub const BASE: usize = 0;
    /// LexRank degree centrality ([`crate::score::centrality`]).
    pub const CENTRALITY: usize = 1;
    /// `1 / (1 + i/5)` for the `i`-th body sentence.
    pub const POSITION: usize = 2;
    /// The first, second and third body sentences (one-hot).
    pub const FIRST: usize = 3;
    pub const SECOND: usize = 4;
    pub const THIRD: usize = 5;
    /// `i / (n - 1)`: how far into the text.
    pub const RELATIVE_POSITION: usize = 6;
    /// The share of the title's terms the sentence has, and its TF-IDF weight on them.
    pub const TITLE: usize = 7;
    pub const TITLE_WEIGHT: usize = 8;
    /// Names and figures per word (×4, capped at 1).
    pub const DENSITY: usize = 9;
    /// `ln(1 + words) / 4`, and length bands: up to 8 words, 9–15, 16–25, 26–40, over 55.
    pub const LOG_WORDS: usize = 10;
    pub const WORDS_8: usize = 11;
    pub const WORDS_15: usize = 12;
    pub const WORDS_25: usize = 13;
    pub const WORDS_40: usize = 14;
    pub const LONG: usize = 15;
    /// Ends with `?`, `!`, `:`.
    pub const QUESTION: usize = 16;
    pub const EXCLAMATION: usize = 17;
    pub const COLON: usize = 18;
    /// Starts a paragraph; stands in the first paragraph (see [`super::features`] for when a
    /// text's line breaks count as paragraphs).
    pub const PARAGRAPH_START: usize = 19;
    pub const FIRST_PARAGRAPH: usize = 20;
    /// Opens, or closes, with a quotation mark.
    pub const QUOTE_OPEN: usize = 21;
    pub const QUOTE_CLOSE: usize = 22;
    /// Opens with a pronoun or demonstrative, or a connective ([`super::cues`]).
    pub const ANAPHORA: usize = 23;
    pub const CONNECTIVE: usize = 24;
    /// The sentence before it is a question.
    pub const AFTER_QUESTION: usize = 25;
    /// `1 -` its cosine with the centroid of the sentences before it (1 for the first).
    pub const NOVELTY: usize = 26;
    /// Its cosine with the centroid of all the body sentences.
    pub const CENTROID: usize = 27;
    /// The sum of its terms' document frequencies, over the text's greatest such sum.
    pub const FREQUENCY: usize = 28;
    /// Its words over the text's mean (capped at 3).
    pub const RELATIVE_LENGTH: usize = 29;
    /// The first sentence when it is short (up to 12 words), a question, or opens with a pronoun.
    pub const FIRST_SHORT: usize = 30;
    pub const FIRST_QUESTION: usize = 31;
    pub const FIRST_ANAPHORA: usize = 32;
    /// The second sentence when it is short.
    pub const SECOND_SHORT: usize = 33;
    /// The first sentence's title overlap, and its density.
    pub const FIRST_TITLE: usize = 34;
    pub const FIRST_DENSITY: usize = 35;
    /// `1 / (1 + j)` for the `j`-th sentence of its paragraph, and `1 / (1 + p)` for paragraph `p`.
    pub const IN_PARAGRAPH: usize = 36;
    pub const PARAGRAPH_INDEX: usize = 37;
    /// The second, and third, sentence when the first only hooks the reader (short, a question,
    /// or without any name or figure).
    pub const SECOND_HOOK: usize = 38;
    pub const THIRD_HOOK: usize = 39;
    /// Opens with a first- or second-person pronoun ("I", "You", "Nous").
    pub const PERSONAL: usize = 40;
}

/// One body sentence's features.
pub type Row = [f32; FEATURES];

/// The number of inputs of the news score.
pub const NEWS_INPUTS: usize = 6;

/// The inputs of the news score ([`super::news`]), in order: the first body sentence's density and
/// whether it is a question or opens in the first or second person; the shares of the body
/// sentences that are questions (outside quotations); the mean density; the share of the first
/// 30 sentences, outside quotations, that address the reader ([`you_share`]).
pub const NEWS_NAMES: [&str; NEWS_INPUTS] = [
    "first_density",
    "first_question",
    "first_personal",
    "question_share",
    "density_mean",
    "you_share",
];

/// What the summary asked for is, for this text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Context {
    /// From 0 for a short summary (up to a fifth of the sentences) to 1 for a digest (two fifths
    /// or more): [`long_summary`].
    pub digest: f32,
    /// 1 when the summary is a single sentence, else 0.
    pub single: f32,
}

/// The features of a text's body sentences.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// One row per body sentence, in order.
    pub rows: Vec<Row>,
    pub context: Context,
    /// The inputs of the news score.
    pub news: [f32; NEWS_INPUTS],
}

/// What the features are computed from: the pipeline's stages before salience.
pub struct Inputs<'a> {
    pub text: &'a str,
    pub lang: Lang,
    /// All the sentences (headings and boilerplate too: they mark paragraphs).
    pub sentences: &'a [Sentence],
    /// The text's tokens, split by sentence.
    pub tokens: &'a Tokens,
    /// The indices of the body sentences in `sentences`.
    pub body: &'a [usize],
    /// The body sentences' TF-IDF vectors, centralities and word counts.
    pub vectors: &'a Vectors,
    pub central: &'a [f32],
    pub stats: &'a [WordStats],
    /// The title's terms (sorted, distinct; empty without a title).
    pub title: &'a [u32],
    /// The number of distinct terms (term ids are below it).
    pub n_terms: usize,
    pub length: Length,
}

/// The features of every body sentence, in order.
pub fn features(inp: &Inputs) -> Features {
    let n = inp.body.len();
    if n == 0 {
        return Features::default();
    }
    let text = inp.text;
    let mut rows = vec![[0f32; FEATURES]; n];
    let total_words: u64 = inp.stats.iter().map(|s| s.words as u64).sum();
    let mean_words = (total_words as f32 / n as f32).max(1.0);
    let k = budget_sentences(inp.length, n, mean_words);
    let context = Context {
        digest: long_summary(k as f32 / n as f32),
        single: (k == 1) as u8 as f32,
    };

    let (centroid, centroid_norm, freq, max_freq) = term_weights(inp);
    let (breaks, grouped) = paragraph_breaks(inp);

    // The sentences before each one, as the sum of their vectors and its squared norm.
    let mut before = vec![0f32; inp.n_terms];
    let mut before_sq = 0f32;
    let (mut paragraph, mut in_paragraph) = (0usize, 0usize);
    let (mut prev_question, mut hook) = (false, 0.0);
    let (mut questions, mut density_sum) = (0.0, 0.0);
    let mut word = String::new();
    let b = |c: bool| c as u8 as f32;
    for (k, &i) in inp.body.iter().enumerate() {
        let starts = k == 0 || (grouped && breaks[k]);
        if starts && k > 0 {
            paragraph += 1;
        }
        in_paragraph = if starts { 0 } else { in_paragraph + 1 };
        let v = inp.vectors.get(k);
        let dot_before: f32 = v.iter().map(|&(t, w)| before[t as usize] * w).sum();
        let novelty = if before_sq > 0.0 {
            1.0 - dot_before / before_sq.sqrt()
        } else {
            1.0
        };
        for &(t, w) in v {
            before[t as usize] += w;
        }
        before_sq += 2.0 * dot_before + v.iter().map(|(_, w)| w * w).sum::<f32>();
        let to_centroid: f32 = v
            .iter()
            .map(|&(t, w)| centroid[t as usize] * w)
            .sum::<f32>()
            / centroid_norm;

        let stats = inp.stats[k];
        let words = stats.words;
        let s = inp.sentences[i].span.of(text);
        let end = s.trim_end_matches(['"', '”', '»', '\'', '’', ')', ' ']);
        let question = end.ends_with('?');
        let opener = first_word(s, &mut word).map_or(Opener::Other, |w| cues::opener(inp.lang, w));
        let (first, second, third) = (b(k == 0), b(k == 1), b(k == 2));
        let (title, title_weight) = title_overlap(v, inp.title);
        let density = density(stats);
        let short = b(words <= 12);
        if k == 0 {
            hook = b(words <= 12 || question || stats.marked == 0);
        }
        let r = &mut rows[k];
        r[f::BASE] = 1.0;
        r[f::CENTRALITY] = inp.central[k];
        r[f::POSITION] = 1.0 / (1.0 + k as f32 / 5.0);
        r[f::FIRST] = first;
        r[f::SECOND] = second;
        r[f::THIRD] = third;
        r[f::RELATIVE_POSITION] = if n > 1 {
            k as f32 / (n - 1) as f32
        } else {
            0.0
        };
        r[f::TITLE] = title;
        r[f::TITLE_WEIGHT] = title_weight;
        r[f::DENSITY] = density;
        r[f::LOG_WORDS] = libm::logf((1 + words) as f32) / 4.0;
        r[f::WORDS_8] = b(words <= 8);
        r[f::WORDS_15] = b((9..=15).contains(&words));
        r[f::WORDS_25] = b((16..=25).contains(&words));
        r[f::WORDS_40] = b((26..=40).contains(&words));
        r[f::LONG] = b(words > 55);
        r[f::QUESTION] = b(question);
        r[f::EXCLAMATION] = b(end.ends_with('!'));
        r[f::COLON] = b(end.ends_with(':'));
        r[f::PARAGRAPH_START] = b(starts);
        r[f::FIRST_PARAGRAPH] = b(paragraph == 0);
        r[f::QUOTE_OPEN] = b(s.starts_with(['"', '“', '«', '„', '»', '‘', '‹', '「']));
        r[f::QUOTE_CLOSE] = b(s.ends_with(['"', '”', '»', '’', '›', '」']));
        r[f::ANAPHORA] = b(opener == Opener::Anaphora);
        r[f::CONNECTIVE] = b(opener == Opener::Connective);
        r[f::AFTER_QUESTION] = b(prev_question);
        r[f::NOVELTY] = novelty.clamp(0.0, 1.0);
        r[f::CENTROID] = to_centroid;
        r[f::FREQUENCY] = freq[k] / max_freq;
        r[f::RELATIVE_LENGTH] = (words as f32 / mean_words).min(3.0);
        r[f::FIRST_SHORT] = first * short;
        r[f::FIRST_QUESTION] = first * b(question);
        r[f::FIRST_ANAPHORA] = first * b(opener == Opener::Anaphora);
        r[f::SECOND_SHORT] = second * short;
        r[f::FIRST_TITLE] = first * title;
        r[f::FIRST_DENSITY] = first * density;
        r[f::IN_PARAGRAPH] = 1.0 / (1.0 + in_paragraph as f32);
        r[f::PARAGRAPH_INDEX] = 1.0 / (1.0 + paragraph as f32);
        r[f::SECOND_HOOK] = second * hook;
        r[f::THIRD_HOOK] = third * hook;
        r[f::PERSONAL] = b(opener == Opener::Personal);
        let quoted = r[f::QUOTE_OPEN] > 0.0 || r[f::QUOTE_CLOSE] > 0.0;
        questions += b(question && !quoted);
        density_sum += density;
        prev_question = question;
    }
    let r0 = &rows[0];
    let news = [
        r0[f::DENSITY],
        r0[f::QUESTION],
        r0[f::PERSONAL],
        questions / n as f32,
        density_sum / n as f32,
        you_share(inp),
    ];
    Features {
        rows,
        context,
        news,
    }
}

/// Over the body's vectors: the centroid (the sum of the vectors) and its norm, and each
/// sentence's sum of its terms' document frequencies with the largest such sum.
fn term_weights(inp: &Inputs) -> (Vec<f32>, f32, Vec<f32>, f32) {
    let n = inp.body.len();
    // Document frequencies and the centroid, in one pass over the vectors; then each sentence's
    // sum of frequencies.
    let mut df = vec![0u32; inp.n_terms];
    let mut centroid = vec![0f32; inp.n_terms];
    for k in 0..n {
        for &(t, w) in inp.vectors.get(k) {
            df[t as usize] += 1;
            centroid[t as usize] += w;
        }
    }
    let centroid_norm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt().max(1e-9);
    let freq: Vec<f32> = (0..n)
        .map(|k| {
            let v = inp.vectors.get(k);
            v.iter().map(|&(t, _)| df[t as usize] as f32).sum()
        })
        .collect();
    let max_freq = freq.iter().cloned().fold(0.0, f32::max).max(1e-9);
    (centroid, centroid_norm, freq, max_freq)
}

/// Whether each body sentence starts a paragraph, and whether paragraphs group sentences at all.
/// A paragraph starts after a line break, or after a heading or boilerplate line. Paragraphs tell
/// something only when they group sentences: a text on one line, or with every sentence on a line
/// of its own (as some corpora lay news out), is read as one paragraph.
fn paragraph_breaks(inp: &Inputs) -> (Vec<bool>, bool) {
    let n = inp.body.len();
    let breaks: Vec<bool> = (0..n)
        .map(|k| {
            k == 0 || {
                let (a, b) = (inp.body[k - 1], inp.body[k]);
                a + 1 != b
                    || inp
                        .text
                        .get(inp.sentences[a].span.end..inp.sentences[b].span.start)
                        .is_some_and(|g| g.contains('\n'))
            }
        })
        .collect();
    let grouped = breaks.iter().filter(|&&b| b).count() * 3 <= n * 2;
    (breaks, grouped)
}

/// The share of the first 30 body sentences, outside quotations, with a word that addresses the
/// reader ("you", "vous": [`cues::is_second_person`]). Guides, blog posts and essays speak to
/// their reader; news rarely does but in quotations. Reads at most 30 sentences' words.
pub fn you_share(inp: &Inputs) -> f32 {
    const SAMPLE: usize = 30;
    let mut buf = String::new();
    let (mut seen, mut you) = (0u32, 0u32);
    for &i in inp.body.iter().take(SAMPLE) {
        let span = inp.sentences[i].span;
        if span.of(inp.text).contains(['"', '“', '”', '«', '»', '„']) {
            continue;
        }
        seen += 1;
        let hit = inp.tokens.sentence(i).iter().any(|t| {
            let word = t.span.of(inp.text);
            word.len() <= 16
                && cues::is_second_person(inp.lang, crate::text::lowercase_into(&mut buf, word))
        });
        you += hit as u32;
    }
    you as f32 / seen.max(1) as f32
}

/// The first word of `s`, lowercase, in `buf` (`None` if it has none).
fn first_word<'a>(s: &str, buf: &'a mut String) -> Option<&'a str> {
    buf.clear();
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    for c in s.chars().take_while(|c| c.is_alphanumeric()).take(16) {
        buf.extend(c.to_lowercase());
    }
    (!buf.is_empty()).then_some(buf.as_str())
}

/// How far a summary of `share` of the sentences is from a short one (up to a fifth of the text:
/// 0) toward a digest (two fifths or more: 1). Short summaries of texts of every length share one
/// set of weights, and so do digests: a share outside the range the training summaries cover
/// (news leads of 1 to 3 sentences; digests of about 40 %) does not extrapolate the weights.
pub fn long_summary(share: f32) -> f32 {
    ((share - 0.2) / 0.2).clamp(0.0, 1.0)
}

/// The number of sentences a budget asks for, out of `n` of `mean_words` words on average.
pub fn budget_sentences(length: Length, n: usize, mean_words: f32) -> usize {
    let k = match length {
        Length::Auto => crate::summary::auto_sentences(n),
        Length::Sentences(k) => k,
        Length::Ratio(r) => ((n as f64) * r).ceil() as usize,
        Length::Words(w) => (w as f32 / mean_words).round() as usize,
        Length::Seconds(s) => {
            let words = s.saturating_mul(crate::summary::WORDS_PER_MINUTE) / 60;
            (words as f32 / mean_words).round() as usize
        }
    };
    k.clamp(1, n.max(1))
}

/// The share of the title's terms a sentence has, and the sentence's TF-IDF weight on them.
fn title_overlap(v: &[(u32, f32)], title: &[u32]) -> (f32, f32) {
    if title.is_empty() {
        return (0.0, 0.0);
    }
    let (mut hits, mut weight) = (0, 0.0);
    for &t in title {
        if let Ok(p) = v.binary_search_by_key(&t, |&(x, _)| x) {
            hits += 1;
            weight += v[p].1;
        }
    }
    (hits as f32 / title.len() as f32, weight)
}

/// Names (capitalised words not at the sentence start) and figures per word, ×4, capped at 1.
fn density(stats: WordStats) -> f32 {
    if stats.words == 0 {
        return 0.0;
    }
    (stats.marked as f32 / stats.words as f32 * 4.0).min(1.0)
}
