//! Key phrases: the multi-word terms that best sum up the text.
//!
//! Candidates are runs of 2 to 4 consecutive content words inside one sentence (a stopword,
//! a number or punctuation other than a hyphen or apostrophe ends a run). Candidates are grouped by
//! their stems, so "puces Blackwell" and "puce Blackwell" are one phrase, shown in its most
//! frequent surface form. A phrase scores by how often it occurs and how central its sentences are,
//! with a bonus for longer phrases: `count^0.8 * (1 + mean salience) * sqrt(words)`.

use crate::analysis::{Keyphrase, Sentence, SentenceKind};
use crate::lang::{stopwords, Lang};
use crate::token::{words_in, Terms};
use std::collections::HashMap;

/// How many key phrases an analysis carries.
pub const MAX_KEYPHRASES: usize = 10;
const MAX_WORDS: usize = 4;

struct Group {
    count: usize,
    salience: f32,
    first: usize,
    forms: HashMap<String, usize>,
}

/// The best key phrases of `text`.
pub fn keyphrases(text: &str, sentences: &[Sentence], lang: Lang) -> Vec<Keyphrase> {
    let mut stems = Terms::new(lang);
    let mut buf = String::new();
    let mut groups: HashMap<Vec<u32>, Group> = HashMap::new();
    let mut order = 0usize;
    for s in sentences
        .iter()
        .filter(|s| s.kind != SentenceKind::Boilerplate)
    {
        let mut run: Vec<(usize, usize, u32)> = Vec::new(); // (start, end, term)
        let mut flush = |run: &mut Vec<(usize, usize, u32)>,
                         groups: &mut HashMap<Vec<u32>, Group>| {
            if run.len() >= 2 && run.len() <= MAX_WORDS {
                let key: Vec<u32> = run.iter().map(|r| r.2).collect();
                let surface = text[run[0].0..run[run.len() - 1].1].to_string();
                order += 1;
                let g = groups.entry(key).or_insert(Group {
                    count: 0,
                    salience: 0.0,
                    first: order,
                    forms: HashMap::new(),
                });
                g.count += 1;
                g.salience += s.score;
                *g.forms.entry(surface).or_insert(0) += 1;
            }
            run.clear();
        };
        let mut prev_end: Option<usize> = None;
        for w in words_in(text, s.span) {
            let word = w.span.of(text);
            let gap = prev_end.map_or("", |e| &text[e..w.span.start]);
            prev_end = Some(w.span.end);
            // Only spaces (or a hyphen inside a compound) may stand between words of a phrase.
            let joined = gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '-');
            if !joined {
                flush(&mut run, &mut groups);
            }
            let lower = Terms::normalize(&mut buf, word);
            let content = !w.numeric
                && lower.chars().nth(2).is_some()
                && !stopwords::is_stopword(lang, lower);
            match (content, stems.term(word)) {
                (true, Some(t)) => run.push((w.span.start, w.span.end, t)),
                _ => flush(&mut run, &mut groups),
            }
        }
        flush(&mut run, &mut groups);
    }
    let mut out: Vec<(f32, usize, Keyphrase)> = groups
        .into_iter()
        .filter(|(_, g)| g.count >= 2 || sentences.len() <= 40)
        .map(|(key, g)| {
            let mean = g.salience / g.count as f32;
            let score = (g.count as f32).powf(0.8) * (1.0 + mean) * (key.len() as f32).sqrt();
            let mut forms: Vec<(String, usize)> = g.forms.into_iter().collect();
            forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let text = forms.swap_remove(0).0;
            (
                score,
                g.first,
                Keyphrase {
                    text,
                    score,
                    count: g.count,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    out.truncate(MAX_KEYPHRASES);
    out.into_iter().map(|(_, _, k)| k).collect()
}
