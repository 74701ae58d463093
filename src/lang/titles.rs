//! Person titles, per language: the one table that segmentation and the entity stage share.
//!
//! Origin: written for Nutshell by its developers from each language's orthography and news
//! usage (style guides, everyday press), and from the titles the entity stage's old-newspaper
//! evaluation (HIPE: "M. Ruedi", "Herrn Oberst Brunner", "Thomas Duff, Esq.") showed in front
//! of names; none is copied from another project's list.
//!
//! Entries are written as they appear in text: an abbreviation with its period ("Dr.", "Sen.",
//! "prof."), a contraction the language writes without one ("Mme", "Mgr", Polish "dr", Finnish
//! "tri"), and, where a language writes both, both ("Mr." and "Mr"). Three kinds:
//! - *abbreviations* stand before a name, so the segmenter never ends a sentence after them
//!   ("Dr. Watson", "Mme. Dupont": the period of "Mme." is no sentence end either);
//! - *words* are titles written in full ("President", "ministre", "Herr"): they may end a
//!   sentence, and only the entity stage reads them;
//! - *after a name* ("Esq."): a sentence may end there.
//!
//! Letter case matters to the segmenter ("M." is a title, "m." a metre); the entity stage
//! looks titles up folded ([`is_title`]).

use super::{names, Lang, Words};
use crate::hash::{add_bits, WordBits};
use std::sync::OnceLock;

/// The titles of one language.
#[derive(Clone, Copy, Debug)]
pub struct Titles {
    /// Abbreviated titles, as written, before a name ("Dr.", "Mme").
    pub abbreviations: Words,
    /// Titles written in full ("President", "maire").
    pub words: Words,
    /// Titles written after a name ("Esq.").
    pub after_name: Words,
}

const NONE: Words = Words("");

/// The titles of `lang` (none for undetermined text, which reads every language's).
pub fn of(lang: Lang) -> Titles {
    let (abbreviations, words, after_name) = match lang {
        Lang::En => (EN, EN_WORDS, EN_AFTER),
        Lang::Fr => (FR, FR_WORDS, NONE),
        Lang::De => (DE, DE_WORDS, NONE),
        Lang::Es => (ES, NONE, NONE),
        Lang::It => (IT, NONE, NONE),
        Lang::Pt => (PT, NONE, NONE),
        Lang::Nl => (NL, NONE, NONE),
        Lang::Pl => (PL, NONE, NONE),
        Lang::Cs => (CS, NONE, NONE),
        Lang::Fi => (FI, NONE, NONE),
        Lang::Ro => (RO, NONE, NONE),
        Lang::Und => (NONE, NONE, NONE),
    };
    Titles {
        abbreviations,
        words,
        after_name,
    }
}

/// Abbreviated titles that text in any language may use (international usage, and English
/// and French forms that other languages' press prints as they are).
pub const UNIVERSAL: Words = Words("Dr.|Dr|Hr.|Mgr|Mlle|Mme|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Prof.|Prof");

/// The bit of [`UNIVERSAL`] in [`folded_index`]; bit `i` is `Lang::ALL[i]`'s.
const UNIVERSAL_BIT: u32 = 1 << 31;

/// Whether `folded` (a word folded as [`names::fold_into`] does it: lowercase, without accents,
/// its final period kept) is a title of `lang` or a universal one, of any kind: "m.", "mme",
/// "president", "esq.". Undetermined text has every language's titles. The period counts: "sen."
/// is a title, "sen" (a name) is not; "mme" and "mme." both are, since both are written.
pub fn is_title(lang: Lang, folded: &str) -> bool {
    let bits = folded_index().get(folded).copied().unwrap_or(0);
    let lang_bit = lang.index().map_or(!UNIVERSAL_BIT, |i| 1 << i);
    bits & (lang_bit | UNIVERSAL_BIT) != 0
}

/// Whether `folded` is a title in any language (as [`is_title`] for undetermined text).
pub fn is_title_in_any(folded: &str) -> bool {
    is_title(Lang::Und, folded)
}

/// Every title of every kind, folded, with the bits of the languages that have it.
fn folded_index() -> &'static WordBits {
    static INDEX: OnceLock<WordBits> = OnceLock::new();
    INDEX.get_or_init(|| {
        // Every folded key goes into one string kept for the life of the program, as the
        // entity stage's own table does: one allocation, not one per title.
        let mut keys = String::new();
        let mut entries: Vec<(usize, usize, u32)> = Vec::new();
        let mut key = String::new();
        let mut add = |list: Words, bit: u32| {
            for title in list.iter() {
                names::fold_into(&mut key, title);
                entries.push((keys.len(), keys.len() + key.len(), bit));
                keys.push_str(&key);
            }
        };
        add(UNIVERSAL, UNIVERSAL_BIT);
        for (i, &lang) in Lang::ALL.iter().enumerate() {
            let t = of(lang);
            for list in [t.abbreviations, t.words, t.after_name] {
                add(list, 1 << i);
            }
        }
        let keys: &'static str = Box::leak(keys.into_boxed_str());
        let mut index = WordBits::default();
        for (start, end, bit) in entries {
            add_bits(&mut index, &mut std::iter::once(&keys[start..end]), bit);
        }
        index
    })
}

