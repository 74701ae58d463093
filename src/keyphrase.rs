//! Key phrases: the multi-word terms that best sum up the text.
//!
//! Candidates are runs of 2 to 4 consecutive content words inside one sentence: a stopword, a
//! number, punctuation other than a hyphen, or a change between capitalised and lowercase words
//! ends a run ("promis Jensen Huang devant" holds a name between verbs). Phrases made only of
//! capitalised words are names, which the entity list covers, so they are left out. Candidates
//! are grouped by their stems ("puces Blackwell" = "puce Blackwell") and shown in their most
//! frequent surface form. A phrase scores `count^0.8 * (1 + mean salience) * sqrt(words)`;
//! phrases seen once come only after those seen more often.

use crate::analysis::{Keyphrase, Sentence, SentenceKind};
use crate::hash::FastMap as HashMap;
use crate::token::{words_in, Terms};

/// How many key phrases an analysis carries.
pub const MAX_KEYPHRASES: usize = 10;
const MAX_WORDS: usize = 4;

#[derive(Default)]
struct Group {
    count: usize,
    salience: f32,
    first: usize,
    forms: HashMap<String, usize>,
}

/// A word of a candidate run.
struct RunWord {
    start: usize,
    end: usize,
    term: u32,
    capital: bool,
}

struct Collector<'t> {
    text: &'t str,
    groups: HashMap<Vec<u32>, Group>,
    seen: usize,
}

impl Collector<'_> {
    fn flush(&mut self, run: &mut Vec<RunWord>, salience: f32) {
        // Only capitalised words: a name ("Jensen Huang"), even at the start of a sentence.
        let all_capital = run.iter().all(|w| w.capital);
        if (2..=MAX_WORDS).contains(&run.len()) && !all_capital {
            let key: Vec<u32> = run.iter().map(|w| w.term).collect();
            let surface = self.text[run[0].start..run[run.len() - 1].end].to_string();
            self.seen += 1;
            let first = self.seen;
            let g = self.groups.entry(key).or_insert_with(|| Group {
                first,
                ..Group::default()
            });
            g.count += 1;
            g.salience += salience;
            *g.forms.entry(surface).or_insert(0) += 1;
        }
        run.clear();
    }
}

/// The best key phrases of `text`.
pub fn keyphrases(text: &str, sentences: &[Sentence], stems: &mut Terms) -> Vec<Keyphrase> {
    let mut c = Collector {
        text,
        groups: HashMap::default(),
        seen: 0,
    };
    for s in sentences
        .iter()
        .filter(|s| s.kind != SentenceKind::Boilerplate)
    {
        let mut run: Vec<RunWord> = Vec::new();
        let mut prev_end: Option<usize> = None;
        for w in words_in(text, s.span) {
            let word = w.span.of(text);
            let gap = prev_end.map_or("", |e| &text[e..w.span.start]);
            prev_end = Some(w.span.end);
            let capital = word.starts_with(char::is_uppercase);
            // Only spaces (or a hyphen inside a compound) may stand between words of a phrase,
            // and a phrase does not mix names and common words (the sentence's first word aside).
            let joined = gap
                .chars()
                .all(|ch| ch == ' ' || ch == '\u{a0}' || ch == '-');
            let case_change = run.last().is_some_and(|last| {
                last.capital != capital && !(run.len() == 1 && last.start == s.span.start)
            });
            if !joined || case_change {
                c.flush(&mut run, s.score);
            }
            // Terms are content words already (no stopwords, numbers or one-letter words);
            // phrases also leave out two-letter ones.
            let long_enough = word.chars().nth(2).is_some();
            match (long_enough, stems.term(word)) {
                (true, Some(term)) => run.push(RunWord {
                    start: w.span.start,
                    end: w.span.end,
                    term,
                    capital,
                }),
                _ => c.flush(&mut run, s.score),
            }
        }
        c.flush(&mut run, s.score);
    }
    let mut out: Vec<(bool, f32, usize, Keyphrase)> = c
        .groups
        .into_iter()
        .map(|(key, g)| {
            let mean = g.salience / g.count as f32;
            let score = (g.count as f32).powf(0.8) * (1.0 + mean) * (key.len() as f32).sqrt();
            let mut forms: Vec<(String, usize)> = g.forms.into_iter().collect();
            crate::sort::sort_by(&mut forms, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let text = forms.swap_remove(0).0;
            let k = Keyphrase {
                text,
                score,
                count: g.count,
            };
            (g.count >= 2, score, g.first, k)
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2))
    });
    out.truncate(MAX_KEYPHRASES);
    out.into_iter().map(|(.., k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ScoreParts;
    use crate::lang::Lang;

    fn run(text: &str) -> Vec<String> {
        let sentences: Vec<Sentence> = crate::segment::sentences(text, Lang::Fr)
            .into_iter()
            .map(|span| Sentence {
                span,
                kind: SentenceKind::Body,
                score: 0.5,
                parts: ScoreParts::default(),
            })
            .collect();
        keyphrases(text, &sentences, &mut Terms::new(Lang::Fr))
            .into_iter()
            .map(|k| k.text)
            .collect()
    }

    #[test]
    fn repeated_phrases_first_names_left_out() {
        let got = run(
            "La plateforme cloud sera en Europe. Jensen Huang a promis une plateforme cloud. \
                       Les centres technologiques arrivent, a promis Jensen Huang devant la salle.",
        );
        assert_eq!(got.first().map(String::as_str), Some("plateforme cloud"));
        assert!(!got.iter().any(|k| k.contains("Jensen")), "{got:?}");
        assert!(
            got.iter().any(|k| k.starts_with("centres technologiques")),
            "{got:?}"
        );
    }
}
