//! Abbreviations for sentence segmentation, per language.
//!
//! Origin: every table below was written for Nutshell by its developers from the abbreviations in
//! common use in each language's news writing and orthography (style guides and everyday press
//! usage); none is copied from another project's list. Person titles ("Dr.", "Mme") are not
//! here: they are [`super::titles`], the table the entity stage reads too.
//!
//! An entry is the abbreviation as written, with its periods ("z.B.", "etc."); "z. B." in text is
//! the entry "z.B.". Two kinds, besides the titles:
//! - words that always precede a name ("ul.", "St.", "Mt."): like a title, a period after them
//!   never ends a sentence;
//! - *plain* abbreviations ("etc.", "Co.", "usw.") usually continue the sentence but may also end
//!   it (the period then does double duty); the segmenter splits after them only when the next
//!   word is one that typically opens a sentence.
//!
//! Words that are also common ordinary words of the language (French "mer", Spanish "mar") are
//! left out on purpose: a sentence ending in them must still split. Each plain table is kept
//! sorted by Rust's `str` order for review (a test checks it); lookups go through one hash index.

use super::{titles, Lang, Words};
use crate::hash::{add_bits, WordBits};
use std::sync::OnceLock;

/// No entry is longer than this many bytes (without its final period), so longer words are
/// rejected without a search.
const LONGEST: usize = 12;

/// The tables, each a bit in [`index`]: bit `i` holds what never ends a sentence before a name in
/// `Lang::ALL[i]` (its titles and words before names), bit `11 + i` its plain abbreviations,
/// then come the shared tables.
const PLAIN_BITS: u32 = 11;
const UNIVERSAL_TITLES_BIT: u32 = 22;
const UNIVERSAL_PLAIN_BIT: u32 = 23;
const NAMES_WITH_BANG_BIT: u32 = 24;
const UNITS_BIT: u32 = 25;
const NUMBER_PREFIXES_BIT: u32 = 26;
const CLOCK_WORDS_BIT: u32 = 27;
const EXTRA_OPENERS_BIT: u32 = 28;
const LIST_ENDS_BIT: u32 = 29;

/// The abbreviations of one language, besides its titles.
#[derive(Clone, Copy, Debug)]
pub struct Abbreviations {
    /// Words that always precede a name and are no person's title ("ul.", "St.").
    pub before_name: Words,
    /// Abbreviations that may also end a sentence.
    pub plain: Words,
}

/// The abbreviations of `lang` (none for undetermined text, which reads the shared tables).
pub fn of(lang: Lang) -> Abbreviations {
    let (before_name, plain) = match lang {
        Lang::En => (EN_BEFORE_NAME, EN_PLAIN),
        Lang::Fr => (FR_BEFORE_NAME, FR_PLAIN),
        Lang::De => (DE_BEFORE_NAME, DE_PLAIN),
        Lang::Es => (ES_BEFORE_NAME, ES_PLAIN),
        Lang::It => (Words(""), IT_PLAIN),
        Lang::Pt => (PT_BEFORE_NAME, PT_PLAIN),
        Lang::Nl => (NL_BEFORE_NAME, NL_PLAIN),
        Lang::Pl => (PL_BEFORE_NAME, PL_PLAIN),
        Lang::Cs => (CS_BEFORE_NAME, CS_PLAIN),
        Lang::Fi => (Words(""), FI_PLAIN),
        Lang::Ro => (RO_BEFORE_NAME, RO_PLAIN),
        Lang::Und => (Words(""), Words("")),
    };
    Abbreviations { before_name, plain }
}

/// The entries of `list` as the segmenter reads them: the token before a period, so without
/// that final period ("Dr." and "Dr" are both "Dr").
fn without_final_period(list: Words) -> impl Iterator<Item = &'static str> {
    list.iter().map(|e| e.strip_suffix('.').unwrap_or(e))
}

