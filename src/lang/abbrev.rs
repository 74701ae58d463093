//! Abbreviations and titles for sentence segmentation, per language.
//!
//! Origin: every table below was written for Nutshell by its developers from the abbreviations in
//! common use in each language's news writing and orthography (style guides and everyday press
//! usage); none is copied from another project's list.
//!
//! An entry is the abbreviation as written, without its final period, with its inner periods and
//! without spaces: "z. B." and "z.B." are both the entry "z.B". Two kinds:
//! - *titles* ("Dr", "Mme", "ul") always precede a name, so a period after them never ends a
//!   sentence;
//! - *plain* abbreviations ("etc", "Co", "usw") usually continue the sentence but may also end it
//!   (the period then does double duty); the segmenter splits after them only when the next word
//!   is one that typically opens a sentence.
//!
//! Words that are also common ordinary words of the language (French "mer", Spanish "mar") are
//! left out on purpose: a sentence ending in them must still split. Each table is sorted by Rust's
//! `str` order so lookups are a binary search; a test checks it.

use super::Lang;
use std::cmp::Ordering;

/// No entry is longer than this many bytes, so longer words are rejected without a search.
const LONGEST: usize = 12;

/// Whether the sorted `list` holds `word`. The comparison is written out because entries are a
/// few bytes long, where a call to `memcmp` per probe costs more than the comparison itself.
fn has(list: &[&str], word: &str) -> bool {
    let w = word.as_bytes();
    list.binary_search_by(|e| compare(e.as_bytes(), w)).is_ok()
}

/// Byte-wise order, the same as `str`'s.
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// What kind of abbreviation a word is, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Always followed by a name: never ends a sentence.
    Title,
    /// Usually inside a sentence, but may end one.
    Plain,
}

/// The kind of `word` (without its final period) in `lang`, falling back to the tables shared
/// by all languages. Undetermined text is checked against every language's titles, since a
/// title is almost never a sentence's last word in any language.
pub fn lookup(lang: Lang, word: &str) -> Option<Abbrev> {
    if word.len() > LONGEST {
        return None;
    }
    let has = |list: &[&str]| has(list, word);
    if has(titles(lang)) || has(UNIVERSAL_TITLES) {
        return Some(Abbrev::Title);
    }
    if lang == Lang::Und && Lang::ALL.iter().any(|&l| has(titles(l))) {
        return Some(Abbrev::Title);
    }
    if has(plain(lang)) || has(UNIVERSAL_PLAIN) {
        return Some(Abbrev::Plain);
    }
    None
}

/// Whether `word` is a unit of measure or a counting word ("proc", "mln") that, after a number,
/// often ends a sentence.
pub fn is_unit(word: &str) -> bool {
    word.len() <= LONGEST && has(UNITS, word)
}

/// Whether `word` announces a number ("No. 5", "Tel. 0123", "art. 54"): before a number it never
/// ends a sentence, before anything else it is read as an ordinary word.
pub fn precedes_number(word: &str) -> bool {
    word.len() <= LONGEST && has(NUMBER_PREFIXES, word)
}

/// Whether `word` introduces a clock time ("klo 16."), so the number after it is no ordinal.
pub fn is_clock_word(word: &str) -> bool {
    word.len() <= LONGEST && has(CLOCK_WORDS, word)
}

/// Whether `word` (lowercase) is a function word that often opens a sentence in a language we
/// have no stopword list for (Danish and Norwegian), so text in it still splits after "U.S.".
pub fn is_extra_opener(word: &str) -> bool {
    word.len() <= LONGEST && has(EXTRA_OPENERS, word)
}

/// Whether `word` closes an enumeration ("etc", "usw"): after it, a capital starts a sentence.
pub fn ends_list(word: &str) -> bool {
    word.len() <= LONGEST && has(LIST_ENDS, word)
}

/// Whether `word` is a name written with a final "!" ("Yahoo!").
pub fn is_name_with_bang(word: &str) -> bool {
    word.len() <= LONGEST && has(NAMES_WITH_BANG, word)
}

