//! Languages: the codes we know, detection, and per-language data.
//!
//! Per-language data lives in its own files as plain tables a reader can review, each saying
//! where it came from: [`stopwords`] (function words, for terms and detection), [`titles`]
//! (person titles, for sentences and entities), [`abbrev`] (abbreviations, for sentences),
//! [`orthography`] (how each language writes ordinals, nouns and initials, for sentences),
//! [`labels`] (page furniture's labels and prompts, for cleaning and extraction), [`boilerplate`]
//! (lines that are not prose),
//! [`names`] (gazetteers and cue words, for entities), [`reporting`] (reporting verbs, for quotes and entities), [`calendar`] (months and weekdays), [`letters`] (scripts and letters, for detection),
//! [`numbers`] (months, currencies, magnitudes, for figures).

pub mod abbrev;
pub mod boilerplate;
pub mod calendar;
pub mod entity_cues;
pub mod labels;
pub mod letters;
pub mod names;
pub mod numbers;
pub mod orthography;
pub mod pattern;
pub mod reporting;
pub mod stopwords;
pub mod titles;

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

    /// The language's position in [`Lang::ALL`], which is also its bit in the per-language word
    /// indexes; `None` for `Und`.
    pub fn index(self) -> Option<usize> {
        Lang::ALL.iter().position(|l| *l == self)
    }

    /// The Snowball stemmer for this language, where one exists.
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

#[cfg(test)]
mod tests {
    use super::*;

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
