//! Letters that speak for a language: a lowercase letter that only some of our languages write
//! often, with how much one occurrence counts for language detection (a function word counts 1).
//!
//! Origin: written for Nutshell from the alphabets of each language (Polish ł ą ę, Czech ř ě ů,
//! Romanian ș ț ă, Spanish ñ ¿ ¡, Portuguese ã õ, ...); letters shared by several languages weigh
//! less than letters one language alone uses.

use super::Lang;

/// The weight of one occurrence of the lowercase letter `c` as evidence for `lang`.
pub fn evidence(lang: Lang, c: char) -> f32 {
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
