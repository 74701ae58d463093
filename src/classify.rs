//! Classification: which sentences are article prose and which are not.
//!
//! Text is never rewritten: whitespace and typographic variants (curly apostrophes, non-breaking
//! spaces) are normalised where words are read ([`crate::tokens`], [`crate::text`]), so every span still points into
//! the original. This stage gives each sentence a [`SentenceKind`]: headings (short lines without
//! final punctuation) and boilerplate (photo credits, sponsor lines, cross-links) stay in the
//! sentence list but never reach the summary.

use crate::analysis::SentenceKind;
use crate::lang::{boilerplate, Lang};
use crate::span::Span;
use crate::tokens::Tokens;

/// The longest line, in words, that can still be a heading.
const HEADING_MAX_WORDS: usize = 12;

/// The kind of each sentence in `spans` (sentence spans of `text`, in order, whose words are
/// `tokens`).
pub fn classify(text: &str, spans: &[Span], tokens: &Tokens, lang: Lang) -> Vec<SentenceKind> {
    spans
        .iter()
        .enumerate()
        .map(|(i, &span)| {
            let s = span.of(text);
            let n_words = tokens.sentence(i).len();
            if boilerplate::is_boilerplate_with(lang, s.trim(), n_words) {
                SentenceKind::Boilerplate
            } else if is_whole_line(text, span) && looks_like_heading(text, span, n_words) {
                SentenceKind::Heading
            } else {
                SentenceKind::Body
            }
        })
        .collect()
}

/// Whether `span` is a line of its own: only whitespace between it and the line breaks around it
/// (or the ends of the text). Looks only at the whitespace next to the span, so a pass over all
/// sentences stays linear.
pub fn is_whole_line(text: &str, span: Span) -> bool {
    let starts_line = text[..span.start]
        .chars()
        .rev()
        .find(|c| *c == '\n' || !c.is_whitespace())
        .is_none_or(|c| c == '\n');
    let ends_line = text[span.end..]
        .chars()
        .find(|c| *c == '\n' || !c.is_whitespace())
        .is_none_or(|c| c == '\n');
    starts_line && ends_line
}

/// A short line, starting with a capital or a digit, with no sentence-final punctuation.
fn looks_like_heading(text: &str, span: Span, n_words: usize) -> bool {
    let s = span.of(text);
    let Some(first) = s.chars().next() else {
        return false;
    };
    let last = s.chars().next_back().unwrap_or(' ');
    (first.is_uppercase() || first.is_numeric())
        && !matches!(
            last,
            '.' | '!' | '?' | '…' | ':' | ';' | ',' | '"' | '”' | '»' | '“' | '«' | ')'
        )
        && (1..=HEADING_MAX_WORDS).contains(&n_words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::sentences;

    fn kinds(text: &str) -> Vec<(String, SentenceKind)> {
        let spans = sentences(text, Lang::Fr);
        let mut tokens = Tokens::scan(text);
        tokens.split(text, &spans);
        let kinds = classify(text, &spans, &tokens, Lang::Fr);
        spans
            .iter()
            .map(|s| s.of(text).to_string())
            .zip(kinds)
            .collect()
    }

    #[test]
    fn headings_credits_and_sponsor_lines() {
        use SentenceKind::*;
        let text = "Nvidia passe à l’offensive\n\nNvidia © Belga\n\nLe texte commence ici. Il continue.\n\nPartenariats\n\nLa suite.\n\nPartner Content";
        let got = kinds(text);
        let want = [
            ("Nvidia passe à l’offensive", Heading),
            ("Nvidia © Belga", Boilerplate),
            ("Le texte commence ici.", Body),
            ("Il continue.", Body),
            ("Partenariats", Heading),
            ("La suite.", Body),
            ("Partner Content", Boilerplate),
        ];
        assert_eq!(got, want.map(|(s, k)| (s.to_string(), k)));
    }

    #[test]
    fn a_short_sentence_inside_a_paragraph_is_prose() {
        let got = kinds("Il pleut. Voilà tout. Et puis rien");
        assert!(got.iter().all(|(_, k)| *k == SentenceKind::Body), "{got:?}");
    }
}