/// The titles of `lang` (empty for undetermined text).
pub fn titles(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => EN_TITLES,
        Lang::Fr => FR_TITLES,
        Lang::De => DE_TITLES,
        Lang::Es => ES_TITLES,
        Lang::It => IT_TITLES,
        Lang::Pt => PT_TITLES,
        Lang::Nl => NL_TITLES,
        Lang::Pl => PL_TITLES,
        Lang::Cs => CS_TITLES,
        Lang::Fi => FI_TITLES,
        Lang::Ro => RO_TITLES,
        Lang::Und => &[],
    }
}

/// The plain abbreviations of `lang` (empty for undetermined text).
pub fn plain(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => EN_PLAIN,
        Lang::Fr => FR_PLAIN,
        Lang::De => DE_PLAIN,
        Lang::Es => ES_PLAIN,
        Lang::It => IT_PLAIN,
        Lang::Pt => PT_PLAIN,
        Lang::Nl => NL_PLAIN,
        Lang::Pl => PL_PLAIN,
        Lang::Cs => CS_PLAIN,
        Lang::Fi => FI_PLAIN,
        Lang::Ro => RO_PLAIN,
        Lang::Und => &[],
    }
}

/// Titles shared by many languages (checked whatever the language).
#[rustfmt::skip]
const UNIVERSAL_TITLES: &[&str] = &[
    "Dr", "Hr", "Mgr", "Mlle", "Mme", "Mr", "Mrs", "Ms", "Mt", "Prof", "Skt",
];

/// Latin and international abbreviations, plus the commonest Russian, Bulgarian, Slovak and
/// Danish ones, for text in languages without a table of their own.
#[rustfmt::skip]
const UNIVERSAL_PLAIN: &[&str] = &[
    "Nr", "N°", "Nº", "Ph.D", "Vol", "al", "approx", "bl.a", "ca", "cf", "e.g", "etc", "evt",
    "f.eks", "i.e", "ibid", "ifm", "inkl", "jf", "kl", "m.m", "mht", "mv", "napr", "nr", "n°",
    "nº", "op.cit", "pga", "pp", "stk", "vha", "vol", "vs", "г", "гг", "др", "им", "кв", "млн",
    "млрд", "пгт", "пл", "проф", "руб", "см", "стр", "т.д", "т.е", "т.к", "т.п", "тыс", "ул",
];

/// English titles and street/place words that always precede a name.
#[rustfmt::skip]
const EN_TITLES: &[&str] = &[
    "Adm", "Atty", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Fr", "Ft", "Gen", "Gov",
    "Hon", "Insp", "Lt", "Maj", "Messrs", "Mmes", "Mr", "Mrs", "Ms", "Mt", "Pfc", "Pres", "Prof",
    "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Spc", "Supt",
];

/// English abbreviations that may also end a sentence.
#[rustfmt::skip]
const EN_PLAIN: &[&str] = &[
    "Apr", "Ariz", "Art", "Assn", "Aug", "Ave", "Blvd", "Bros", "Calif", "Ch", "Co", "Colo",
    "Conn", "Corp", "Dec", "Dept", "Eq", "Esq", "Feb", "Fig", "Fla", "Fri", "Govt", "Inc", "Intl",
    "Jan", "Jr", "Jul", "Jun", "LLC", "Ltd", "Mon", "Natl", "No", "Nos", "Nov", "Oct", "Rd", "Sec",
    "Sep", "Sept", "Sr", "St", "Ste", "Thu", "Thurs", "Tue", "Tues", "Univ", "approx", "art", "ch",
    "dept", "ed", "eds", "eq", "est", "fig", "figs", "ft", "govt", "hr", "hrs", "lb", "lbs", "max",
    "min", "mss", "no", "nos", "op", "oz", "para", "sec", "univ", "viz", "vol", "yr", "yrs",
];

/// French titles and street/place words that always precede a name.
#[rustfmt::skip]
const FR_TITLES: &[&str] = &[
    "Dr", "M", "MM", "Me", "Mgr", "Mlle", "Mlles", "Mme", "Mmes", "Pr", "Prof", "Sr", "St", "Ste",
    "Vve",
];

