//! Lines that are not article prose: cross-links, sponsor and advertising labels, share and
//! subscribe prompts, photo credits ("© Belga").
//!
//! The labels are the line labels of [`super::labels`], the table the extraction of pages reads
//! too. Matching is on the start of a short line, case-insensitively, so "Lire aussi : Le plan
//! de l'Élysée" matches "lire aussi".

use super::{Lang, Words};
use crate::hash::{add_bits, WordBits};
use crate::tokens::words;
use regex::Regex;
use std::sync::OnceLock;

/// Beyond this many words a line is prose, whatever it starts with.
const MAX_WORDS: usize = 25;
/// A line this short after a label ("Partager sur Facebook") is a widget, not a sentence.
const SHORT_WORDS: usize = 5;

/// The line labels of `lang` (see [`super::labels`]).
fn labels(lang: Lang) -> Words {
    super::labels::of(lang).line
}

/// The line labels used across languages.
const ANY: Words = super::labels::ANY.line;

/// The bit of the labels used across languages in [`openings`]; bit `i` is `Lang::ALL[i]`'s.
const ANY_BIT: u32 = 1 << 31;

fn lang_bit(lang: Lang) -> u32 {
    lang.index().map_or(0, |i| 1 << i)
}

/// The first two characters of `s` (fewer if it is shorter).
fn first_two(s: &str) -> &str {
    let end = s.char_indices().nth(2).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// The first two characters of every label, with the bits of the lists holding such a label.
fn openings() -> &'static WordBits {
    static INDEX: OnceLock<WordBits> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = WordBits::default();
        add_bits(&mut index, &mut ANY.iter().map(first_two), ANY_BIT);
        for lang in Lang::ALL {
            add_bits(
                &mut index,
                &mut labels(lang).iter().map(first_two),
                lang_bit(lang),
            );
        }
        index
    })
}

/// Whether the line or sentence `s` is boilerplate rather than prose.
pub fn is_boilerplate(lang: Lang, s: &str) -> bool {
    let s = s.trim();
    is_boilerplate_with(lang, s, words(s).take(MAX_WORDS + 1).count())
}

/// [`is_boilerplate`] of a trimmed sentence whose words the caller has counted (`n_words`, at
/// least up to `MAX_WORDS + 1`): the analysis has its sentences' tokens already.
pub fn is_boilerplate_with(lang: Lang, s: &str, n_words: usize) -> bool {
    if s.is_empty() || n_words > MAX_WORDS {
        return false;
    }
    // A credit: "Nvidia © Belga", "© AFP", "Photo AFP".
    if s.contains('©') {
        return true;
    }
    // Most lines start with no label's first two letters: one lookup turns them away before
    // the line's head is lowercased and the labels' pattern is run (a hand-written prefilter,
    // kept because this runs for every sentence of every text).
    let mut opening = [0u8; 8];
    let mut len = 0;
    for c in s.chars().take(2).flat_map(crate::text::case::lower).take(2) {
        len += c.encode_utf8(&mut opening[len..]).len();
    }
    let opening = std::str::from_utf8(&opening[..len]).unwrap_or("");
    let bits = openings().get(opening).copied().unwrap_or(0);
    if bits & (ANY_BIT | lang_bit(lang)) == 0 {
        return false;
    }
    let head: String = s
        .chars()
        .take(40)
        .flat_map(crate::text::case::lower)
        .collect();
    let Some(label) = label_pattern(lang).find(&head) else {
        return false;
    };
    let rest = &head[label.end()..];
    // A label ends the line, or is set off by a separator ("Lire aussi : ..."), or the line is
    // too short to be a sentence ("Partager sur Facebook"); "Partager un repas avec lui ..."
    // is prose.
    match rest.trim_start().chars().next() {
        None => true,
        Some(':' | '-' | '–' | '—' | '|' | '»' | '>' | '/') => true,
        Some(_) if label.as_str().ends_with([':', '(', '.']) => true,
        Some(_) => n_words <= SHORT_WORDS && !rest.starts_with(char::is_alphanumeric),
    }
}

/// The labels of `lang` and those used across languages, at the start of a lowercase line: the
/// longest that fits.
fn label_pattern(lang: Lang) -> &'static Regex {
    static PATTERNS: OnceLock<Vec<Regex>> = OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        Lang::ALL
            .iter()
            .chain([&Lang::Und])
            .map(|&l| {
                let labels = ANY.iter().chain(labels(l).iter());
                super::pattern::compile(&format!("^{}", super::pattern::alternation(labels)))
            })
            .collect()
    });
    &patterns[lang.index().unwrap_or(Lang::ALL.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_credits_and_prose() {
        let cases = [
            (Lang::Fr, "Nvidia © Belga", true),
            (Lang::Fr, "Partner Content", true),
            (Lang::Fr, "Lire aussi : Le plan de l’Élysée pour l’IA", true),
            (Lang::En, "Advertisement", true),
            (Lang::En, "Subscribers will get the report first.", false),
            (
                Lang::Fr,
                "Partager un repas avec lui était un honneur, a-t-il dit.",
                false,
            ),
            (Lang::Fr, "Partager sur Facebook", true),
            (Lang::Fr, "Les annonces se sont multipliées.", false),
            (Lang::De, "Anzeige", true),
        ];
        for (lang, s, want) in cases {
            assert_eq!(is_boilerplate(lang, s), want, "{s}");
        }
    }
}
