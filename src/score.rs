//! Salience: how much each body sentence belongs in a summary.
//!
//! A sentence's score combines, with weights in [`Weights`]:
//! - **centrality**: LexRank-style PageRank over a sparse similarity graph of TF-IDF vectors of
//!   stemmed, stopword-free terms. The graph is built from an inverted index, and for each term a
//!   sentence is compared only with its [`WINDOW`] nearest neighbours in that term's posting list,
//!   and keeps its [`TOP_K`] best neighbours, so cost grows linearly with the text;
//! - **position**: a prior that favours the lead of an article without being a hard lead rule;
//! - **title**: overlap with the headline's terms;
//! - **density**: names and figures per word;
//! - **form**: a multiplier that demotes fragments, very long sentences and questions.

use crate::analysis::ScoreParts;
use crate::span::Span;
use crate::token::words_in;

/// A sentence's terms as a sparse vector: (term id, weight), sorted by term id.
pub type Vector = Vec<(u32, f32)>;

/// For each term, a sentence is compared with at most this many neighbours on each side of it in
/// the term's posting list.
pub const WINDOW: usize = 8;
/// Each sentence keeps at most this many neighbours in the similarity graph.
pub const TOP_K: usize = 8;
/// Similarities below this are not edges.
const MIN_SIMILARITY: f32 = 0.03;
/// PageRank damping and iterations.
const DAMPING: f32 = 0.85;
const ITERATIONS: usize = 30;
/// PageRank stops early once the ranks move less than this in total (L1).
const CONVERGED: f32 = 1e-4;

/// How the parts combine into a score.
#[derive(Clone, Copy, Debug)]
pub struct Weights {
    pub centrality: f32,
    pub position: f32,
    pub title: f32,
    pub density: f32,
}

/// Weights chosen by measurement: a grid search over the parts exported by the CLI, scored by
/// ROUGE-1/2 against the references of `../shared/data/summaries` (CNN/DailyMail, OrangeSum),
/// keeping the weights (and the position prior's shape) whose worse set gains most over Lead-k.
/// Centrality earns a small weight on news, whose lead carries most of what it would find; it
/// matters more on texts without a headline or a news lead. The README gives the figures.
pub const WEIGHTS: Weights = Weights {
    centrality: 0.05,
    position: 0.5,
    title: 0.3,
    density: 0.15,
};

