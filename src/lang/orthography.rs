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
    /// A capitalised word may follow an ordinal inside a sentence ("am 3. Oktober", "1. FC").
    /// Finnish writes months and nouns in lower case ("12. heinäkuuta"): there, a capital after
    /// a number is a new sentence ("sijalle 3. Espanjankielinen", the TDT treebank). Czech and
    /// Polish keep the cautious reading (capitalised names follow ordinals there too).
    pub ordinal_before_capital: bool,
    /// Text in the language is seen starting sentences in lower case ("… financières. un
    /// douzième …", "… at best. the waitress …", "… teplotu. máte-li …": the Sequoia, ParTUT,
    /// EWT and CAC treebanks), after a period, a question mark or a spaced dash. Elsewhere a
    /// lowercase word after a period is read as the sentence going on (an abbreviation we do
    /// not know), as before.
    pub lowercase_starts: bool,
    /// A speech turn of several sentences that ends in "!" or "?" is one sentence, whatever
    /// follows it (English fiction: "\"How queer everything is to-day! … Was I the same?\"").
    /// Czech fiction splits it into its sentences ("\"Chci to vědět. Mám na to jako matka
    /// právo?\"", the FicTree treebank) unless the narration goes on in lower case after it.
    pub speech_turns_held: bool,
    /// Letters of the alphabet written with two characters, which can be initials ("Vojtěch
    /// Ch." in Czech, where "ch" is one letter).
    pub digraph_letters: Words,
}

const PLAIN: Orthography = Orthography {
    ordinal_period: false,
    capitalised_nouns: false,
    ordinal_before_capital: true,
    lowercase_starts: false,
    speech_turns_held: true,
    digraph_letters: Words(""),
};

const ORDINAL_PERIOD: Orthography = Orthography {
    ordinal_period: true,
    ..PLAIN
};

/// The profile of `lang`. Undetermined text is read the cautious way: as if ordinals might take
/// a period, and without lowercase sentence starts.
pub fn of(lang: Lang) -> Orthography {
    match lang {
        Lang::De => Orthography {
            capitalised_nouns: true,
            ..ORDINAL_PERIOD
        },
        Lang::Cs => Orthography {
            digraph_letters: Words("Ch"),
            lowercase_starts: true,
            speech_turns_held: false,
            ..ORDINAL_PERIOD
        },
        Lang::Fi => Orthography {
            ordinal_before_capital: false,
            ..ORDINAL_PERIOD
        },
        Lang::Pl | Lang::Und => ORDINAL_PERIOD,
        Lang::En | Lang::Fr => Orthography {
            lowercase_starts: true,
            ..PLAIN
        },
        Lang::Es | Lang::It | Lang::Pt | Lang::Nl | Lang::Ro => PLAIN,
    }
}