/// French abbreviations that may also end a sentence.
#[rustfmt::skip]
const FR_PLAIN: &[&str] = &[
    "Cie", "Ets", "Tél", "al", "anc", "ann", "apr", "art", "av", "avr", "bd", "cf", "ch", "chap",
    "cie", "cit", "coll", "dir", "déc", "env", "etc", "ex", "fg", "févr", "hab", "ibid", "janv",
    "juil", "max", "min", "nov", "oct", "p", "pp", "resp", "sept", "suiv", "tél", "vers", "vol",
    "éd", "éds", "éq",
];

/// German titles and street/place words that always precede a name.
#[rustfmt::skip]
const DE_TITLES: &[&str] = &[
    "Dipl", "Dr", "Durchl", "Ew", "Fr", "Hochw", "Hr", "Hrn", "Ing", "Kaiserl", "Königl", "Mag",
    "Pfr", "Prof", "Se", "Sr", "St",
];

/// German abbreviations that may also end a sentence.
#[rustfmt::skip]
const DE_PLAIN: &[&str] = &[
    "Abs", "Apr", "Art", "Aug", "Bd", "Bhf", "Dez", "Feb", "Febr", "Hl", "Jahrh", "Jan", "Jh",
    "Jhd", "Mio", "Mrd", "Nov", "Nr", "Okt", "Pkt", "Sept", "Std", "Str", "Tel", "Tsd", "allg",
    "bes", "betr", "bspw", "bzw", "ca", "d.h", "dipl", "einschl", "entspr", "ev", "evang", "evtl",
    "exkl", "geb", "gem", "gest", "ggf", "ggü", "hl", "i.d.R", "inkl", "insb", "jur", "kath", "lt",
    "max", "med", "min", "mind", "nachm", "nat", "o.Ä", "o.ä", "phil", "rer", "s.o", "s.u", "sog",
    "str", "u.U", "u.a", "u.Ä", "u.ä", "urspr", "usw", "v.a", "vgl", "vorm", "z.B", "z.T", "z.Z",
    "zit", "zzgl",
];

/// Spanish titles and street/place words that always precede a name.
#[rustfmt::skip]
const ES_TITLES: &[&str] = &[
    "Arq", "Dr", "Dra", "Dña", "EE", "Excma", "Excmo", "Gral", "Ilma", "Ilmo", "Ing", "Lcda",
    "Lcdo", "Lic", "Prof", "Profa", "Sr", "Sra", "Sras", "Sres", "Srta", "Sta", "Sto", "dr", "dra",
    "lic", "sr", "sra", "srta",
];

/// Spanish abbreviations that may also end a sentence.
#[rustfmt::skip]
const ES_PLAIN: &[&str] = &[
    "Av", "Avda", "Cra", "Cía", "Dom", "Dto", "EE.UU", "Ext", "Jue", "Lun", "Mar", "Mié", "No",
    "Sáb", "Tel", "Ud", "Uds", "Vd", "Vie", "abr", "admón", "ago", "aprox", "art", "av", "avda",
    "cap", "cía", "dcha", "dic", "dto", "ej", "ene", "etc", "feb", "gral", "izq", "izqda", "jul",
    "jun", "nov", "núm", "oct", "pp", "prov", "pág", "págs", "párr", "párrf", "sept", "tel", "ud",
    "uds", "vd", "vol",
];

/// Italian titles and street/place words that always precede a name.
#[rustfmt::skip]
const IT_TITLES: &[&str] = &[
    "Arch", "Avv", "Cap", "Col", "Dir", "Dott", "Egr", "Gen", "Gent", "Geom", "Ing", "Magg",
    "Mons", "On", "Prof", "Rag", "Rev", "Sen", "Sig", "Sigg", "Spett", "arch", "avv", "dott",
    "geom", "ing", "mons", "on", "prof", "psicol", "sen", "sig",
];

/// Italian abbreviations that may also end a sentence.
#[rustfmt::skip]
const IT_PLAIN: &[&str] = &[
    "Amm", "apr", "art", "ca", "cap", "cfr", "dic", "ecc", "es", "feb", "fig", "gen", "giu", "lug",
    "mar", "nn", "nov", "ott", "pag", "pagg", "pp", "sec", "st", "tel", "ved", "vol",
];

