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
//! left out on purpose: a sentence ending in them must still split. Each table is kept sorted by
//! Rust's `str` order for review (a test checks it); lookups go through one hash index.

use super::Lang;
use crate::hash::{add_bits, WordBits};
use std::sync::OnceLock;

/// No entry is longer than this many bytes, so longer words are rejected without a search.
const LONGEST: usize = 12;

/// The tables, each a bit in [`index`]: bit `i` holds the titles of `Lang::ALL[i]`, bit `11 + i`
/// its plain abbreviations, then come the shared tables.
const PLAIN_BITS: u32 = 11;
const UNIVERSAL_TITLES_BIT: u32 = 22;
const UNIVERSAL_PLAIN_BIT: u32 = 23;
const NAMES_WITH_BANG_BIT: u32 = 24;
const UNITS_BIT: u32 = 25;
const NUMBER_PREFIXES_BIT: u32 = 26;
const CLOCK_WORDS_BIT: u32 = 27;
const EXTRA_OPENERS_BIT: u32 = 28;
const LIST_ENDS_BIT: u32 = 29;

/// Every entry of every table, with the bits of the tables that hold it: one hash lookup answers
/// all questions about a word. The tables are written as strings of space-separated entries,
/// which keeps the WebAssembly module small (an array of strings costs 8 bytes of pointers an
/// entry), and indexed on first use.
fn index() -> &'static WordBits {
    static INDEX: OnceLock<WordBits> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = WordBits::default();
        let mut add = |table: &'static str, bit: u32| {
            add_bits(&mut map, &mut table.split_ascii_whitespace(), 1 << bit);
        };
        for (i, &lang) in Lang::ALL.iter().enumerate() {
            add(titles(lang), i as u32);
            add(plain(lang), PLAIN_BITS + i as u32);
        }
        add(UNIVERSAL_TITLES, UNIVERSAL_TITLES_BIT);
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

/// The bit of `lang`'s titles (`None` for undetermined text).
fn lang_bit(lang: Lang) -> Option<u32> {
    lang.index().map(|i| i as u32)
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

/// The titles of `lang` (empty for undetermined text).
pub fn titles(lang: Lang) -> &'static str {
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
        Lang::Und => "",
    }
}

/// The plain abbreviations of `lang` (empty for undetermined text).
pub fn plain(lang: Lang) -> &'static str {
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
        Lang::Und => "",
    }
}

/// Titles shared by many languages (checked whatever the language).
const UNIVERSAL_TITLES: &str = "Dr Hr Mgr Mlle Mme Mr Mrs Ms Mt Prof Skt";

/// Latin and international abbreviations, plus the commonest Russian, Bulgarian, Slovak and
/// Danish ones, for text in languages without a table of their own.
const UNIVERSAL_PLAIN: &str =
    "Nr N° Nº Ph.D Vol al approx bl.a ca cf e.g etc evt f.eks i.e ibid ifm inkl jf kl m.m mht mv \
    napr nr n° nº op.cit pga pp stk vha vol vs г гг др им кв млн млрд пгт пл проф руб см стр \
    т.д т.е т.к т.п тыс ул";

/// English titles and street/place words that always precede a name.
const EN_TITLES: &str =
    "Adm Atty Brig Capt Cmdr Col Cpl Det Dr Fr Ft Gen Gov Hon Insp Lt Maj Messrs Mmes Mr Mrs Ms \
    Mt Pfc Pres Prof Pvt Rep Reps Rev Sen Sens Sgt Spc Supt";

/// English abbreviations that may also end a sentence.
const EN_PLAIN: &str =
    "Apr Ariz Art Assn Aug Ave Blvd Bros Calif Ch Co Colo Conn Corp Dec Dept Eq Esq Feb Fig Fla \
    Fri Govt Inc Intl Jan Jr Jul Jun LLC Ltd Mon Natl No Nos Nov Oct Rd Sec Sep Sept Sr St Ste \
    Thu Thurs Tue Tues Univ approx art ch dept ed eds eq est fig figs ft govt hr hrs lb lbs max \
    min mss no nos op oz para sec univ viz vol yr yrs";

/// French titles and street/place words that always precede a name.
const FR_TITLES: &str = "Dr M MM Me Mgr Mlle Mlles Mme Mmes Pr Prof Sr St Ste Vve";

/// French abbreviations that may also end a sentence.
const FR_PLAIN: &str =
    "Cie Ets Tél al anc ann apr art av avr bd cf ch chap cie cit coll dir déc env etc ex fg févr \
    hab ibid janv juil max min nov oct p pp resp sept suiv tél vers vol éd éds éq";

/// German titles and street/place words that always precede a name.
const DE_TITLES: &str =
    "Dipl Dr Durchl Ew Fr Hochw Hr Hrn Ing Kaiserl Königl Mag Pfr Prof Se Sr St";

/// German abbreviations that may also end a sentence.
const DE_PLAIN: &str =
    "Abs Apr Art Aug Bd Bhf Dez Feb Febr Hl Jahrh Jan Jh Jhd Mio Mrd Nov Nr Okt Pkt Sept Std Str \
    Tel Tsd allg bes betr bspw bzw ca d.h dipl einschl entspr ev evang evtl exkl geb gem gest \
    ggf ggü hl i.d.R inkl insb jur kath lt max med min mind nachm nat o.Ä o.ä phil rer s.o s.u \
    sog str u.U u.a u.Ä u.ä urspr usw v.a vgl vorm z.B z.T z.Z zit zzgl";

/// Spanish titles and street/place words that always precede a name.
const ES_TITLES: &str =
    "Arq Dr Dra Dña EE Excma Excmo Gral Ilma Ilmo Ing Lcda Lcdo Lic Prof Profa Sr Sra Sras Sres \
    Srta Sta Sto dr dra lic sr sra srta";

