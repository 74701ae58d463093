//! Choosing summary sentences under a length budget.
//!
//! Candidates are taken in order of score (ties: earlier first); a candidate too similar to one
//! already chosen (a near duplicate) is skipped. Because the order of consideration does not depend
//! on the budget, a longer summary contains the shorter one. The result is in document order and
//! never empty when there is at least one candidate.

use crate::options::Length;
use crate::score::{cosine, Vector};

/// Cosine similarity above which a sentence repeats one already chosen.
pub const NEAR_DUPLICATE: f32 = 0.65;
/// Reading speed used for [`Length::Seconds`], in words per minute.
pub const WORDS_PER_MINUTE: usize = 230;

/// A sentence that may enter the summary.
pub struct Candidate<'a> {
    /// Its index in the analysis' sentence list.
    pub index: usize,
    pub score: f32,
    pub vector: &'a Vector,
    pub words: usize,
}

/// The default number of sentences for an article of `n` body sentences: 3 for news-sized texts,
/// growing with the square root of the length beyond that, to at most 12.
pub fn auto_sentences(n: usize) -> usize {
    if n <= 30 {
        return 3.min(n);
    }
    (3.0 + ((n - 30) as f64).sqrt() * 0.6).round().min(12.0) as usize
}

/// The indices of the chosen candidates, in document order.
///
/// Maximal marginal relevance: each step takes the candidate whose score, less `redundancy` times
/// its greatest similarity to a sentence already chosen, is highest (ties: the better score, then
/// the earlier sentence); near duplicates are never taken. The penalty only grows as sentences
/// are chosen, so a step looks at candidates in order of score and stops at the first whose score
/// alone cannot beat the best found, and each candidate is compared only with the sentences
/// chosen since it was last looked at. The order of the picks does not depend on the budget.
pub fn select(candidates: &[Candidate], length: Length, redundancy: f32) -> Vec<usize> {
    if candidates.is_empty() {
        return Vec::new();
    }
    let n = candidates.len();
    let (max_sentences, max_words) = match length {
        Length::Auto => (auto_sentences(n), usize::MAX),
        Length::Sentences(k) => (k, usize::MAX),
        Length::Ratio(r) => (((n as f64) * r).ceil().max(1.0) as usize, usize::MAX),
        Length::Words(w) => (usize::MAX, w),
        Length::Seconds(s) => (usize::MAX, (s.saturating_mul(WORDS_PER_MINUTE) / 60).max(1)),
    };
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        candidates[b]
            .score
            .total_cmp(&candidates[a].score)
            .then(candidates[a].index.cmp(&candidates[b].index))
    });
    // Per position in `order`: out of the running (taken, a near duplicate or too long), the
    // greatest similarity to a chosen sentence, and how many chosen it has been compared with.
    let mut out_of_running = vec![false; n];
    let mut max_sim = vec![0f32; n];
    let mut compared = vec![0u32; n];
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0usize;
    let mut first = 0usize;
    while chosen.len() < max_sentences {
        while first < n && out_of_running[first] {
            first += 1;
        }
        let mut best: Option<(f32, usize)> = None;
        for p in first..n {
            if out_of_running[p] {
                continue;
            }
            let cand = &candidates[order[p]];
            if best.is_some_and(|(v, _)| cand.score <= v) {
                break;
            }
            for &o in &chosen[compared[p] as usize..] {
                max_sim[p] = max_sim[p].max(cosine(cand.vector, candidates[o].vector));
            }
            compared[p] = chosen.len() as u32;
            if max_sim[p] > NEAR_DUPLICATE || (!chosen.is_empty() && words + cand.words > max_words)
            {
                out_of_running[p] = true;
                continue;
            }
            let value = cand.score - redundancy * max_sim[p];
            if best.is_none_or(|(v, _)| value > v) {
                best = Some((value, p));
            }
        }
        let Some((_, p)) = best else {
            break;
        };
        out_of_running[p] = true;
        let c = order[p];
        words += candidates[c].words;
        chosen.push(c);
        if words >= max_words {
            break;
        }
    }
    let mut out: Vec<usize> = chosen.into_iter().map(|c| candidates[c].index).collect();
    crate::sort::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands<'a>(vs: &'a [Vec<(u32, f32)>], scores: &[f32]) -> Vec<Candidate<'a>> {
        vs.iter()
            .zip(scores)
            .enumerate()
            .map(|(i, (v, s))| Candidate {
                index: i * 2,
                score: *s,
                vector: v,
                words: 10,
            })
            .collect()
    }

    #[test]
    fn best_first_then_document_order_without_duplicates() {
        let vs = vec![
            vec![(0, 1.0)],
            vec![(1, 1.0)],
            vec![(1, 1.0)],
            vec![(2, 1.0)],
        ];
        let c = cands(&vs, &[0.5, 0.9, 0.8, 0.7]);
        // Sentence 2 (index 4) repeats sentence 1 (index 2).
        assert_eq!(select(&c, Length::Sentences(2), 0.0), [2, 6]);
        assert_eq!(select(&c, Length::Sentences(3), 0.0), [0, 2, 6]);
        assert_eq!(select(&c, Length::Words(25), 0.0), [2, 6]);
        assert_eq!(select(&c, Length::Words(1), 0.0), [2], "never empty");
        assert_eq!(select(&c, Length::Ratio(0.01), 0.0), [2]);
    }

    #[test]
    fn longer_summaries_contain_shorter_ones() {
        let vs: Vec<Vec<(u32, f32)>> = (0..20).map(|i| vec![(i, 1.0)]).collect();
        let scores: Vec<f32> = (0..20).map(|i| ((i * 7) % 11) as f32).collect();
        let c = cands(&vs, &scores);
        let mut prev: Vec<usize> = Vec::new();
        for k in 1..=20 {
            let s = select(&c, Length::Sentences(k), 0.0);
            assert!(prev.iter().all(|i| s.contains(i)), "k={k}");
            prev = s;
        }
    }

    #[test]
    fn auto_grows_with_length() {
        assert_eq!(auto_sentences(2), 2);
        assert_eq!(auto_sentences(20), 3);
        assert!(auto_sentences(200) > auto_sentences(60));
        assert_eq!(auto_sentences(100_000), 12);
    }
}