/// Every entry of every table, with the bits of the tables that hold it: one hash lookup answers
/// all questions about a word. The tables are written as strings of `|`-separated entries,
/// which keeps the WebAssembly module small (an array of strings costs 8 bytes of pointers an
/// entry), and indexed on first use.
fn index() -> &'static WordBits {
    static INDEX: OnceLock<WordBits> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = WordBits::default();
        let mut add = |list: Words, bit: u32| {
            add_bits(&mut map, &mut without_final_period(list), 1 << bit);
        };
        for (i, &lang) in Lang::ALL.iter().enumerate() {
            let (t, a) = (titles::of(lang), of(lang));
            add(t.abbreviations, i as u32);
            add(a.before_name, i as u32);
            add(a.plain, PLAIN_BITS + i as u32);
            // "Thomas Duff, Esq.": a title after a name may end the sentence.
            add(t.after_name, PLAIN_BITS + i as u32);
        }
        add(titles::UNIVERSAL, UNIVERSAL_TITLES_BIT);
        add(UNIVERSAL_BEFORE_NAME, UNIVERSAL_TITLES_BIT);
        add(UNIVERSAL_PLAIN, UNIVERSAL_PLAIN_BIT);
        add(NAMES_WITH_BANG, NAMES_WITH_BANG_BIT);
        add(UNITS, UNITS_BIT);
        add(NUMBER_PREFIXES, NUMBER_PREFIXES_BIT);
        add(CLOCK_WORDS, CLOCK_WORDS_BIT);
        add(EXTRA_OPENERS, EXTRA_OPENERS_BIT);
        add(COUNT_OPENERS, EXTRA_OPENERS_BIT);
        add(LIST_ENDS, LIST_ENDS_BIT);
        map
    })
}

/// The bits of the tables that hold `word` (0 for none, and at once for words longer than any
/// entry).
fn tables_of(word: &str) -> u32 {
    if word.len() > LONGEST {
        return 0;
    }
    index().get(word).copied().unwrap_or(0)
}

/// Whether `word` is in the table of bit `bit`.
fn has(bit: u32, word: &str) -> bool {
    tables_of(word) & (1 << bit) != 0
}

/// The bit of what never ends a sentence before a name in `lang` (`None` for undetermined text).
fn lang_bit(lang: Lang) -> Option<u32> {
    lang.index().map(|i| i as u32)
}

/// What kind of abbreviation a word is, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Always followed by a name (a title, "ul."): never ends a sentence.
    Title,
    /// Usually inside a sentence, but may end one.
    Plain,
}

/// The kind of `word` (without its final period) in `lang`, falling back to the tables shared
/// by all languages. Undetermined text is checked against every language's titles, since a
/// title is almost never a sentence's last word in any language.
pub fn lookup(lang: Lang, word: &str) -> Option<Abbrev> {
    let bits = tables_of(word);
    if bits == 0 {
        return None;
    }
    let is = |bit: u32| bits & (1 << bit) != 0;
    let any_title = bits & ((1 << Lang::ALL.len()) - 1) != 0;
    if lang_bit(lang).is_some_and(is)
        || is(UNIVERSAL_TITLES_BIT)
        || (lang == Lang::Und && any_title)
    {
        return Some(Abbrev::Title);
    }
    if lang_bit(lang).is_some_and(|b| is(PLAIN_BITS + b)) || is(UNIVERSAL_PLAIN_BIT) {
        return Some(Abbrev::Plain);
    }
    None
}

/// Whether `word` is a unit of measure or a counting word ("proc", "mln") that, after a number,
/// often ends a sentence.
pub fn is_unit(word: &str) -> bool {
    has(UNITS_BIT, word)
}

/// Whether `word` announces a number ("No. 5", "Tel. 0123", "art. 54"): before a number it never
/// ends a sentence, before anything else it is read as an ordinary word.
pub fn precedes_number(word: &str) -> bool {
    has(NUMBER_PREFIXES_BIT, word)
}

/// Whether `word` introduces a clock time ("klo 16."), so the number after it is no ordinal.
pub fn is_clock_word(word: &str) -> bool {
    has(CLOCK_WORDS_BIT, word)
}

/// Whether `word` (lowercase) is a function word that often opens a sentence in a language we
/// have no stopword list for (Danish and Norwegian), so text in it still splits after "U.S.", or
/// an English count that opens a sentence ("Millions").
pub fn is_extra_opener(word: &str) -> bool {
    has(EXTRA_OPENERS_BIT, word)
}

/// Whether `word` closes an enumeration ("etc", "usw"): after it, a capital starts a sentence.
pub fn ends_list(word: &str) -> bool {
    has(LIST_ENDS_BIT, word)
}

/// Whether `word` is a name written with a final "!" ("Yahoo!").
pub fn is_name_with_bang(word: &str) -> bool {
    has(NAMES_WITH_BANG_BIT, word)
}

