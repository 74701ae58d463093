//! Reporting verbs and attribution words: what tells us who said a quotation.
//!
//! Origin: written for Nutshell by its developers from the verbs news agencies use to attribute
//! quotes in each language (third person, present or past; participles for compound tenses, so
//! "a déclaré" matches on "déclaré"). "selon", "according", "laut" and the like introduce the
//! speaker after them just as an inverted verb does.

use super::{Lang, Words};
use crate::hash::{add_bits, WordBits};
use std::sync::OnceLock;

/// Whether `word` (lowercase, apostrophes folded) attributes speech in `lang` (or in English,
/// which news in every language quote).
pub fn is_reporting_word(lang: Lang, word: &str) -> bool {
    // One hash lookup: every word with a bit per language (bit `i` for `Lang::ALL[i]`).
    static INDEX: OnceLock<WordBits> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut map = WordBits::default();
        for (i, &l) in Lang::ALL.iter().enumerate() {
            add_bits(&mut map, &mut words(l).iter(), 1 << i);
        }
        map
    });
    let Some(&bits) = index.get(word) else {
        return false;
    };
    let english = 1 << 0;
    let own = lang.index().map_or(english, |i| 1 << i);
    bits & (own | english) != 0
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
    tweeted|promised",
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
    schrieb|berichtete|zufolge",
);
#[rustfmt::skip]
const ES: Words = Words(
    "dijo|afirmó|declaró|señaló|explicó|aseguró|según|indicó|añadió|destacó|subrayó|advirtió|\
    agregó|manifestó|sostuvo",
);
#[rustfmt::skip]
const IT: Words = Words(
    "detto|dichiarato|affermato|secondo|spiegato|aggiunto|sottolineato|dice|afferma|spiega|\
    precisato|annunciato",
);
#[rustfmt::skip]
const PT: Words = Words(
    "disse|afirmou|declarou|segundo|explicou|acrescentou|destacou|garantiu|sublinhou|referiu|\
    diz|afirma",
);
#[rustfmt::skip]
const NL: Words = Words(
    "zei|zegt|aldus|volgens|verklaarde|stelde|benadrukte|schreef",
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
