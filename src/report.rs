//! The owned, serialisable shape of an [`Analysis`]: what the CLI prints as JSON and what
//! JavaScript receives. Offsets are converted from bytes to the caller's [`Unit`] in one place.
//!
//! This shape is a stable contract (see the README): fields are only ever added.

use crate::analysis::{Analysis, EntityKind, Keyphrase, ScoreParts, SentenceKind};
use crate::extract::Article;
use crate::offsets::{OffsetMap, Unit};
use crate::tokens::words_in;
use serde::Serialize;

/// A span in the report's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportSentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: SentenceKind,
    pub score: f32,
    pub parts: ScoreParts,
    /// The sentence's words as the engine counts them ([`crate::tokens::words_in`]: runs of
    /// letters and digits, so "l’IA" is two): the unit of the `words` and `seconds` budgets.
    pub words: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportEntity {
    pub text: String,
    pub kind: EntityKind,
    pub count: usize,
    pub mentions: Vec<Range>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The index of the sentence the quotation stands in.
    pub sentence: usize,
    /// The speaker's name (an entity's `text`), when known.
    pub speaker: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportSpeaker {
    pub name: String,
    pub kind: EntityKind,
    pub quotes: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportFigure {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: crate::analysis::FigureKind,
    pub sentence: usize,
    /// Whether the figure's sentence is in the summary.
    pub in_summary: bool,
}

/// An analysis as plain data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The engine's version.
    pub version: &'static str,
    /// How offsets count: "utf8", "codepoints" or "utf16".
    pub offsets: &'static str,
    pub language: &'static str,
    pub title: Option<String>,
    pub sentences: Vec<ReportSentence>,
    pub summary: Vec<usize>,
    pub entities: Vec<ReportEntity>,
    pub keyphrases: Vec<Keyphrase>,
    pub quotes: Vec<ReportQuote>,
    /// Who said what: each speaker with the indices (into `quotes`) of their quotations.
    pub speakers: Vec<ReportSpeaker>,
    pub figures: Vec<ReportFigure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<Article>,
}

/// The report of `analysis` of `text`, offsets in `unit`.
pub fn report(text: &str, analysis: &Analysis, unit: Unit) -> Report {
    let map = OffsetMap::new(text, unit);
    Report {
        version: crate::VERSION,
        offsets: match unit {
            Unit::Bytes => "utf8",
            Unit::CodePoints => "codepoints",
            Unit::Utf16 => "utf16",
        },
        language: analysis.language.code(),
        title: analysis.title.clone(),
        sentences: analysis
            .sentences
            .iter()
            .map(|s| ReportSentence {
                start: map.map(s.span.start),
                end: map.map(s.span.end),
                text: s.span.of(text).to_string(),
                kind: s.kind,
                score: round(s.score),
                parts: ScoreParts {
                    centrality: round(s.parts.centrality),
                    position: round(s.parts.position),
                    title: round(s.parts.title),
                    density: round(s.parts.density),
                    form: round(s.parts.form),
                    paragraph: round(s.parts.paragraph),
                    quotation: round(s.parts.quotation),
                    cues: round(s.parts.cues),
                    novelty: round(s.parts.novelty),
                    base: round(s.parts.base),
                },
                // Counted again here (the pipeline counts body sentences' words while it reads
                // their terms, but does not keep the count): the same words the budget counts.
                words: words_in(text, s.span).count(),
            })
            .collect(),
        summary: analysis.summary.clone(),
        entities: analysis
            .entities
            .iter()
            .map(|e| ReportEntity {
                text: e.name.clone(),
                kind: e.kind,
                count: e.mentions.len(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| Range {
                        start: map.map(m.start),
                        end: map.map(m.end),
                    })
                    .collect(),
            })
            .collect(),
        keyphrases: analysis
            .keyphrases
            .iter()
            .map(|k| Keyphrase {
                score: round(k.score),
                ..k.clone()
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| ReportQuote {
                start: map.map(q.span.start),
                end: map.map(q.span.end),
                text: q.span.of(text).to_string(),
                sentence: q.sentence,
                speaker: q
                    .speaker
                    .and_then(|k| analysis.entities.get(k))
                    .map(|e| e.name.clone()),
            })
            .collect(),
        speakers: speakers(analysis),
        figures: analysis
            .figures
            .iter()
            .map(|f| ReportFigure {
                start: map.map(f.span.start),
                end: map.map(f.span.end),
                text: f.span.of(text).to_string(),
                kind: f.kind,
                sentence: f.sentence,
                in_summary: analysis.summary.binary_search(&f.sentence).is_ok(),
            })
            .collect(),
        article: None,
    }
}

/// Speakers in order of their first quotation.
fn speakers(analysis: &Analysis) -> Vec<ReportSpeaker> {
    let mut out: Vec<(usize, ReportSpeaker)> = Vec::new();
    for (qi, q) in analysis.quotes.iter().enumerate() {
        let Some(k) = q.speaker else { continue };
        let Some(e) = analysis.entities.get(k) else {
            continue;
        };
        match out.iter_mut().find(|(ek, _)| *ek == k) {
            Some((_, s)) => s.quotes.push(qi),
            None => out.push((
                k,
                ReportSpeaker {
                    name: e.name.clone(),
                    kind: e.kind,
                    quotes: vec![qi],
                },
            )),
        }
    }
    out.into_iter().map(|(_, s)| s).collect()
}

/// Scores rounded to 4 decimals, so that JSON is short and byte-identical across platforms.
fn round(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

impl SentenceKind {
    /// Whether the sentence can enter a summary.
    pub fn is_body(self) -> bool {
        self == SentenceKind::Body
    }
}

impl Report {
    /// The summary sentences' text, one per line.
    pub fn summary_text(&self) -> String {
        let lines: Vec<&str> = self
            .summary
            .iter()
            .filter_map(|&i| self.sentences.get(i).map(|s| s.text.as_str()))
            .collect();
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Length, Options};

    #[test]
    fn sentence_words_are_the_engines_words() {
        for (name, text, want) in [
            ("plain", "The council voted the budget.", vec![5]),
            (
                "elision and hyphen",
                "L’IA des start-up progresse.",
                vec![6],
            ),
            ("figures", "Il a vendu 18.000 puces, soit 3,5 %.", vec![9]),
            (
                "two sentences",
                "Il pleut. Le conseil vote demain.",
                vec![2, 4],
            ),
            ("no words", "…", vec![0]),
        ] {
            let r = report(text, &analyze(text, &Options::default()), Unit::Utf16);
            let got: Vec<usize> = r.sentences.iter().map(|s| s.words).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn a_word_budget_holds_in_the_reported_words() {
        let text = include_str!("../tests/fixtures/nvidia-europe-fr.txt");
        for budget in [10, 40, 80, 150, 400] {
            let options = Options {
                length: Length::Words(budget),
                ..Options::default()
            };
            let r = report(text, &analyze(text, &options), Unit::CodePoints);
            let words: usize = r.summary.iter().map(|&i| r.sentences[i].words).sum();
            assert!(
                words <= budget || r.summary.len() == 1,
                "{words} words for a budget of {budget}"
            );
        }
    }
}