/// Words before a name, in any language: "Mt." (mount) and "Skt." (saint).
const UNIVERSAL_BEFORE_NAME: Words = Words("Mt.|Skt.");

/// English streets and places before a name ("Ft. Worth", "Mt. Everest").
const EN_BEFORE_NAME: Words = Words("Ft.|Mt.");

/// French saints before a name ("St-Denis" is written "St. Denis" too).
const FR_BEFORE_NAME: Words = Words("St.|Ste.");

/// German words of address and saints before a name ("Se. Majestät", "Königl. Hoheit").
const DE_BEFORE_NAME: Words = Words("Ew.|Kaiserl.|Königl.|Se.|Sr.|St.");

/// Spanish: saints and "EE. UU.".
const ES_BEFORE_NAME: Words = Words("EE.|Sta.|Sto.");

/// Portuguese saints.
const PT_BEFORE_NAME: Words = Words("Sta.|Sto.");

/// Dutch saints.
const NL_BEFORE_NAME: Words = Words("St.");

/// Polish streets and places: "al." (aleja), "os." (osiedle), "pl." (plac), "ul." (ulica).
const PL_BEFORE_NAME: Words = Words("al.|os.|pl.|ul.");

/// Czech streets and places: "hl." (hlavní město), "nám." (náměstí), "tř." (třída), "ul.".
const CS_BEFORE_NAME: Words = Words("hl.|nám.|tř.|ul.");

/// Romanian streets and places: avenues, boulevards, streets, "com." (comuna), "jud." (județ),
/// "mun." (municipiu).
const RO_BEFORE_NAME: Words = Words("Av.|Bd.|Str.|bd.|com.|jud.|mun.|str.");

/// Latin and international abbreviations, plus the commonest Russian, Bulgarian, Slovak and
/// Danish ones, for text in languages without a table of their own.
const UNIVERSAL_PLAIN: Words = Words(
    "Nr.|N°|Nº|Ph.D.|Vol.|al.|approx.|bl.a.|ca.|cf.|e.g.|etc.|evt.|f.eks.|i.e.|ibid.|ifm.|\
    inkl.|jf.|kl.|m.m.|mht.|mv.|napr.|nr.|n°|nº|op.cit.|pga.|pp.|stk.|vha.|vol.|vs.|г.|гг.|\
    др.|им.|кв.|млн.|млрд.|пгт.|пл.|проф.|руб.|см.|стр.|т.д.|т.е.|т.к.|т.п.|тыс.|ул.",
);

/// English abbreviations that may also end a sentence, with "Sat." as web text writes it ("on
/// Sat. you said", the EWT treebank).
const EN_PLAIN: Words = Words(
    "Apr.|Ariz.|Art.|Assn.|Aug.|Ave.|Blvd.|Bros.|Calif.|Ch.|Co.|Colo.|Conn.|Corp.|Dec.|Dept.|\
    Eq.|Feb.|Fig.|Fla.|Fri.|Govt.|Inc.|Intl.|Jan.|Jr.|Jul.|Jun.|LLC.|Ltd.|Mon.|Natl.|No.|\
    Nos.|Nov.|Oct.|Rd.|Sat.|Sec.|Sep.|Sept.|Sr.|St.|Ste.|Thu.|Thurs.|Tue.|Tues.|Univ.|\
    approx.|art.|ch.|dept.|ed.|eds.|eq.|est.|fig.|figs.|ft.|govt.|hr.|hrs.|lb.|lbs.|max.|min.|\
    mss.|no.|nos.|op.|oz.|para.|sec.|univ.|viz.|vol.|yr.|yrs.",
);

/// French abbreviations that may also end a sentence.
const FR_PLAIN: Words = Words(
    "Cie.|Ets.|Tél.|al.|anc.|ann.|apr.|art.|av.|avr.|bd.|cf.|ch.|chap.|cie.|cit.|coll.|dir.|\
    déc.|env.|etc.|ex.|fg.|févr.|hab.|ibid.|janv.|juil.|max.|min.|nov.|oct.|p.|pp.|resp.|\
    sept.|suiv.|tél.|vers.|vol.|éd.|éds.|éq.",
);

