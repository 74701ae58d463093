//! Languages: the codes we know, detection, and per-language data.
//!
//! Per-language data lives in its own files as plain tables a reader can review, each saying
//! where it came from: [`stopwords`] (function words, for terms and detection), [`titles`]
//! (person titles, for sentences and entities), [`abbrev`] (abbreviations, for sentences),
//! [`orthography`] (how each language writes ordinals, nouns and initials, for sentences),
//! [`labels`] (page furniture's labels and prompts, for cleaning and extraction), [`boilerplate`]
//! (lines that are not prose),
//! [`names`] (gazetteers and cue words, for entities), [`speech`] (reporting verbs, for quotes),
//! [`numbers`] (months, currencies, magnitudes, for figures).

pub mod abbrev;
pub mod boilerplate;
pub mod case;
pub mod labels;
pub mod names;
pub mod numbers;
pub mod orthography;
pub mod pattern;
pub mod speech;
pub mod stopwords;
pub mod titles;

use crate::token::{words, Word};
use serde::Serialize;

/// A language Nutshell has data for. `Und` (undetermined) gets language-neutral defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    It,
    Pt,
    Nl,
    Pl,
    Cs,
    Fi,
    Ro,
    Und,
}

impl Lang {
    /// Every language with data, in a fixed order (detection breaks ties by this order).
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
        Lang::Pl,
        Lang::Cs,
        Lang::Fi,
        Lang::Ro,
    ];

    /// The ISO 639-1 code ("und" for undetermined).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Cs => "cs",
            Lang::Fi => "fi",
            Lang::Ro => "ro",
            Lang::Und => "und",
        }
    }

    /// Parses a code such as "fr", "FR" or "fr-BE". Unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if primary == "und" {
            return Some(Lang::Und);
        }
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The codes accepted by [`Lang::from_code`], for error messages.
    pub fn codes() -> Vec<&'static str> {
        Lang::ALL.iter().map(|l| l.code()).chain(["und"]).collect()
    }

    /// The Snowball stemmer for this language, where one exists.
    /// The language's position in [`Lang::ALL`], which is also its bit in the per-language word
    /// indexes; `None` for `Und`.
    pub fn index(self) -> Option<usize> {
        Lang::ALL.iter().position(|l| *l == self)
    }

    pub fn stemmer(self) -> Option<rust_stemmers::Algorithm> {
        use rust_stemmers::Algorithm as A;
        Some(match self {
            Lang::En => A::English,
            Lang::Fr => A::French,
            Lang::De => A::German,
            Lang::Es => A::Spanish,
            Lang::It => A::Italian,
            Lang::Pt => A::Portuguese,
            Lang::Nl => A::Dutch,
            Lang::Fi => A::Finnish,
            Lang::Ro => A::Romanian,
            Lang::Pl | Lang::Cs | Lang::Und => return None,
        })
    }
}

/// How much text detection looks at: the first 64 KB of a long text are enough, and bound the cost.
const DETECT_WINDOW: usize = 64 * 1024;

/// Detects the language of `text` from function words and, as tie-breaker and for short texts,
/// from letters that only some of the languages use. Returns `Lang::Und` when nothing speaks for
/// any language (no letters, or a language we have no data for).
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(DETECT_WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut score = [0f32; Lang::ALL.len()];
    let mut n_words = 0usize;
    let mut lower = String::new();
    let table = stopwords::by_word();
    for Word { span, .. } in words(sample) {
        n_words += 1;
        let w = span.of(sample);
        // Function words are short; longer words cannot vote.
        if w.len() > stopwords::MAX_LEN {
            continue;
        }
        let lower = crate::token::Terms::normalize(&mut lower, w);
        if let Some(&mask) = table.get(lower) {
            for (i, s) in score.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *s += 1.0;
                }
            }
        }
    }
    for c in sample.chars().filter(|c| !c.is_ascii()) {
        let c = case::lower(c).next().unwrap_or(c);
        for (i, lang) in Lang::ALL.iter().enumerate() {
            score[i] += letter_evidence(*lang, c);
        }
    }
    if n_words == 0 {
        return Lang::Und;
    }
    let (best, best_score) =
        score.iter().enumerate().fold(
            (0, f32::MIN),
            |acc, (i, s)| if *s > acc.1 { (i, *s) } else { acc },
        );
    if best_score < 1.0 {
        return Lang::Und;
    }
    Lang::ALL[best]
}

