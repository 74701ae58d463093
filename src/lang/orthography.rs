//! What a language's writing tells the segmenter, beyond its word lists: one profile per
//! language, so the engine in [`crate::segment`] asks the profile instead of testing the language.
//!
//! Origin: written for Nutshell by its developers from each language's orthography (how it
//! writes ordinals, which words it capitalises, which letters are written with two characters).

use super::{Lang, Words};

/// How a language writes the things that make a period ambiguous.
#[derive(Clone, Copy, Debug)]
pub struct Orthography {
    /// Ordinal numbers take a period ("3. Liga", "28. sierpnia", "XII. století"), so a short
    /// number before a period is usually no sentence end.
    pub ordinal_period: bool,
    /// Nouns are capitalised (German): a capital after an abbreviation or a number ("5 Mio.
    /// Euro", "am 3. Oktober") does not suggest a new sentence.
    pub capitalised_nouns: bool,
    /// Letters of the alphabet written with two characters, which can be initials ("Vojtěch
    /// Ch." in Czech, where "ch" is one letter).
    pub digraph_letters: Words,
}

const PLAIN: Orthography = Orthography {
    ordinal_period: false,
    capitalised_nouns: false,
    digraph_letters: Words(""),
};

const ORDINAL_PERIOD: Orthography = Orthography {
    ordinal_period: true,
    ..PLAIN
};

/// The profile of `lang`. Undetermined text is read the cautious way: as if ordinals might take
/// a period.
pub fn of(lang: Lang) -> Orthography {
    match lang {
        Lang::De => Orthography {
            capitalised_nouns: true,
            ..ORDINAL_PERIOD
        },
        Lang::Cs => Orthography {
            digraph_letters: Words("Ch"),
            ..ORDINAL_PERIOD
        },
        Lang::Pl | Lang::Fi | Lang::Und => ORDINAL_PERIOD,
        Lang::En | Lang::Fr | Lang::Es | Lang::It | Lang::Pt | Lang::Nl | Lang::Ro => PLAIN,
    }
}
