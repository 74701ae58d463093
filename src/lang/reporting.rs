//! Reporting verbs and attribution words: what tells us who said something. Read by the
//! quotation stage (who said a quotation) and the entity stage (a name next to a reporting verb
//! is most likely a person's: "X said", "a déclaré X").
//!
//! Origin: written for Nutshell by its developers from the verbs news agencies use to attribute
//! quotes in each language (third person, present or past; participles for compound tenses, so
//! "a déclaré" matches on "déclaré", its auxiliary in [`auxiliaries`]). "selon", "according",
//! "laut" and the like introduce the speaker after them just as an inverted verb does.
//!
//! A language's words are looked up together with English's, which news in every language quote.

use super::{Lang, Words};
use crate::hash::{add_bits, WordBits};
use std::sync::OnceLock;

/// Every reporting word with a bit per language (bit `i` for `Lang::ALL[i]`): lowercase as
/// written (`folded = false`) or folded as names are ([`crate::text::fold`], accents dropped).
fn index(folded: bool) -> &'static WordBits {
    static WRITTEN: OnceLock<WordBits> = OnceLock::new();
    static FOLDED: OnceLock<WordBits> = OnceLock::new();
    let build = |fold: bool| {
        let mut map = WordBits::default();
        for (i, &l) in Lang::ALL.iter().enumerate() {
            if fold {
                // Folded keys are new strings; they live as long as the index, like the tables.
                let keys: Vec<&'static str> = words(l)
                    .iter()
                    .map(|w| &*Box::leak(crate::text::fold::fold(w).into_boxed_str()))
                    .collect();
                add_bits(&mut map, &mut keys.into_iter(), 1 << i);
            } else {
                add_bits(&mut map, &mut words(l).iter(), 1 << i);
            }
        }
        map
    };
    if folded {
        FOLDED.get_or_init(|| build(true))
    } else {
        WRITTEN.get_or_init(|| build(false))
    }
}

fn holds(bits: Option<&u32>, lang: Lang) -> bool {
    let english = 1 << 0;
    let own = lang.index().map_or(english, |i| 1 << i);
    bits.is_some_and(|b| b & (own | english) != 0)
}

/// Whether `word` (lowercase, apostrophes folded) attributes speech in `lang` (or in English).
pub fn is_reporting_word(lang: Lang, word: &str) -> bool {
    holds(index(false).get(word), lang)
}

/// [`is_reporting_word`] for a folded key ([`crate::text::fold`]: accents dropped too).
pub fn is_reporting_key(lang: Lang, key: &str) -> bool {
    holds(index(true).get(key), lang)
}

/// Whether the folded `key` is an auxiliary of a compound tense in `lang` (or English) that a
/// reporting participle follows: "a déclaré", "has said", "hat gesagt".
pub fn is_auxiliary(lang: Lang, key: &str) -> bool {
    auxiliaries(lang).contains(&key) || auxiliaries(Lang::En).contains(&key)
}

/// Auxiliaries of the compound past, folded (the entity stage reads words folded).
fn auxiliaries(lang: Lang) -> Words {
    match lang {
        Lang::En | Lang::Und => Words("has|had"),
        Lang::Fr => Words("a|avait"),
        Lang::De => Words("hat|habe|hatte"),
        Lang::Es => Words("ha|habia"),
        Lang::It => Words("ha|aveva"),
        Lang::Pt => Words("tem|tinha"),
        Lang::Nl => Words("heeft|had"),
        Lang::Pl | Lang::Cs | Lang::Fi | Lang::Ro => Words(""),
    }
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En | Lang::Und => EN,
        Lang::Fr => FR,
        Lang::De => DE,
        Lang::Es => ES,
        Lang::It => IT,
        Lang::Pt => PT,
        Lang::Nl => NL,
        Lang::Pl => PL,
        Lang::Cs => CS,
        Lang::Fi => FI,
        Lang::Ro => RO,
    }
}

#[rustfmt::skip]
const EN: Words = Words(
    "said|says|told|added|explained|stated|noted|warned|insisted|according|claimed|argued|\
    wrote|replied|announced|declared|admitted|stressed|recalled|concluded|continued|asked|\
    tweeted|promised|quoted",
);
#[rustfmt::skip]
const FR: Words = Words(
    "déclaré|déclare|dit|affirmé|affirme|indiqué|indique|expliqué|explique|souligné|souligne|\
    ajouté|ajoute|précisé|précise|promis|estimé|estime|assuré|assure|martelé|martèle|\
    conclut|conclu|lancé|lance|averti|rappelé|rappelle|jugé|juge|confié|confie|reconnu|\
    reconnaît|poursuit|poursuivi|insisté|insiste|commenté|répondu|répond|pointé|selon|\
    annoncé|prévenu|raconte|raconté|résume|résumé|observe|observé|tranche|tranché",
);
#[rustfmt::skip]
const DE: Words = Words(
    "sagte|sagt|erklärte|erklärt|betonte|betont|meinte|laut|fügte|sagten|kündigte|warnte|\
    schrieb|berichtete|zufolge|gesagt|gemeint|geschrieben",
);
#[rustfmt::skip]
const ES: Words = Words(
    "dijo|afirmó|declaró|señaló|explicó|aseguró|según|indicó|añadió|destacó|subrayó|advirtió|\
    agregó|manifestó|sostuvo|dicho|afirmado|declarado|señalado|explicado",
);
#[rustfmt::skip]
const IT: Words = Words(
    "detto|dichiarato|affermato|secondo|spiegato|aggiunto|sottolineato|dice|afferma|spiega|\
    precisato|annunciato",
);
#[rustfmt::skip]
const PT: Words = Words(
    "disse|afirmou|declarou|segundo|explicou|acrescentou|destacou|garantiu|sublinhou|referiu|\
    diz|afirma|dito|afirmado|declarado",
);
#[rustfmt::skip]
const NL: Words = Words(
    "zei|zegt|aldus|volgens|verklaarde|stelde|benadrukte|schreef|gezegd|verklaard",
);
#[rustfmt::skip]
const PL: Words = Words(
    "powiedział|powiedziała|stwierdził|stwierdziła|według|dodał|dodała|podkreślił|\
    podkreśliła|zaznaczył|mówi",
);
#[rustfmt::skip]
const CS: Words = Words(
    "řekl|řekla|uvedl|uvedla|podle|dodal|dodala|prohlásil|prohlásila|uvádí",
);
#[rustfmt::skip]
const FI: Words = Words(
    "sanoi|kertoi|mukaan|totesi|sanoo|kertoo|korosti",
);
#[rustfmt::skip]
const RO: Words = Words(
    "declarat|spus|potrivit|afirmat|precizat|subliniat|adăugat|explicat",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_words_as_written_and_folded_with_english_everywhere() {
        assert!(is_reporting_word(Lang::Fr, "déclaré"));
        assert!(!is_reporting_word(Lang::Fr, "declare"));
        assert!(is_reporting_key(Lang::Fr, "declare"));
        assert!(is_reporting_key(Lang::De, "erklarte"));
        assert!(is_reporting_word(Lang::De, "said"));
        assert!(!is_reporting_word(Lang::De, "dijo"));
        assert!(is_reporting_word(Lang::Und, "said"));
        assert!(!is_reporting_key(Lang::Fr, "table"));
        assert!(is_auxiliary(Lang::Fr, "a") && is_auxiliary(Lang::Fr, "has"));
        assert!(!is_auxiliary(Lang::De, "a"));
    }
}
