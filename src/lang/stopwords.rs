//! Stopwords: the function words of each language (articles, pronouns, prepositions,
//! conjunctions, auxiliaries, small cardinal and ordinal numerals, and a few reporting verbs such
//! as "said" that carry no topic in news).
//!
//! Origin: written for Nutshell by its developers from the closed word classes of each language's
//! grammar; not copied from any published list. Words with an apostrophe are split by the
//! tokenizer ("l'IA" gives "l" and "ia"), so elided forms appear here as their first part.
//! Each list is kept sorted and free of repeats for review (a test checks it); lookups go through
//! one hash table built on first use.

use super::Lang;
use crate::hash::{add_bits, WordBits};
use std::sync::OnceLock;

/// The longest stopword, in bytes: longer words need no lookup.
pub const MAX_LEN: usize = 16;

/// Every stopword of every language, with a bit per language (bit `i` for `Lang::ALL[i]`), for
/// language detection: one hash lookup per word instead of one search per language.
pub fn by_word() -> &'static WordBits {
    static TABLE: OnceLock<WordBits> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = WordBits::default();
        for (i, lang) in Lang::ALL.iter().enumerate() {
            add_bits(&mut table, &mut list(*lang), 1 << i);
        }
        table
    })
}

/// Whether `word` (lowercase, apostrophes folded to `'`) is a stopword of `lang`.
pub fn is_stopword(lang: Lang, word: &str) -> bool {
    let Some(bit) = lang.index() else {
        return false;
    };
    word.len() <= MAX_LEN && by_word().get(word).is_some_and(|m| m & (1 << bit) != 0)
}

/// The stopwords of `lang` (none for undetermined text).
pub fn list(lang: Lang) -> impl Iterator<Item = &'static str> {
    source(lang).split_ascii_whitespace()
}

/// The stopwords of `lang` as written below: one string, words separated by spaces. One string a
/// language (rather than an array of strings) keeps the WebAssembly module small.
fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN,
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
        Lang::Und => "",
    }
}

/// English.
const EN: &str =
    "a about above after again against all also am an and any are aren as at be because been \
    before being below between both but by can could couldn d did didn do does doesn doing don \
    down during each eight even few first five for four from further had hadn has hasn have \
    haven having he her here hers herself him himself his how however i if in into is isn it \
    its itself just ll m may me might more most much must my myself nine no nor not now of off \
    on once one only or other our ours ourselves out over own per re s said same says second \
    seven shall she should shouldn six so some such t ten than that the their theirs them \
    themselves then there these they third this those three through to too two under until up \
    upon ve very via was wasn we were weren what when where which while who whom whose why will \
    with within without won would wouldn yet you your yours yourself yourselves";

/// French.
const FR: &str =
    "a afin ai aie aient aies ainsi ait alors après as au aucun aucune aujourd auquel aura aurai \
    auraient aurais aurait auras aurez aurons auront aussi autre autres aux auxquelles auxquels \
    avaient avais avait avant avec avez aviez avions avoir avons ayant c car ce ceci cela celle \
    celle-ci celles celui celui-ci cependant certains ces cet cette ceux chaque chez cinq comme \
    comment d dans de depuis des desquelles desquels deux deuxième dix donc dont du duquel dès \
    déjà elle elles en encore entre es est et eu eux fait faut fois font furent fut hui huit \
    ici il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lors \
    lorsqu lorsque lui là m ma mais me mes moi moins mon même mêmes n ne neuf ni non nos notre \
    nous on ont or ou où par parce pas pendant peu peut plus pour pourquoi premier première \
    puis puisqu puisque qu quand quant quatre que quel quelle quelles quels qui quoi s sa sans \
    se selon sept sera serai seraient serait seront ses si sien six son sont sous suis sur t ta \
    tandis te tes toi ton tous tout toute toutes trois troisième très tu un une unes uns vers \
    via vos votre vous y à ça également étaient étais était étant été êtes être";

/// German.
const DE: &str =
    "aber acht alle allem allen aller alles als also am an ander andere anderen anderer anderes \
    auch auf aus bei beim bin bis bist da damit dann das dass daß dem den denn der des dessen \
    dich die dies diese diesem diesen dieser dieses dir doch dort drei dritte du durch ein eine \
    einem einen einer eines eins er erste ersten es etwa euch euer eure fünf für gegen gewesen \
    hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren \
    ihrer ihres im in indem ins ist ja jede jedem jeden jeder jedes jene jetzt kann kein keine \
    keinem keinen keiner können könnte man manche mehr mein meine mich mir mit muss musste nach \
    neun nicht nichts noch nun nur ob oder ohne sagte sechs sehr sein seine seinem seinen \
    seiner seit sich sie sieben sind so solche soll sollte sondern sonst um und uns unser \
    unsere unter vier vom von vor war waren warum was weil welche welchem welchen welcher \
    welches wenn wer werde werden wie wieder will wir wird wirst wo wurde wurden zehn zu zum \
    zur zwar zwei zweite zwischen über";