/// German abbreviations that may also end a sentence.
const DE_PLAIN: Words = Words(
    "Abs.|Apr.|Art.|Aug.|Bd.|Bhf.|Dez.|Feb.|Febr.|Hl.|Jahrh.|Jan.|Jh.|Jhd.|Mio.|Mrd.|Nov.|\
    Nr.|Okt.|Pkt.|Sept.|Std.|Str.|Tel.|Tsd.|allg.|bes.|betr.|bspw.|bzw.|ca.|d.h.|dipl.|\
    einschl.|entspr.|ev.|evang.|evtl.|exkl.|geb.|gem.|gest.|ggf.|ggü.|hl.|i.d.R.|inkl.|\
    insb.|jur.|kath.|lt.|max.|med.|min.|mind.|nachm.|nat.|o.Ä.|o.ä.|phil.|rer.|s.o.|s.u.|\
    sog.|str.|u.U.|u.a.|u.Ä.|u.ä.|urspr.|usw.|v.a.|vgl.|vorm.|z.B.|z.T.|z.Z.|zit.|zzgl.",
);

/// Spanish abbreviations that may also end a sentence.
const ES_PLAIN: Words = Words(
    "Av.|Avda.|Cra.|Cía.|Dom.|Dto.|EE.UU.|Ext.|Jue.|Lun.|Mar.|Mié.|No.|Sáb.|Tel.|Ud.|Uds.|\
    Vd.|Vie.|abr.|admón.|ago.|aprox.|art.|av.|avda.|cap.|cía.|dcha.|dic.|dto.|ej.|ene.|etc.|\
    feb.|gral.|izq.|izqda.|jul.|jun.|nov.|núm.|oct.|pp.|prov.|pág.|págs.|párr.|párrf.|sept.|\
    tel.|ud.|uds.|vd.|vol.",
);

/// Italian abbreviations that may also end a sentence.
const IT_PLAIN: Words = Words(
    "Amm.|apr.|art.|ca.|cap.|cfr.|dic.|ecc.|es.|feb.|fig.|gen.|giu.|lug.|mar.|nn.|nov.|ott.|\
    pag.|pagg.|pp.|sec.|st.|tel.|ved.|vol.",
);

/// Portuguese abbreviations that may also end a sentence.
const PT_PLAIN: Words = Words(
    "Av.|Cia.|Ltda.|abr.|ago.|aprox.|art.|av.|cap.|cia.|dez.|etc.|ex.|fev.|jan.|jul.|jun.|\
    nov.|nº|out.|pp.|pág.|págs.|set.|séc.|tel.|vol.",
);

/// Dutch abbreviations that may also end a sentence.
const NL_PLAIN: Words = Words(
    "Nr.|a.s.|apr.|aug.|bijv.|blz.|bv.|ca.|d.w.z.|dec.|e.d.|enz.|etc.|evt.|excl.|feb.|i.p.v.|\
    incl.|jan.|jl.|jul.|jun.|m.b.t.|m.n.|mld.|mln.|mrd.|mrt.|nov.|nr.|o.a.|okt.|resp.|sep.|\
    sept.|vnl.|zg.|zgn.",
);

/// Polish abbreviations that may also end a sentence.
const PL_PLAIN: Words = Words(
    "ang.|art.|cdn.|ds.|gm.|godz.|im.|itd.|itp.|jw.|m.in.|min.|mld.|mln.|np.|nr.|ok.|par.|\
    pkt.|por.|pow.|poz.|proc.|pt.|r.|str.|tj.|tys.|tzn.|tzw.|ub.r.|ur.|ust.|w.|wg.|woj.|ws.|\
    zm.|zob.|łac.",
);

/// Czech abbreviations that may also end a sentence.
const CS_PLAIN: Words = Words(
    "aj.|apod.|atd.|cca.|ev.|hod.|max.|mil.|min.|mj.|mld.|např.|odst.|popř.|písm.|př.|r.|\
    resp.|st.|str.|tel.|tis.|tj.|tzn.|tzv.|čl.",
);

/// Finnish abbreviations that may also end a sentence.
const FI_PLAIN: Words = Words(
    "eKr.|esim.|huom.|jKr.|jne.|klo.|ks.|milj.|mk.|mm.|mrd.|n.|ns.|os.|puh.|ry.|s.|tms.|ts.|\
    v.|vrt.|vs.|ym.|yms.",
);

/// Romanian abbreviations that may also end a sentence.
const RO_PLAIN: Words = Words(
    "alin.|apr.|aprox.|art.|aug.|cca.|dec.|etc.|ex.|feb.|ian.|iul.|iun.|lit.|nov.|nr.|oct.|\
    pag.|pp.|sec.|sept.|tel.|ş.a.|ş.a.m.d.|ș.a.|ș.a.m.d.",
);