/// English: US usage writes the period, British usage often does not ("Mr", "Dr"). "Drs." is
/// the plural ("Drs. Ali work wonders", the EWT treebank).
const EN: Words = Words(
    "Adm.|Atty.|Brig.|Capt.|Cmdr.|Col.|Cpl.|Det.|Dr.|Dr|Drs.|Fr.|Gen.|Gov.|Hon.|Insp.|Lieut.|Lt.|\
    Maj.|Messrs.|Mmes.|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Pfc.|Pres.|Prof.|Prof|Pvt.|Rep.|Reps.|Rev.|Rev|\
    Sen.|Sens.|Sgt.|Spc.|Supt.",
);

const EN_WORDS: Words = Words(
    "Miss|Mister|Doctor|Professor|Sir|Dame|Lord|Lady|Reverend|Father|Pope|King|Queen|Prince|\
    Princess|Duke|Duchess|Emperor|Empress|Sheikh|Sheik|Imam|Rabbi|Archbishop|Bishop|Cardinal|\
    President|Vice|Vice-President|Chancellor|Premier|Prime|Minister|Secretary|Senator|\
    Representative|Congressman|Congresswoman|Governor|Mayor|Judge|Justice|Ambassador|\
    Commissioner|Chairman|Chairwoman|Chief|Deputy|General|Colonel|Captain|Lieutenant|Sergeant|\
    Admiral|Marshal|Commander|Major|Coach|Inspector|Detective|Officer|Sheriff|Clerk|Treasurer|\
    Postmaster|Attorney|Alderman|Consul|Editor",
);

const EN_AFTER: Words = Words("Esq.|Esquire");

/// French typography writes contractions without a period ("Mme", "Mgr", "Dr", "Pr"); the
/// press often adds one.
const FR: Words =
    Words("M.|M|MM.|MM|Me|Mgr|Mlle|Mlle.|Mlles|Mme|Mme.|Mmes|Dr|Dr.|Pr|Pr.|Prof.|Sr|Vve");

const FR_WORDS: Words = Words(
    "Monseigneur|Monsieur|Madame|Mademoiselle|président|présidente|ministre|chancelier|\
    chancelière|premier|secrétaire|sénateur|député|députée|maire|juge|ambassadeur|général|\
    colonel|capitaine|lieutenant|maréchal|amiral|commandant|docteur|professeur|abbé|pape|\
    cardinal|évêque|archevêque|roi|reine|prince|princesse|empereur|impératrice|duc|duchesse|\
    comte|comtesse|baron|baronne|marquis|marquise|vicomte|sieur|citoyen|citoyenne|conseiller|\
    conseillère|syndic|pasteur|curé|chanoine|directeur|directrice|patron|patronne|PDG|dame|\
    demoiselle|veuve|notaire|négociant|marchand|meunier|maître|commissaire|chef|porte-parole|\
    instituteur|avocat|médecin|fabricant|horloger|éditeur|greffier|receveur|inspecteur|\
    ingénieur|banquier|dirigeant|délégué|rédacteur",
);

/// German; "Hr"/"Hrn" also without the period in older print.
const DE: Words =
    Words("Abg.|Dipl.|Dr.|Durchl.|Fr.|Frl.|HH.|Hochw.|Hr.|Hr|Hrn.|Hrn|Ing.|Mag.|Pfr.|Prof.");

const DE_WORDS: Words = Words(
    "Herr|Herrn|Frau|Fräulein|Fürst|Fürstin|Graf|Gräfin|Freiherr|Freifrau|König|Königin|\
    Kaiser|Kaiserin|Prinz|Prinzessin|Herzog|Herzogin|Erzherzog|Markgraf|Oberst|\
    Oberstleutnant|Hauptmann|Leutnant|Feldmarschall|Generalleutnant|Präsident|\
    Bundespräsident|Bundeskanzler|Kanzler|Reichskanzler|Ministerpräsident|Staatssekretär|\
    Stadtrat|Regierungsrat|Gemeinderat|Stadtpräsident|Bürgermeister|Pfarrer|Dekan|Bischof|\
    Erzbischof|Papst|Direktor|Abgeordneter|Sekretär|Marschall|Pater|Verwalter|Notar|Redaktor|\
    Statthalter|Landammann",
);

