//! Quotations and who said them.
//!
//! A quotation is text between matching quotation marks (“…”, «…», „…“, »…«, "…") inside one
//! sentence that is either long enough to be speech (at least [`MIN_WORDS`] words) or stands in
//! a sentence with a reporting word ("a déclaré", "said", "selon"). Short quoted names such as
//! “Mistral Compute” are not quotations. The speaker is the entity named next to the reporting
//! word: after it first (“…”, a promis Jensen Huang), else before it (Huang said “…”).

use crate::analysis::{Entity, EntityKind, Sentence, SentenceKind};
use crate::lang::{speech, Lang};
use crate::span::Span;
use crate::token::{words_in, Terms};

/// Quoted text shorter than this needs a reporting word to count as a quotation.
pub const MIN_WORDS: usize = 4;
/// How far (in words) from the reporting word a speaker may be named.
const SPEAKER_REACH: usize = 25;

/// A quotation: the quoted words (without the marks), its sentence, and its speaker when known
/// (an index into the analysis' entities).
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub span: Span,
    pub sentence: usize,
    pub speaker: Option<usize>,
}

fn closer(open: char) -> Option<char> {
    Some(match open {
        '“' => '”',
        '«' => '»',
        '„' => '“',
        '»' => '«',
        '"' => '"',
        '‹' => '›',
        '「' => '」',
        _ => return None,
    })
}

/// The quoted spans (inside the marks, trimmed) of one sentence.
fn quoted(text: &str, sentence: Span) -> Vec<Span> {
    let s = sentence.of(text);
    let mut out = Vec::new();
    let mut pos = 0;
    // Closing marks missing from the rest of the sentence: an opening mark waiting for one of
    // them is skipped, or every unmatched opener would scan to the end (quadratic time).
    let mut absent: Vec<char> = Vec::new();
    while let Some((i, open)) = s[pos..]
        .char_indices()
        .find(|&(_, c)| closer(c).is_some_and(|close| !absent.contains(&close)))
        .map(|(i, c)| (pos + i, c))
    {
        let after = i + open.len_utf8();
        let close = closer(open).unwrap_or(open);
        match s[after..].find(close) {
            Some(j) => {
                let inner =
                    Span::new(sentence.start + after, sentence.start + after + j).trim(text);
                if !inner.is_empty() {
                    out.push(inner);
                }
                pos = after + j + close.len_utf8();
            }
            None => {
                absent.push(close);
                pos = after;
            }
        }
    }
    out
}

/// The quotations of `text`, with speakers resolved against `entities`.
pub fn quotes(text: &str, sentences: &[Sentence], entities: &[Entity], lang: Lang) -> Vec<Quote> {
    // Mentions of people and organisations, sorted by position, with their entity.
    let mut mentions: Vec<(Span, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
        .flat_map(|(k, e)| e.mentions.iter().map(move |m| (*m, k)))
        .collect();
    crate::sort::sort(&mut mentions);
    let mut buf = String::new();
    let mut out = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        if sentence.kind != SentenceKind::Body {
            continue;
        }
        let spans = quoted(text, sentence.span);
        if spans.is_empty() {
            continue;
        }
        // `spans` are sorted and disjoint: a binary search keeps this linear in the words.
        let inside = |p: usize| {
            let k = spans.partition_point(|q| q.end <= p);
            spans.get(k).is_some_and(|q| q.start <= p)
        };
        // Words of the sentence outside the quotation, and where the reporting words are.
        let outside: Vec<Span> = words_in(text, sentence.span)
            .map(|w| w.span)
            .filter(|w| !inside(w.start))
            .collect();
        let reporting: Vec<usize> = outside
            .iter()
            .enumerate()
            .filter(|(_, w)| {
                speech::is_reporting_word(lang, Terms::normalize(&mut buf, w.of(text)))
            })
            .map(|(k, _)| k)
            .collect();
        let speaker = reporting.first().and_then(|&k| {
            let after = outside[k].end;
            let reach_end = outside
                .get(k + SPEAKER_REACH)
                .map_or(sentence.span.end, |w| w.end);
            let before_start = outside[k.saturating_sub(SPEAKER_REACH)].start;
            let in_sentence =
                |m: &&(Span, usize)| sentence.span.contains(m.0) && !inside(m.0.start);
            let person_first = |c: &[&(Span, usize)]| {
                c.iter()
                    .find(|m| entities[m.1].kind == EntityKind::Person)
                    .or(c.first())
                    .map(|m| m.1)
            };
            let following: Vec<&(Span, usize)> = mentions
                .iter()
                .filter(in_sentence)
                .filter(|m| m.0.start >= after && m.0.end <= reach_end)
                .collect();
            let preceding: Vec<&(Span, usize)> = mentions
                .iter()
                .filter(in_sentence)
                .filter(|m| m.0.end <= outside[k].start && m.0.start >= before_start)
                .rev()
                .collect();
            person_first(&following).or_else(|| person_first(&preceding))
        });
        for span in spans {
            let n_words = words_in(text, span).count();
            if n_words >= MIN_WORDS || !reporting.is_empty() {
                out.push(Quote {
                    span,
                    sentence: index,
                    speaker,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ScoreParts;

    fn sentence(text: &str) -> Vec<Sentence> {
        vec![Sentence {
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
            score: 0.0,
            parts: ScoreParts::default(),
        }]
    }

    fn person(text: &str, name: &str) -> Entity {
        let start = text.find(name).unwrap_or(0);
        Entity {
            name: name.into(),
            kind: EntityKind::Person,
            mentions: vec![Span::new(start, start + name.len())],
        }
    }

    #[test]
    fn attribution_after_the_quote() {
        let text = "“En deux ans, nous allons tout changer”, a promis Jensen Huang devant une salle comble.";
        let q = quotes(
            text,
            &sentence(text),
            &[person(text, "Jensen Huang")],
            Lang::Fr,
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].span.of(text), "En deux ans, nous allons tout changer");
        assert_eq!(q[0].speaker, Some(0));
    }

    #[test]
    fn speaker_before_and_short_quotes_with_a_reporting_word() {
        let text = "Mensch said the platform would bring “strategic autonomy” to Europe.";
        let q = quotes(text, &sentence(text), &[person(text, "Mensch")], Lang::En);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].span.of(text), "strategic autonomy");
        assert_eq!(q[0].speaker, Some(0));
    }

    #[test]
    fn quoted_names_are_not_quotations() {
        let text = "Baptisée « Mistral Compute », elle sera dotée de puces.";
        assert!(quotes(text, &sentence(text), &[], Lang::Fr).is_empty());
    }

    #[test]
    fn unmatched_marks_are_harmless() {
        let text = "Il a dit « oui puis s’est tu.";
        assert!(quotes(text, &sentence(text), &[], Lang::Fr).is_empty());
    }
}