/// Spanish abbreviations that may also end a sentence.
const ES_PLAIN: &str =
    "Av Avda Cra Cía Dom Dto EE.UU Ext Jue Lun Mar Mié No Sáb Tel Ud Uds Vd Vie abr admón ago \
    aprox art av avda cap cía dcha dic dto ej ene etc feb gral izq izqda jul jun nov núm oct pp \
    prov pág págs párr párrf sept tel ud uds vd vol";

/// Italian titles and street/place words that always precede a name.
const IT_TITLES: &str =
    "Arch Avv Cap Col Dir Dott Egr Gen Gent Geom Ing Magg Mons On Prof Rag Rev Sen Sig Sigg \
    Spett arch avv dott geom ing mons on prof psicol sen sig";

/// Italian abbreviations that may also end a sentence.
const IT_PLAIN: &str =
    "Amm apr art ca cap cfr dic ecc es feb fig gen giu lug mar nn nov ott pag pagg pp sec st tel \
    ved vol";

/// Portuguese titles and street/place words that always precede a name.
const PT_TITLES: &str = "Dr Dra Eng Exma Exmo Prof Profa Sr Sra Srta Sta Sto dr dra sr sra";

/// Portuguese abbreviations that may also end a sentence.
const PT_PLAIN: &str =
    "Av Cia Ltda abr ago aprox art av cap cia dez etc ex fev jan jul jun nov nº out pp pág págs \
    set séc tel vol";

/// Dutch titles and street/place words that always precede a name.
const NL_TITLES: &str = "Dhr Dr Drs Ing Ir Mevr Mr Mw Prof St dhr dr drs ing ir mevr mr mw prof";

/// Dutch abbreviations that may also end a sentence.
const NL_PLAIN: &str =
    "Nr a.s apr aug bijv blz bv ca d.w.z dec e.d enz etc evt excl feb i.p.v incl jan jl jul jun \
    m.b.t m.n mld mln mrd mrt nov nr o.a okt resp sep sept vnl zg zgn";

/// Polish titles and street/place words that always precede a name.
const PL_TITLES: &str =
    "abp al bp doc dr gen hab inż kpt ks mec mgr mjr os pl prof płk red ul Św św";

/// Polish abbreviations that may also end a sentence.
const PL_PLAIN: &str =
    "ang art cdn ds gm godz im itd itp jw m.in min mld mln np nr ok par pkt por pow poz proc pt \
    r str tj tys tzn tzw ub.r ur ust w wg woj ws zm zob łac";

/// Czech titles and street/place words that always precede a name.
const CS_TITLES: &str =
    "Bc Dr Ing JUDr MUDr MVDr Mgr PhDr RNDr doc dr gen hl kpt mjr npor nám plk pplk prof sv tř \
    ul";

/// Czech abbreviations that may also end a sentence.
const CS_PLAIN: &str =
    "aj apod atd cca ev hod max mil min mj mld např odst popř písm př r resp st str tel tis tj \
    tzn tzv čl";

/// Finnish titles and street/place words that always precede a name.
const FI_TITLES: &str = "dos hra ins maist prof rva tri";

/// Finnish abbreviations that may also end a sentence.
const FI_PLAIN: &str =
    "eKr esim huom jKr jne klo ks milj mk mm mrd n ns os puh ry s tms ts v vrt vs ym yms";

/// Romanian titles and street/place words that always precede a name.
const RO_TITLES: &str =
    "Av Bd Col D-l D-na D-ra Dl Dlui Dna Dnei Dr Dra Gen Ing Lt Pr Prof Sf Str bd com dl dna jud \
    mun str";

/// Romanian abbreviations that may also end a sentence.
const RO_PLAIN: &str =
    "alin apr aprox art aug cca dec etc ex feb ian iul iun lit nov nr oct pag pp sec sept tel \
    ş.a ş.a.m.d ș.a ș.a.m.d";

/// Names written with an exclamation mark, which does not end the sentence.
const NAMES_WITH_BANG: &str = "Jeopardy Joomla Wham Yahoo";
/// Units and counting words written with a period after a number, in any of our languages.
const UNITS: &str = "Mio Mrd Tsd godz hod mil milj min mld mln mrd proc r tis tys";

/// Words that announce a number, in any of our languages.
const NUMBER_PREFIXES: &str =
    "Abs Art Bd Cap Cra Ext Fig Kap No Nos Nr Nro N° Nº Par SEC Sec Tab Tel Vol abs art cap ch \
    ext fig kap no nr nro n° nº par pp sec tab tel vol";

/// Words before a clock time, in the languages that write ordinals with a period.
const CLOCK_WORDS: &str = "godz godzina godzinie hod kello kl klo";

/// Danish and Norwegian pronouns, articles and question words; words that are also common
/// English words ("men", "for") are left out.
const EXTRA_OPENERS: &str =
    "dem den der derfor det efter hun hvad hvem hvilken hvis hvor hvordan hvorfor jeg nu så vi";

/// English plural counts that open a sentence the way a number does ("… the 44th President of
/// the U.S. Millions attended"): plural common nouns, they do not continue a name after an
/// initialism. Written from general knowledge of English news style.
const COUNT_OPENERS: &str = "billions dozens hundreds millions scores thousands";

/// "And so on" in our languages.
const LIST_ENDS: &str = "apod atd ecc enz etc itd itp jne osv usw ym yms";

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
            EXTRA_OPENERS,
            COUNT_OPENERS,
        ];
        for lang in Lang::ALL {
            all.push(titles(lang));
            all.push(plain(lang));
        }
        for list in all {
            let list: Vec<&str> = list.split_ascii_whitespace().collect();
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