/// Spanish, capitalised before a name and lowercase in running text.
const ES: Words = Words(
    "Arq.|Dr.|Dra.|Dña.|Excma.|Excmo.|Gral.|Ilma.|Ilmo.|Ing.|Lcda.|Lcdo.|Lic.|Prof.|Profa.|\
    Sr.|Sra.|Sras.|Sres.|Srta.|dr.|dra.|lic.|sr.|sra.|srta.",
);

/// Italian, with the forms of address of letters ("Egr.", "Gent.", "Spett.").
const IT: Words = Words(
    "Arch.|Avv.|Cap.|Col.|Dir.|Dott.|Egr.|Gen.|Gent.|Geom.|Ing.|Magg.|Mons.|On.|Prof.|Rag.|\
    Rev.|Sen.|Sig.|Sigg.|Spett.|arch.|avv.|dott.|geom.|ing.|mons.|on.|prof.|psicol.|sen.|sig.",
);

const PT: Words = Words("Dr.|Dra.|Eng.|Exma.|Exmo.|Prof.|Profa.|Sr.|Sra.|Srta.|dr.|dra.|sr.|sra.");

const NL: Words =
    Words("Dhr.|Dr.|Drs.|Ing.|Ir.|Mevr.|Mr.|Mw.|Prof.|dhr.|dr.|drs.|ing.|ir.|mevr.|mr.|mw.|prof.");

/// Polish writes lowercase titles, without a period when the abbreviation keeps the word's last
/// letter ("dr", "mgr", "płk", "ppłk", "kmdr") and with one otherwise ("prof.", "inż."). The
/// press's functions before a name ("dyr. Nowak", "pos. Kowalski", "marsz.", "prez.", "przew.",
/// "kard.") are written from Polish press usage: no Polish treebank is in train.
const PL: Words = Words(
    "abp|bp|doc.|dr|dyr.|gen.|hab.|insp.|inż.|kard.|kmdr|kpt.|ks.|marsz.|mec.|mgr|mjr|pos.|\
    ppłk|prez.|prof.|przew.|płk|red.|Św.|św.",
);

/// Czech academic titles and ranks, and "sv." (saint).
const CS: Words = Words(
    "Bc.|Dr.|Ing.|JUDr.|MUDr.|MVDr.|Mgr.|PhDr.|RNDr.|doc.|dr.|gen.|kpt.|mjr.|npor.|plk.|pplk.|\
    prof.|sv.",
);

/// Finnish writes contractions without a period ("tri", "hra", "rva").
const FI: Words = Words("dos.|hra|ins.|maist.|prof.|rva|tri");

/// Romanian, with the forms of "domnul"/"doamna" ("dl.", "D-na") and "Sf." (saint), and the
/// lowercase titles of the press ("prof. dr.", "ing.", "col.", "gen."), written from Romanian
/// press usage: no Romanian treebank is in train.
const RO: Words = Words(
    "Col.|D-l|D-na|D-ra|Dl.|Dlui|Dna.|Dnei|Dr.|Dra.|Gen.|Ing.|Lt.|Pr.|Prof.|Sf.|col.|dl.|dna.|\
    dr.|gen.|ing.|prof.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_single_words() {
        let mut lists = vec![UNIVERSAL];
        for lang in Lang::ALL {
            let t = of(lang);
            lists.extend([t.abbreviations, t.words, t.after_name]);
        }
        for list in lists {
            for e in list.iter() {
                assert!(!e.contains(' ') && !e.starts_with('.'), "{e:?}");
            }
        }
    }

    #[test]
    fn titles_folded_with_or_without_their_period() {
        let cases = [
            (Lang::Fr, "m.", true),
            (Lang::Fr, "mme", true),
            (Lang::Fr, "mme.", true),
            (Lang::Fr, "pr.", true),
            (Lang::Fr, "vve", true),
            (Lang::Fr, "president", true),
            (Lang::Fr, "veuve", true),
            (Lang::En, "sen.", true),
            (Lang::En, "sen", false),
            (Lang::En, "esq.", true),
            (Lang::En, "mme", true),
            (Lang::En, "m.", false),
            (Lang::De, "prasident", true),
            (Lang::Und, "m.", true),
            (Lang::Pl, "prof.", true),
            (Lang::Ro, "d l", true),
        ];
        for (lang, key, want) in cases {
            assert_eq!(is_title(lang, key), want, "{lang:?} {key}");
        }
        assert!(is_title_in_any("herrn"));
        assert!(!is_title_in_any("paris"));
    }
}