/// Portuguese titles and street/place words that always precede a name.
#[rustfmt::skip]
const PT_TITLES: &[&str] = &[
    "Dr", "Dra", "Eng", "Exma", "Exmo", "Prof", "Profa", "Sr", "Sra", "Srta", "Sta", "Sto", "dr",
    "dra", "sr", "sra",
];

/// Portuguese abbreviations that may also end a sentence.
#[rustfmt::skip]
const PT_PLAIN: &[&str] = &[
    "Av", "Cia", "Ltda", "abr", "ago", "aprox", "art", "av", "cap", "cia", "dez", "etc", "ex",
    "fev", "jan", "jul", "jun", "nov", "nº", "out", "pp", "pág", "págs", "set", "séc", "tel",
    "vol",
];

/// Dutch titles and street/place words that always precede a name.
#[rustfmt::skip]
const NL_TITLES: &[&str] = &[
    "Dhr", "Dr", "Drs", "Ing", "Ir", "Mevr", "Mr", "Mw", "Prof", "St", "dhr", "dr", "drs", "ing",
    "ir", "mevr", "mr", "mw", "prof",
];

/// Dutch abbreviations that may also end a sentence.
#[rustfmt::skip]
const NL_PLAIN: &[&str] = &[
    "Nr", "a.s", "apr", "aug", "bijv", "blz", "bv", "ca", "d.w.z", "dec", "e.d", "enz", "etc",
    "evt", "excl", "feb", "i.p.v", "incl", "jan", "jl", "jul", "jun", "m.b.t", "m.n", "mld", "mln",
    "mrd", "mrt", "nov", "nr", "o.a", "okt", "resp", "sep", "sept", "vnl", "zg", "zgn",
];

/// Polish titles and street/place words that always precede a name.
#[rustfmt::skip]
const PL_TITLES: &[&str] = &[
    "abp", "al", "bp", "doc", "dr", "gen", "hab", "inż", "kpt", "ks", "mec", "mgr", "mjr", "os",
    "pl", "prof", "płk", "red", "ul", "Św", "św",
];

/// Polish abbreviations that may also end a sentence.
#[rustfmt::skip]
const PL_PLAIN: &[&str] = &[
    "ang", "art", "cdn", "ds", "gm", "godz", "im", "itd", "itp", "jw", "m.in", "min", "mld", "mln",
    "np", "nr", "ok", "par", "pkt", "por", "pow", "poz", "proc", "pt", "r", "str", "tj", "tys",
    "tzn", "tzw", "ub.r", "ur", "ust", "w", "wg", "woj", "ws", "zm", "zob", "łac",
];

/// Czech titles and street/place words that always precede a name.
#[rustfmt::skip]
const CS_TITLES: &[&str] = &[
    "Bc", "Dr", "Ing", "JUDr", "MUDr", "MVDr", "Mgr", "PhDr", "RNDr", "doc", "dr", "gen", "hl",
    "kpt", "mjr", "npor", "nám", "plk", "pplk", "prof", "sv", "tř", "ul",
];

/// Czech abbreviations that may also end a sentence.
#[rustfmt::skip]
const CS_PLAIN: &[&str] = &[
    "aj", "apod", "atd", "cca", "ev", "hod", "max", "mil", "min", "mj", "mld", "např", "odst",
    "popř", "písm", "př", "r", "resp", "st", "str", "tel", "tis", "tj", "tzn", "tzv", "čl",
];

/// Finnish titles and street/place words that always precede a name.
#[rustfmt::skip]
const FI_TITLES: &[&str] = &[
    "dos", "hra", "ins", "maist", "prof", "rva", "tri",
];

/// Finnish abbreviations that may also end a sentence.
#[rustfmt::skip]
const FI_PLAIN: &[&str] = &[
    "eKr", "esim", "huom", "jKr", "jne", "klo", "ks", "milj", "mk", "mm", "mrd", "n", "ns", "os",
    "puh", "ry", "s", "tms", "ts", "v", "vrt", "vs", "ym", "yms",
];

