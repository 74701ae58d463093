//! Quotations and who said them.
//!
//! A quotation is text between matching quotation marks (“…”, «…», „…“, »…«, "…") inside one
//! sentence that is either long enough to be speech (at least [`MIN_WORDS`] words) or stands in
//! a sentence with a reporting word ("a déclaré", "said", "selon"). Short quoted names such as
//! “Mistral Compute” are not quotations. The speaker is the entity named next to the reporting
//! word: after it first (“…”, a promis Jensen Huang), else before it (Huang said “…”).

use crate::analysis::{Entity, EntityKind, Quote, Sentence, SentenceKind};
use crate::lang::{reporting, Lang};
use crate::span::Span;
use crate::text::lowercase_into;
use crate::tokens::{Token, Tokens};

/// Quoted text shorter than this needs a reporting word to count as a quotation.
pub const MIN_WORDS: usize = 4;
/// How far (in words) from the reporting word a speaker may be named.
const SPEAKER_REACH: usize = 25;

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

/// The quotations of one sentence: its quoted spans that count as quotations, the words
/// outside them, and the positions among those of its reporting words.
struct InSentence {
    spans: Vec<Span>,
    outside: Vec<Span>,
    reporting: Vec<usize>,
}

/// What [`InSentence`] says of the sentence `span` whose tokens are `tokens`; `None` when it
/// holds no quotation.
fn in_sentence(
    text: &str,
    span: Span,
    tokens: &[Token],
    lang: Lang,
    buf: &mut String,
) -> Option<InSentence> {
    let spans = quoted(text, span);
    if spans.is_empty() {
        return None;
    }
    // `spans` are sorted and disjoint: a binary search keeps this linear in the words.
    let inside = |p: usize| {
        let k = spans.partition_point(|q| q.end <= p);
        spans.get(k).is_some_and(|q| q.start <= p)
    };
    // Words of the sentence outside the quotation, and where the reporting words are.
    let outside: Vec<Span> = tokens
        .iter()
        .map(|w| w.span)
        .filter(|w| !inside(w.start))
        .collect();
    let reporting: Vec<usize> = outside
        .iter()
        .enumerate()
        .filter(|(_, w)| reporting::is_reporting_word(lang, lowercase_into(buf, w.of(text))))
        .map(|(k, _)| k)
        .collect();
    // Quoted words, counted in the sentence's tokens (the marks are not word characters, so a
    // quoted span begins and ends on token boundaries).
    let words_in = |q: &Span| {
        let a = tokens.partition_point(|t| t.span.start < q.start);
        tokens[a..].partition_point(|t| t.span.end <= q.end)
    };
    let spans: Vec<Span> = spans
        .into_iter()
        .filter(|q| words_in(q) >= MIN_WORDS || !reporting.is_empty())
        .collect();
    (!spans.is_empty()).then_some(InSentence {
        spans,
        outside,
        reporting,
    })
}

/// Whether sentence `i` holds a quotation (the `skipQuotes` option keeps such sentences out of
/// the summary).
pub fn holds_quotation(text: &str, span: Span, tokens: &[Token], lang: Lang) -> bool {
    in_sentence(text, span, tokens, lang, &mut String::new()).is_some()
}

/// The quotations of `text`, whose sentences are `sentences` and words `tokens`, with speakers
/// resolved against `entities`.
pub fn quotes(
    text: &str,
    sentences: &[Sentence],
    tokens: &Tokens,
    entities: &[Entity],
    lang: Lang,
) -> Vec<Quote> {
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
        let Some(q) = in_sentence(text, sentence.span, tokens.sentence(index), lang, &mut buf)
        else {
            continue;
        };
        let (spans, outside) = (&q.spans, &q.outside);
        let inside = |p: usize| {
            let k = spans.partition_point(|q| q.end <= p);
            spans.get(k).is_some_and(|q| q.start <= p)
        };
        let speaker = q.reporting.first().and_then(|&k| {
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
        for &span in spans {
            out.push(Quote {
                span,
                sentence: index,
                speaker,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ScoreParts;

    fn tokens(text: &str) -> Tokens {
        let mut t = Tokens::scan(text);
        t.split(text, &[Span::new(0, text.len())]);
        t
    }

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
            &tokens(text),
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
        let q = quotes(
            text,
            &sentence(text),
            &tokens(text),
            &[person(text, "Mensch")],
            Lang::En,
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].span.of(text), "strategic autonomy");
        assert_eq!(q[0].speaker, Some(0));
    }

    #[test]
    fn quoted_names_are_not_quotations() {
        let text = "Baptisée « Mistral Compute », elle sera dotée de puces.";
        assert!(quotes(text, &sentence(text), &tokens(text), &[], Lang::Fr).is_empty());
    }

    #[test]
    fn unmatched_marks_are_harmless() {
        let text = "Il a dit « oui puis s’est tu.";
        assert!(quotes(text, &sentence(text), &tokens(text), &[], Lang::Fr).is_empty());
    }

    #[test]
    fn a_sentence_holds_a_quotation_by_the_same_rule_as_the_quote_list() {
        let cases = [
            (
                "“En deux ans, nous allons tout changer”, a promis Jensen Huang.",
                true,
            ),
            ("Il a qualifié la décision d’« absurde », a-t-il dit.", true),
            (
                "Baptisée « Mistral Compute », elle sera dotée de puces.",
                false,
            ),
            ("Nvidia renforce sa présence en Europe.", false),
        ];
        for (text, want) in cases {
            let t = tokens(text);
            let span = Span::new(0, text.len());
            assert_eq!(
                holds_quotation(text, span, t.sentence(0), Lang::Fr),
                want,
                "{text}"
            );
            let listed = !quotes(text, &sentence(text), &t, &[], Lang::Fr).is_empty();
            assert_eq!(listed, want, "{text}");
        }
    }
}
