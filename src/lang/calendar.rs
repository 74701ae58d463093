//! Months and weekdays, per language: dates in key figures ("12 mars 2024", "1er juillet"),
//! datelines in the entity stage ("NEW YORK, June 26"), and capitalised words that are no names
//! ("Monday", "Juni").
//!
//! Origin: written for Nutshell by its developers from each language's calendar: month names
//! with their usual abbreviations, and the forms dates use (Polish, Czech and Finnish write the
//! day's month in the genitive or partitive: "12 marca", "12. března", "12. maaliskuuta";
//! Romanian and the Romance languages lowercase). Lowercase, as written.

use super::{Lang, Words};
use crate::hash::{add_bits, WordBits};
use std::sync::OnceLock;

/// Month names, abbreviations and date forms of `lang`.
fn months(lang: Lang) -> Words {
    match lang {
        Lang::En => Words("january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"),
        Lang::Fr => Words("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc"),
        Lang::De => Words("januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|febr|mär|apr|aug|sep|sept|okt|nov|dez"),
        Lang::Es => Words("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"),
        Lang::It => Words("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
        Lang::Pt => Words("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
        Lang::Nl => Words("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
        Lang::Pl => Words("styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
        Lang::Cs => Words("leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|listopad|prosinec|ledna|února|března|dubna|května|června|července|srpna|října|listopadu|prosince"),
        Lang::Fi => Words("tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"),
        Lang::Ro => Words("ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie"),
        Lang::Und => Words(""),
    }
}

/// Weekdays of `lang`.
fn weekdays(lang: Lang) -> Words {
    match lang {
        Lang::En => Words("monday|tuesday|wednesday|thursday|friday|saturday|sunday"),
        Lang::Fr => Words("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
        Lang::De => Words("montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"),
        Lang::Es => Words("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
        Lang::It => Words("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
        Lang::Pt => {
            Words("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo")
        }
        Lang::Nl => Words("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
        Lang::Pl => Words("poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"),
        Lang::Cs => Words("pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle"),
        Lang::Fi => Words("maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai"),
        Lang::Ro => Words("luni|marți|miercuri|joi|vineri|sâmbătă|duminică"),
        Lang::Und => Words(""),
    }
}

/// The languages whose calendar words the entity stage takes for "not a name" when capitalised.
/// Elsewhere a month is also a common given name or surname (Spanish "Julio", Italian "Marzo",
/// Polish "Maj"), and those languages write their months in lowercase anyway.
pub const NOT_NAMES: [Lang; 3] = [Lang::En, Lang::Fr, Lang::De];

/// Every month word of every language (a month name in one language is rarely a common word in
/// another, so dates are found whatever language the text was detected as).
fn month_index() -> &'static WordBits {
    static INDEX: OnceLock<WordBits> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = WordBits::default();
        for lang in Lang::ALL {
            add_bits(&mut map, &mut months(lang).iter(), 1);
        }
        map
    })
}

/// Whether `word` (lowercase) is a month's name, abbreviation or date form in any language.
pub fn is_month(word: &str) -> bool {
    month_index().contains_key(word)
}

/// [`is_month`] for a folded key ([`crate::text::fold`]: accents dropped; a final period, as in
/// "Jan.", is ignored).
pub fn is_month_key(key: &str) -> bool {
    static INDEX: OnceLock<WordBits> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut map = WordBits::default();
        for lang in Lang::ALL {
            let keys: Vec<&'static str> = months(lang)
                .iter()
                .map(|w| &*Box::leak(crate::text::fold::fold(w).into_boxed_str()))
                .collect();
            add_bits(&mut map, &mut keys.into_iter(), 1);
        }
        map
    });
    index.contains_key(key.trim_end_matches('.'))
}

/// The month and weekday words of `lang`, for the entity stage's tables.
pub fn words(lang: Lang) -> impl Iterator<Item = &'static str> {
    months(lang).iter().chain(weekdays(lang).iter())
}

/// The month words of `lang` alone.
pub fn month_words(lang: Lang) -> impl Iterator<Item = &'static str> {
    months(lang).iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_of_every_language_and_weekdays() {
        for w in [
            "mars",
            "märz",
            "marca",
            "března",
            "maaliskuuta",
            "martie",
            "sept",
        ] {
            assert!(is_month(w), "{w}");
        }
        assert!(!is_month("monday") && !is_month("mardi") && !is_month("marché"));
        assert!(is_month_key("marz") && is_month_key("fevrier") && is_month_key("jan."));
        assert_eq!(words(Lang::En).count(), 31);
        for lang in Lang::ALL {
            assert!(months(lang).iter().count() >= 12, "{lang:?}");
            assert_eq!(
                weekdays(lang).iter().count(),
                7 + usize::from(lang == Lang::De)
            );
        }
    }
}