/// Names written with an exclamation mark, which does not end the sentence.
const NAMES_WITH_BANG: Words = Words("Jeopardy|Joomla|Wham|Yahoo");

/// Units and counting words written with a period after a number, in any of our languages.
const UNITS: Words =
    Words("Mio.|Mrd.|Tsd.|godz.|hod.|mil.|milj.|min.|mld.|mln.|mrd.|proc.|r.|tis.|tys.");

/// Words that announce a number, in any of our languages (with Romanian "pct. 3", a point of a
/// text of law, from Romanian press usage).
const NUMBER_PREFIXES: Words = Words(
    "Abs.|Art.|Bd.|Cap.|Cra.|Ext.|Fig.|Kap.|No.|Nos.|Nr.|Nro.|N°|Nº|Par.|SEC.|Sec.|Tab.|Tel.|\
    Vol.|abs.|art.|cap.|ch.|ext.|fig.|kap.|no.|nr.|nro.|n°|nº|par.|pct.|pp.|sec.|tab.|tel.|vol.",
);

/// Words before a clock time, in the languages that write ordinals with a period.
const CLOCK_WORDS: Words = Words("godz|godzina|godzinie|hod|kello|kl|klo");

/// Danish and Norwegian pronouns, articles and question words; words that are also common
/// English words ("men", "for") are left out.
const EXTRA_OPENERS: Words = Words(
    "dem|den|der|derfor|det|efter|hun|hvad|hvem|hvilken|hvis|hvor|hvordan|hvorfor|jeg|nu|så|\
    vi",
);

/// English plural counts that open a sentence the way a number does ("… the 44th President of
/// the U.S. Millions attended"): plural common nouns, they do not continue a name after an
/// initialism. Written from general knowledge of English news style.
const COUNT_OPENERS: Words = Words("billions|dozens|hundreds|millions|scores|thousands");

/// "And so on" in our languages.
const LIST_ENDS: Words = Words("apod.|atd.|ecc.|enz.|etc.|itd.|itp.|jne.|osv.|usw.|ym.|yms.");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_within_the_longest_entry() {
        let mut all = vec![
            UNIVERSAL_PLAIN,
            NAMES_WITH_BANG,
            UNITS,
            LIST_ENDS,
            EXTRA_OPENERS,
            COUNT_OPENERS,
        ];
        for lang in Lang::ALL {
            all.push(of(lang).plain);
        }
        for list in all {
            let list: Vec<&str> = list.iter().collect();
            assert!(list.windows(2).all(|w| w[0] < w[1]), "not sorted: {list:?}");
            assert!(list.iter().all(|w| !w.contains(' ')));
        }
        let mut every = all_lists();
        every.push(titles::UNIVERSAL);
        for list in every {
            assert!(
                without_final_period(list).all(|w| w.len() <= LONGEST),
                "too long: {list:?}"
            );
        }
    }

    fn all_lists() -> Vec<Words> {
        let mut lists = vec![UNIVERSAL_PLAIN, UNIVERSAL_BEFORE_NAME];
        for lang in Lang::ALL {
            let (t, a) = (titles::of(lang), of(lang));
            lists.extend([t.abbreviations, t.after_name, a.before_name, a.plain]);
        }
        lists
    }

    #[test]
    fn finds_titles_and_plain_abbreviations() {
        assert_eq!(lookup(Lang::Fr, "Mme"), Some(Abbrev::Title));
        assert_eq!(lookup(Lang::Fr, "Pr"), Some(Abbrev::Title));
        assert_eq!(lookup(Lang::Pl, "ul"), Some(Abbrev::Title));
        assert_eq!(lookup(Lang::De, "z.B"), Some(Abbrev::Plain));
        assert_eq!(lookup(Lang::En, "etc"), Some(Abbrev::Plain));
        assert_eq!(lookup(Lang::En, "Esq"), Some(Abbrev::Plain));
        assert_eq!(lookup(Lang::Und, "Sra"), Some(Abbrev::Title));
        assert_eq!(lookup(Lang::Fr, "AI"), None);
        assert_eq!(lookup(Lang::Es, "mar"), None);
        assert!(is_name_with_bang("Yahoo"));
    }
}
