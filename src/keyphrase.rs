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
use crate::terms::Terms;
use crate::tokens::Tokens;
use std::cmp::Ordering;

/// How many key phrases an analysis carries.
pub const MAX_KEYPHRASES: usize = 10;
const MAX_WORDS: usize = 4;

/// A candidate's stems, padded with [`NO_TERM`]: a key that needs no allocation.
type Key = [u32; MAX_WORDS];
const NO_TERM: u32 = u32::MAX;

struct Group<'t> {
    count: usize,
    salience: f32,
    first: usize,
    /// Surface forms and their counts (mostly one or two: a short list beats a map).
    forms: Vec<(&'t str, usize)>,
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
    groups: HashMap<Key, Group<'t>>,
    seen: usize,
}

impl<'t> Collector<'t> {
    fn flush(&mut self, run: &mut Vec<RunWord>, salience: f32) {
        // Only capitalised words: a name ("Jensen Huang"), even at the start of a sentence.
        let all_capital = run.iter().all(|w| w.capital);
        if (2..=MAX_WORDS).contains(&run.len()) && !all_capital {
            let mut key: Key = [NO_TERM; MAX_WORDS];
            for (k, w) in key.iter_mut().zip(run.iter()) {
                *k = w.term;
            }
            let surface = &self.text[run[0].start..run[run.len() - 1].end];
            self.seen += 1;
            let first = self.seen;
            let g = self.groups.entry(key).or_insert_with(|| Group {
                count: 0,
                salience: 0.0,
                first,
                forms: Vec::new(),
            });
            g.count += 1;
            g.salience += salience;
            match g.forms.iter_mut().find(|(f, _)| *f == surface) {
                Some((_, n)) => *n += 1,
                None => g.forms.push((surface, 1)),
            }
        }
        run.clear();
    }
}

/// The best key phrases of `text`, whose sentences are `sentences` and words `tokens`; `stems`
/// are the terms the salience stage found (the same words give the same ids).
pub fn keyphrases(
    text: &str,
    sentences: &[Sentence],
    tokens: &Tokens,
    stems: &mut Terms,
) -> Vec<Keyphrase> {
    let mut c = Collector {
        text,
        groups: HashMap::default(),
        seen: 0,
    };
    for (index, s) in sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind != SentenceKind::Boilerplate)
    {
        let mut run: Vec<RunWord> = Vec::new();
        let mut prev_end: Option<usize> = None;
        for &w in tokens.sentence(index) {
            let word = w.span.of(text);
            let term = stems.of_token(text, w);
            let gap = prev_end.map_or("", |e| &text[e..w.span.start]);
            prev_end = Some(w.span.end);
            let capital = w.capitalised();
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
            match (long_enough, term) {
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
    // The best MAX_KEYPHRASES groups, kept in order by insertion (the order is total: `first`
    // differs between groups): a text has as many groups as phrases, and only ten are shown.
    let better = |a: &(bool, f32, usize, &Group), b: &(bool, f32, usize, &Group)| {
        b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)) == Ordering::Less
    };
    let mut best: Vec<(bool, f32, usize, &Group)> = Vec::with_capacity(MAX_KEYPHRASES + 1);
    for (key, g) in &c.groups {
        let words = key.iter().filter(|&&t| t != NO_TERM).count();
        let mean = g.salience / g.count as f32;
        let score = libm::powf(g.count as f32, 0.8) * (1.0 + mean) * (words as f32).sqrt();
        let item = (g.count >= 2, score, g.first, g);
        if best.len() == MAX_KEYPHRASES && !better(&item, &best[MAX_KEYPHRASES - 1]) {
            continue;
        }
        let at = best.partition_point(|b| better(b, &item));
        best.insert(at, item);
        best.truncate(MAX_KEYPHRASES);
    }
    best.into_iter()
        .map(|(_, score, _, g)| {
            // The most frequent surface form; of equally frequent ones, the smallest string.
            let text = g
                .forms
                .iter()
                .min_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)))
                .map_or_else(String::new, |f| f.0.to_string());
            Keyphrase {
                text,
                score,
                count: g.count,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ScoreParts;
    use crate::lang::Lang;

    /// The French sentences of `text`, all body sentences of salience 0.5, and its tokens.
    fn body_sentences(text: &str) -> (Vec<Sentence>, Tokens) {
        let spans = crate::segment::sentences(text, Lang::Fr);
        let mut tokens = Tokens::scan(text);
        tokens.split(text, &spans);
        let sentences = spans
            .into_iter()
            .map(|span| Sentence {
                span,
                kind: SentenceKind::Body,
                score: 0.5,
                parts: ScoreParts::default(),
            })
            .collect();
        (sentences, tokens)
    }

    fn run(text: &str) -> Vec<String> {
        let (sentences, tokens) = body_sentences(text);
        keyphrases(text, &sentences, &tokens, &mut Terms::new(Lang::Fr))
            .into_iter()
            .map(|k| k.text)
            .collect()
    }

    #[test]
    fn terms_from_the_salience_scan_give_the_same_phrases_as_fresh_ones() {
        let text = include_str!("../tests/fixtures/nvidia-europe-fr.txt");
        let (mut sentences, tokens) = body_sentences(text);
        // A heading among them: its words were not scanned.
        sentences[0].kind = SentenceKind::Heading;
        let mut terms = Terms::new(Lang::Fr);
        let mut lists = crate::terms::TermLists::default();
        for (i, s) in sentences.iter().enumerate() {
            if s.kind == SentenceKind::Body {
                terms.scan(text, tokens.sentence(i), &mut lists);
            }
        }
        let scanned = keyphrases(text, &sentences, &tokens, &mut terms);
        let fresh = keyphrases(text, &sentences, &tokens, &mut Terms::new(Lang::Fr));
        assert_eq!(scanned.len(), MAX_KEYPHRASES);
        assert_eq!(scanned, fresh);
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