/// Romanian titles and street/place words that always precede a name.
#[rustfmt::skip]
const RO_TITLES: &[&str] = &[
    "Av", "Bd", "Col", "D-l", "D-na", "D-ra", "Dl", "Dlui", "Dna", "Dnei", "Dr", "Dra", "Gen",
    "Ing", "Lt", "Pr", "Prof", "Sf", "Str", "bd", "com", "dl", "dna", "jud", "mun", "str",
];

/// Romanian abbreviations that may also end a sentence.
#[rustfmt::skip]
const RO_PLAIN: &[&str] = &[
    "alin", "apr", "aprox", "art", "aug", "cca", "dec", "etc", "ex", "feb", "ian", "iul", "iun",
    "lit", "nov", "nr", "oct", "pag", "pp", "sec", "sept", "tel", "ş.a", "ş.a.m.d", "ș.a",
    "ș.a.m.d",
];

/// Names written with an exclamation mark, which does not end the sentence.
#[rustfmt::skip]
const NAMES_WITH_BANG: &[&str] = &[
    "Jeopardy", "Joomla", "Wham", "Yahoo",
];
/// Units and counting words written with a period after a number, in any of our languages.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "Mio", "Mrd", "Tsd", "godz", "hod", "mil", "milj", "min", "mld", "mln", "mrd", "proc", "r",
    "tis", "tys",
];

/// Words that announce a number, in any of our languages.
#[rustfmt::skip]
const NUMBER_PREFIXES: &[&str] = &[
    "Abs", "Art", "Bd", "Cap", "Cra", "Ext", "Fig", "Kap", "No", "Nos", "Nr", "Nro", "N°", "Nº",
    "Par", "SEC", "Sec", "Tab", "Tel", "Vol", "abs", "art", "cap", "ch", "ext", "fig", "kap", "no",
    "nr", "nro", "n°", "nº", "par", "pp", "sec", "tab", "tel", "vol",
];

/// Words before a clock time, in the languages that write ordinals with a period.
#[rustfmt::skip]
const CLOCK_WORDS: &[&str] = &[
    "godz", "godzina", "godzinie", "hod", "kello", "kl", "klo",
];

/// Danish and Norwegian pronouns, articles and question words; words that are also common
/// English words ("men", "for") are left out.
#[rustfmt::skip]
const EXTRA_OPENERS: &[&str] = &[
    "dem", "den", "der", "derfor", "det", "efter", "hun", "hvad", "hvem", "hvilken", "hvis",
    "hvor", "hvordan", "hvorfor", "jeg", "nu", "så", "vi",
];

/// "And so on" in our languages.
#[rustfmt::skip]
const LIST_ENDS: &[&str] = &[
    "apod", "atd", "ecc", "enz", "etc", "itd", "itp", "jne", "osv", "usw", "ym", "yms",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_without_periods_at_the_end() {
        let mut all = vec![
            UNIVERSAL_TITLES,
            UNIVERSAL_PLAIN,
            NAMES_WITH_BANG,
            UNITS,
            LIST_ENDS,
        ];
        for lang in Lang::ALL {
            all.push(titles(lang));
            all.push(plain(lang));
        }
        for list in all {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "not sorted: {list:?}");
            assert!(list
                .iter()
                .all(|w| !w.is_empty() && !w.ends_with('.') && !w.contains(' ')));
            assert!(
                list.iter().all(|w| w.len() <= LONGEST),
                "too long: {list:?}"
            );
        }
    }

    #[test]
    fn finds_titles_and_plain_abbreviations() {
        assert_eq!(lookup(Lang::Fr, "Mme"), Some(Abbrev::Title));
        assert_eq!(lookup(Lang::De, "z.B"), Some(Abbrev::Plain));
        assert_eq!(lookup(Lang::En, "etc"), Some(Abbrev::Plain));
        assert_eq!(lookup(Lang::Und, "Sra"), Some(Abbrev::Title));
        assert_eq!(lookup(Lang::Fr, "AI"), None);
        assert_eq!(lookup(Lang::Es, "mar"), None);
        assert!(is_name_with_bang("Yahoo"));
    }
}