/// TF-IDF vectors, unit length, of sentences given as lists of term ids (`n_terms` distinct).
pub fn tfidf(sentences: &[Vec<u32>], n_terms: usize) -> Vec<Vector> {
    let mut df = vec![0u32; n_terms];
    let mut seen = vec![u32::MAX; n_terms];
    for (i, terms) in sentences.iter().enumerate() {
        for &t in terms {
            if seen[t as usize] != i as u32 {
                seen[t as usize] = i as u32;
                df[t as usize] += 1;
            }
        }
    }
    let n = sentences.len().max(1) as f32;
    // One logarithm per distinct term, not per occurrence.
    let idf: Vec<f32> = df
        .iter()
        .map(|&d| {
            if d == 0 {
                0.0
            } else {
                (1.0 + n / d as f32).ln()
            }
        })
        .collect();
    sentences
        .iter()
        .map(|terms| {
            let mut sorted = terms.clone();
            sorted.sort_unstable();
            let mut v: Vector = Vec::with_capacity(sorted.len());
            for t in sorted {
                match v.last_mut() {
                    Some((last, w)) if *last == t => *w += 1.0,
                    _ => v.push((t, 1.0)),
                }
            }
            for (t, w) in v.iter_mut() {
                // Most terms occur once in a sentence: skip the logarithm then.
                let tf = if *w > 1.0 { 1.0 + w.ln() } else { 1.0 };
                *w = tf * idf[*t as usize];
            }
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect()
}

/// Cosine similarity of two unit vectors.
pub fn cosine(a: &Vector, b: &Vector) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// LexRank centrality of each vector, scaled so that the most central is 1 (all 0 if no edges).
pub fn centrality(vectors: &[Vector], n_terms: usize) -> Vec<f32> {
    let n = vectors.len();
    if n == 0 {
        return Vec::new();
    }
    // Posting lists of (sentence, weight), and each (sentence, term)'s position in its list.
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n_terms];
    let mut positions: Vec<Vec<u32>> = Vec::with_capacity(n);
    for (s, v) in vectors.iter().enumerate() {
        positions.push(
            v.iter()
                .map(|&(t, w)| {
                    let list = &mut postings[t as usize];
                    list.push((s as u32, w));
                    (list.len() - 1) as u32
                })
                .collect(),
        );
    }
    // Sparse neighbours: dot products accumulated in a scratch array, reset through `touched`.
    let mut acc = vec![0f32; n];
    let mut touched: Vec<u32> = Vec::new();
    let mut edges: Vec<Vec<(u32, f32)>> = Vec::with_capacity(n);
    for (s, v) in vectors.iter().enumerate() {
        for (k, &(t, w)) in v.iter().enumerate() {
            let list = &postings[t as usize];
            let p = positions[s][k] as usize;
            let lo = p.saturating_sub(WINDOW);
            let hi = (p + WINDOW + 1).min(list.len());
            for &(o, ow) in &list[lo..hi] {
                if o as usize == s {
                    continue;
                }
                if acc[o as usize] == 0.0 {
                    touched.push(o);
                }
                acc[o as usize] += w * ow;
            }
        }
        let mut near: Vec<(u32, f32)> = touched
            .drain(..)
            .map(|o| {
                let sim = acc[o as usize];
                acc[o as usize] = 0.0;
                (o, sim)
            })
            .filter(|&(_, sim)| sim >= MIN_SIMILARITY)
            .collect();
        let by_similarity =
            |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if near.len() > TOP_K {
            near.select_nth_unstable_by(TOP_K, by_similarity);
            near.truncate(TOP_K);
        }
        near.sort_unstable_by(by_similarity);
        edges.push(near);
    }
    // Make the graph symmetric: an edge kept by either end goes both ways (an edge kept by both
    // counts twice, a mild boost for mutual neighbours). No membership test, so a hub that many
    // sentences keep costs its degree once, not its degree squared.
    let mut adj: Vec<Vec<(u32, f32)>> = edges.clone();
    for (s, near) in edges.iter().enumerate() {
        for &(o, sim) in near {
            adj[o as usize].push((s as u32, sim));
        }
    }
    let out_weight: Vec<f32> = adj.iter().map(|e| e.iter().map(|x| x.1).sum()).collect();
    let mut rank = vec![1.0 / n as f32; n];
    let mut next = vec![0f32; n];
    for _ in 0..ITERATIONS {
        let base = (1.0 - DAMPING) / n as f32;
        let mut dangling = 0.0;
        for (s, r) in rank.iter().enumerate() {
            if out_weight[s] == 0.0 {
                dangling += r;
            }
        }
        next.iter_mut()
            .for_each(|x| *x = base + DAMPING * dangling / n as f32);
        for (s, e) in adj.iter().enumerate() {
            if out_weight[s] > 0.0 {
                let share = DAMPING * rank[s] / out_weight[s];
                for &(o, sim) in e {
                    next[o as usize] += share * sim;
                }
            }
        }
        let change: f32 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < CONVERGED {
            break;
        }
    }
    let max = rank.iter().cloned().fold(0.0, f32::max);
    let min = rank.iter().cloned().fold(f32::MAX, f32::min);
    if max - min <= f32::EPSILON {
        return vec![0.0; n];
    }
    rank.iter().map(|r| (r - min) / (max - min)).collect()
}

/// The position prior of the `i`-th body sentence: `1 / (1 + i/5)`, high for the lead and
/// decaying slowly, so a central or headline-like sentence further down can still win.
pub fn position(i: usize) -> f32 {
    1.0 / (1.0 + i as f32 / 5.0)
}

/// Overlap of a sentence's terms with the title's: the share of title terms the sentence has.
pub fn title_overlap(sentence: &Vector, title: &[u32]) -> f32 {
    if title.is_empty() {
        return 0.0;
    }
    let hits = title
        .iter()
        .filter(|&&t| sentence.binary_search_by_key(&t, |&(x, _)| x).is_ok())
        .count();
    hits as f32 / title.len() as f32
}

/// Names (capitalised words not at the sentence start) and figures per word, scaled to [0, 1].
pub fn density(text: &str, span: Span) -> f32 {
    let (mut n, mut hits) = (0usize, 0usize);
    for (k, w) in words_in(text, span).enumerate() {
        n += 1;
        let first = w.span.of(text).chars().next().unwrap_or(' ');
        if w.numeric || (k > 0 && first.is_uppercase()) {
            hits += 1;
        }
    }
    if n == 0 {
        return 0.0;
    }
    (hits as f32 / n as f32 * 4.0).min(1.0)
}

/// The form multiplier: fragments, very long sentences and questions are demoted.
pub fn form(text: &str, span: Span) -> f32 {
    let n = words_in(text, span).count();
    let s = span
        .of(text)
        .trim_end_matches(['"', '”', '»', '\'', '’', ')', ' ']);
    let mut f = match n {
        0..=3 => 0.2,
        4..=6 => 0.6,
        7..=9 => 0.85,
        10..=45 => 1.0,
        46..=70 => 0.85,
        _ => 0.6,
    };
    if s.ends_with('?') {
        f *= 0.6;
    }
    if s.ends_with(':') {
        f *= 0.7;
    }
    f
}

/// The parts and the combined score of one sentence.
pub fn combine(parts: ScoreParts, w: &Weights) -> f32 {
    parts.form
        * (w.centrality * parts.centrality
            + w.position * parts.position
            + w.title * parts.title
            + w.density * parts.density)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tfidf_vectors_are_unit_length_and_cosine_is_symmetric() {
        let v = tfidf(&[vec![0, 1, 1], vec![1, 2], vec![3]], 4);
        for x in &v {
            let norm: f32 = x.iter().map(|(_, w)| w * w).sum();
            assert!((norm - 1.0).abs() < 1e-5);
        }
        assert!((cosine(&v[0], &v[1]) - cosine(&v[1], &v[0])).abs() < 1e-6);
        assert_eq!(cosine(&v[0], &v[2]), 0.0);
    }

    #[test]
    fn the_sentence_sharing_most_is_most_central() {
        // Sentence 1 shares terms with all others; 3 shares nothing.
        let sents = vec![vec![0, 1], vec![0, 1, 2, 3], vec![2, 3], vec![9]];
        let v = tfidf(&sents, 10);
        let c = centrality(&v, 10);
        assert_eq!(c[1], 1.0);
        assert!(c[1] > c[0] && c[0] > c[3] && c[2] > c[3]);
    }

    #[test]
    fn position_decays_and_form_penalises_questions_and_fragments() {
        assert!(position(0) > position(1));
        assert!(position(1) > position(10));
        let text = "Why would anyone do such a thing to this lovely town?";
        assert!(form(text, Span::new(0, text.len())) < 1.0);
        let frag = "Yes indeed.";
        assert!(form(frag, Span::new(0, frag.len())) < 0.5);
    }
}