/// Lowercase letters that speak for a language (weights are per occurrence; a function word
/// counts 1).
fn letter_evidence(lang: Lang, c: char) -> f32 {
    match (lang, c) {
        (Lang::Pl, 'ł' | 'ą' | 'ę' | 'ś' | 'ć' | 'ń' | 'ź' | 'ż') => 1.0,
        (Lang::Cs, 'ř' | 'ě' | 'ů' | 'č' | 'š' | 'ž' | 'ť' | 'ď' | 'ň') => 1.0,
        (Lang::Ro, 'ș' | 'ț' | 'ş' | 'ţ' | 'ă' | 'î' | 'â') => 0.8,
        (Lang::Fi, 'ä' | 'ö') => 0.4,
        (Lang::De, 'ß' | 'ü' | 'ä' | 'ö') => 0.4,
        (Lang::Fr, 'è' | 'ê' | 'à' | 'ç' | 'œ' | 'û' | 'ù' | 'î' | 'ï' | 'ë') => 0.4,
        (Lang::Fr, 'é') => 0.2,
        (Lang::Es, 'ñ' | '¿' | '¡') => 1.0,
        (Lang::Es, 'á' | 'í' | 'ó' | 'ú') => 0.2,
        (Lang::Pt, 'ã' | 'õ') => 1.0,
        (Lang::Pt, 'ç' | 'á' | 'â' | 'ê' | 'ô') => 0.2,
        (Lang::It, 'ò' | 'ì') => 0.6,
        (Lang::It, 'à' | 'è' | 'ù') => 0.2,
        (Lang::Nl, 'ĳ') => 1.0,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language_from_a_sentence() {
        let cases = [
            (Lang::En, "The minister said on Monday that the government would not change its plans for the economy."),
            (Lang::Fr, "Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets pour l'économie."),
            (Lang::De, "Der Minister sagte am Montag, dass die Regierung ihre Pläne für die Wirtschaft nicht ändern werde."),
            (Lang::Es, "El ministro dijo el lunes que el gobierno no cambiaría sus planes para la economía."),
            (Lang::It, "Il ministro ha detto lunedì che il governo non cambierà i suoi piani per l'economia."),
            (Lang::Pt, "O ministro disse na segunda-feira que o governo não vai mudar os seus planos para a economia."),
            (Lang::Nl, "De minister zei maandag dat de regering haar plannen voor de economie niet zal veranderen."),
            (Lang::Pl, "Minister powiedział w poniedziałek, że rząd nie zmieni swoich planów dotyczących gospodarki."),
            (Lang::Cs, "Ministr v pondělí řekl, že vláda své plány pro ekonomiku nezmění."),
            (Lang::Fi, "Ministeri sanoi maanantaina, että hallitus ei muuta talouden suunnitelmiaan."),
            (Lang::Ro, "Ministrul a declarat luni că guvernul nu își va schimba planurile pentru economie."),
        ];
        for (want, text) in cases {
            assert_eq!(detect(text), want, "{text}");
        }
    }

    #[test]
    fn nothing_to_go_on_is_undetermined() {
        assert_eq!(detect(""), Lang::Und);
        assert_eq!(detect("123 456 !!!"), Lang::Und);
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn word_lists_hold_whole_entries_only() {
        let list = Words("mai|juin|juillet|m|per cent");
        for w in ["mai", "juin", "juillet", "m", "per cent"] {
            assert!(list.contains(&w), "{w}");
        }
        for w in [
            "", "ju", "jui", "juil", "illet", "ai", "mai|juin", "|", "cent", "juillets",
        ] {
            assert!(!list.contains(&w), "{w:?}");
        }
        assert_eq!(list.iter().count(), 5);
    }
}

/// A word list written as one string of `|`-separated entries. An array of strings costs 8 bytes
/// of pointers an entry in the WebAssembly module; one string costs its letters only. For short
/// lists scanned in order (the cost is the same as a linear search of an array).
#[derive(Clone, Copy, Debug)]
pub struct Words(pub &'static str);

impl Words {
    /// The entries, in order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split('|').filter(|e| !e.is_empty())
    }

    /// Whether `word` is an entry.
    pub fn contains(self, word: &&str) -> bool {
        !word.is_empty() && names::in_list(self.0, word)
    }
}