/// Spanish.
const ES: &str =
    "a al algo algunas algunos ante antes cinco como con contra cual cuando cuatro de del desde \
    diez dijo donde dos durante e el ella ellas ellos en entre era eran es esa esas ese eso \
    esos esta estaba estaban estado estar estas este esto estos está están fue fueron fui ha \
    había habían han hasta hay la las le les lo los me mi mis mucho muy más nada ni no nos \
    nosotros nueve o ocho os otra otras otro otros para pero poco por porque primer primera que \
    quien quienes qué se sea segunda segundo según seis ser si sido siete sin sobre son su sus \
    sí también tanto te tiene tienen todo todos tres tu tus un una unas uno unos y ya yo él";

/// Italian.
const IT: &str =
    "a ad agli ai al all alla alle allo anche avere aveva c che chi ci cinque come con contro \
    cui da dagli dai dal dall dalla dalle dallo degli dei del dell della delle dello detto di \
    dieci dove due e ed era erano essere fa già gli ha hanno il in io l la le lei li lo loro \
    lui ma mi molto ne negli nei nel nell nella nelle nello noi non nove o otto per perché più \
    poi prima primo quale quando quattro quella quelle quelli quello questa queste questi \
    questo se secondo sei sette si sia siamo sono stata stati stato su sua sue sui sul sull \
    sulla sulle suo suoi tra tre tutti tutto un una uno voi è";

/// Portuguese.
const PT: &str =
    "a ao aos as até cinco com como da das de dela dele deles dez disse do dois dos duas e ela \
    elas ele eles em entre era eram essa essas esse esses esta estava este estes está estão eu \
    foi foram há isso isto já lhe mais mas me mesmo meu minha muito na nas nem no nos nove num \
    numa não nós o oito os ou para pela pelas pelo pelos por primeira primeiro qual quando \
    quatro que quem se segundo seis seja sem ser sete seu seus sobre sua suas são também te tem \
    ter três têm um uma umas uns você à às é";

/// Dutch.
const NL: &str =
    "aan acht al als bij dan dat de der deze die dit door drie dus een eerste en er ge geen had \
    heb hebben heeft het hier hij hoe hun ik in is ja je kan kon maar me met mij mijn na naar \
    negen niet niets noch nog nu of om omdat ons onze ook op over te tegen tien tot twee tweede \
    u uit van veel vier vijf voor want waren was wat we wel werd wie wij wil worden wordt zal \
    ze zei zes zeven zich zij zijn zo zonder zou één";

/// Polish.
const PL: &str =
    "a aby ale ani bardzo byli być był była było będzie co cztery czy dla do druga dwa gdy gdzie \
    go i ich im jak jako jeden jednak jego jej jest jeśli już ją która które który którzy ma mi \
    między mnie może na nad nie niż o od oraz pierwszy pięć po pod powiedział przez przy się \
    sześć są tak także tam tego tej też to trzy tu tylko tym w we więc wszystko z za ze że żeby";

/// Czech.
const CS: &str =
    "a aby ale ani ano až bez bude budou by byl byla byli bylo být co do druhý dva i jak jako je \
    jeden jeho jej jejich její jen již jsem jsme jsou k kde když ke která které který kteří \
    mezi mi má na nad ne než o od po pod pro první pět před při s se si so tak také tam to tu \
    tři už v ve však z za ze či čtyři řekl šest že";

/// Finnish.
const FI: &str =
    "ei ensimmäinen että he heidän hän hänen ja jo joka jos jotka kaikki kaksi kanssa kolme \
    koska kuin kun kuusi me mikä minä mitä mutta myös ne neljä niin nyt nämä ole olemme olen \
    oli olla ollut on ovat sanoi se sekä sen siitä sinä sitä tai te toinen tämä tämän vaan vain \
    vielä viisi voi yksi";

/// Romanian.
const RO: &str =
    "a acea aceasta această acest acesta aceste acum ai al ale am ar are au ca care ce cea cel \
    cinci cu cum că dar de declarat din doi după este eu fi fost fără iar la le lor lui mai \
    mult nici nu o patru pe pentru prima primul prin sa sau se si spre sunt să trei un una unei \
    unu unui va vor în șase și";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_unique() {
        for lang in Lang::ALL {
            let l: Vec<&str> = list(lang).collect();
            assert!(!l.is_empty(), "{lang:?}");
            for w in l.windows(2) {
                assert!(w[0] < w[1], "{lang:?}: {:?} before {:?}", w[0], w[1]);
            }
            for w in l {
                assert_eq!(w.to_lowercase(), *w, "{lang:?}");
            }
        }
    }

    #[test]
    fn no_stopword_is_longer_than_max_len() {
        for lang in Lang::ALL {
            assert!(list(lang).all(|w| w.len() <= MAX_LEN), "{lang:?}");
        }
        assert!(by_word().get("les").is_some_and(|m| m & (1 << 1) != 0));
    }

    #[test]
    fn finds_function_words_not_content_words() {
        assert!(is_stopword(Lang::Fr, "les"));
        assert!(is_stopword(Lang::En, "the"));
        assert!(!is_stopword(Lang::Fr, "puces"));
        assert!(!is_stopword(Lang::Und, "the"));
    }
}
