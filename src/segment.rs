//! Sentence segmentation: text -> sentence spans.
//!
//! `sentences` is total and linear: every `&str` segments, nothing panics. The spans are sorted,
//! disjoint, trimmed of surrounding whitespace, and together cover every non-whitespace character.
//! A line break ends a line that has no final punctuation (headings, list items); within a line,
//! a boundary follows `.`, `!`, `?` or `…` (with any closing quotes and brackets) when the next
//! word starts a sentence and the word before the period is not an abbreviation or initial.

use crate::lang::Lang;
use crate::span::Span;

/// The sentence spans of `text`, read as language `lang`.
pub fn sentences(text: &str, lang: Lang) -> Vec<Span> {
    let _ = lang;
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if start.is_none() && !c.is_whitespace() {
            start = Some(at);
        }
        if c == '\n' {
            if let Some(s) = start.take() {
                push(&mut out, text, s, at);
            }
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '…' | '"' | '”' | '»' | ')' | '\'' | '’'
                )
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |c| c.0);
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() && chars[k].1 != '\n' {
                k += 1;
            }
            let next = chars.get(k).map(|c| c.1);
            let starts =
                next.is_none_or(|n| n.is_uppercase() || matches!(n, '"' | '“' | '«' | '\n'));
            if k > j && starts && !(c == '.' && short_word_before(text, at)) {
                if let Some(s) = start.take() {
                    push(&mut out, text, s, end);
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if let Some(s) = start {
        push(&mut out, text, s, text.len());
    }
    out
}

fn push(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let span = Span::new(start, end).trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}

/// Whether the word before the period at `dot` is one or two letters long (an initial or "M.").
fn short_word_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    (1..=2).contains(&word.len()) && word.last().is_some_and(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Lang::Fr)
            .into_iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn splits_after_periods_and_line_breaks() {
        assert_eq!(
            split("Titre\n\nUne phrase. Une autre !"),
            ["Titre", "Une phrase.", "Une autre !"]
        );
        assert_eq!(
            split("M. Macron est venu. Il a parlé."),
            ["M. Macron est venu.", "Il a parlé."]
        );
        assert_eq!(split(""), Vec::<&str>::new());
    }
}
