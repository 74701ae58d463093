//! Cue words at the start of a sentence, per language.
//!
//! Origin: written for Nutshell by its developers from each language's grammar: the personal and
//! demonstrative pronouns a sentence opens with when it leans on the one before ("She said",
//! "Cette mesure"), and the connectives that continue an argument ("But", "However", "Mais").
//! A sentence that opens with one rarely stands alone in a summary. English is checked for every
//! language, as news in every language quote it.

use crate::lang::{Lang, Words};

/// What the first word of a sentence says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opener {
    /// A pronoun or demonstrative: the sentence refers back.
    Anaphora,
    /// A connective: the sentence continues the one before.
    Connective,
    /// A first- or second-person pronoun or possessive: the writer speaks, or addresses the
    /// reader ("I", "You can", "Nous"); rare in news outside quotations.
    Personal,
    Other,
}

/// The opener class of `word` (lowercase) in `lang`.
pub fn opener(lang: Lang, word: &str) -> Opener {
    let (personal, anaphora, connective) = lists(lang);
    if personal.contains(&word) || (lang != Lang::En && EN_PERSONAL.contains(&word)) {
        Opener::Personal
    } else if anaphora.contains(&word) || (lang != Lang::En && EN_ANAPHORA.contains(&word)) {
        Opener::Anaphora
    } else if connective.contains(&word) {
        Opener::Connective
    } else {
        Opener::Other
    }
}

/// Whether `word` (lowercase) addresses the reader in `lang` (or in English): "you", "vous".
/// Guides, blog posts and essays speak to their reader; news rarely does outside quotations.
pub fn is_second_person(lang: Lang, word: &str) -> bool {
    let own = match lang {
        Lang::En | Lang::Und => EN_YOU,
        Lang::Fr => FR_YOU,
        Lang::De => DE_YOU,
        Lang::Es => ES_YOU,
        Lang::It => IT_YOU,
        Lang::Pt => PT_YOU,
        Lang::Nl => NL_YOU,
        Lang::Pl => PL_YOU,
        Lang::Cs => CS_YOU,
        Lang::Fi => FI_YOU,
        Lang::Ro => RO_YOU,
    };
    own.contains(&word) || EN_YOU.contains(&word)
}

#[rustfmt::skip]
const EN_YOU: Words = Words("you|your|yours|yourself|yourselves");
#[rustfmt::skip]
const FR_YOU: Words = Words("vous|votre|vos|tu|ton|ta|tes|toi|te");
// German "Sie" is also "she" and "they": only the familiar forms.
#[rustfmt::skip]
const DE_YOU: Words = Words("du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure");
#[rustfmt::skip]
const ES_YOU: Words = Words("tú|usted|ustedes|vosotros|vosotras|tus|te|os|vuestro|vuestra");
#[rustfmt::skip]
const IT_YOU: Words = Words("tu|voi|tuo|tua|tuoi|tue|vostro|vostra|ti|vi");
#[rustfmt::skip]
const PT_YOU: Words = Words("você|vocês|tu|teu|tua|teus|tuas|vosso|vossa");
#[rustfmt::skip]
const NL_YOU: Words = Words("jij|jou|jouw|je|jullie|uw");
#[rustfmt::skip]
const PL_YOU: Words = Words("ty|cię|ciebie|tobie|twój|twoja|twoje|wy|was|wasz|wasza");
#[rustfmt::skip]
const CS_YOU: Words = Words("ty|tebe|tvůj|tvoje|vy|vás|váš|vaše");
#[rustfmt::skip]
const FI_YOU: Words = Words("sinä|sinun|sinua|te|teidän|teitä");
#[rustfmt::skip]
const RO_YOU: Words = Words("tu|voi|tău|ta|tale|vostru|voastră|dumneavoastră");

fn lists(lang: Lang) -> (Words, Words, Words) {
    match lang {
        Lang::En | Lang::Und => (EN_PERSONAL, EN_ANAPHORA, EN_CONNECTIVE),
        Lang::Fr => (FR_PERSONAL, FR_ANAPHORA, FR_CONNECTIVE),
        Lang::De => (DE_PERSONAL, DE_ANAPHORA, DE_CONNECTIVE),
        Lang::Es => (ES_PERSONAL, ES_ANAPHORA, ES_CONNECTIVE),
        Lang::It => (IT_PERSONAL, IT_ANAPHORA, IT_CONNECTIVE),
        Lang::Pt => (PT_PERSONAL, PT_ANAPHORA, PT_CONNECTIVE),
        Lang::Nl => (NL_PERSONAL, NL_ANAPHORA, NL_CONNECTIVE),
        Lang::Pl => (PL_PERSONAL, PL_ANAPHORA, PL_CONNECTIVE),
        Lang::Cs => (CS_PERSONAL, CS_ANAPHORA, CS_CONNECTIVE),
        Lang::Fi => (FI_PERSONAL, FI_ANAPHORA, FI_CONNECTIVE),
        Lang::Ro => (RO_PERSONAL, RO_ANAPHORA, RO_CONNECTIVE),
    }
}

#[rustfmt::skip]
const EN_PERSONAL: Words = Words("i|we|you|my|our|your|me|us|let");
#[rustfmt::skip]
const FR_PERSONAL: Words = Words("je|j|nous|vous|tu|mon|ma|mes|notre|nos|votre|vos|moi");
#[rustfmt::skip]
const DE_PERSONAL: Words = Words("ich|wir|du|mein|meine|unser|unsere|euer|dein|deine");
#[rustfmt::skip]
const ES_PERSONAL: Words = Words("yo|nosotros|nosotras|tú|usted|ustedes|mi|mis|nuestro|nuestra|tu|tus");
#[rustfmt::skip]
const IT_PERSONAL: Words = Words("io|noi|voi|mio|mia|miei|nostro|nostra|vostro|vostra");
#[rustfmt::skip]
const PT_PERSONAL: Words = Words("eu|nós|você|vocês|meu|minha|nosso|nossa|teu|tua");
#[rustfmt::skip]
const NL_PERSONAL: Words = Words("ik|wij|we|jij|je|jullie|mijn|ons|onze|jouw");
#[rustfmt::skip]
const PL_PERSONAL: Words = Words("ja|my|ty|wy|mój|moja|nasz|nasza|twój|wasz");
#[rustfmt::skip]
const CS_PERSONAL: Words = Words("já|my|ty|vy|můj|moje|náš|naše|tvůj|váš");
#[rustfmt::skip]
const FI_PERSONAL: Words = Words("minä|me|sinä|te|minun|meidän|sinun|teidän");
#[rustfmt::skip]
const RO_PERSONAL: Words = Words("eu|noi|tu|voi|meu|mea|nostru|noastră|tău|vostru");

#[rustfmt::skip]
const EN_ANAPHORA: Words = Words(
    "he|she|it|they|this|these|those|that|his|her|its|their|him|them|such",
);
#[rustfmt::skip]
const EN_CONNECTIVE: Words = Words(
    "but|and|so|yet|however|also|still|meanwhile|instead|then|moreover|furthermore|besides|\
    nevertheless|thus|therefore|or|nor|indeed",
);
#[rustfmt::skip]
const FR_ANAPHORA: Words = Words(
    "il|elle|ils|elles|ce|cet|cette|ces|c|ceci|cela|ça|celui|celle|ceux|celles|on|lui|leur|son|sa|ses",
);
#[rustfmt::skip]
const FR_CONNECTIVE: Words = Words(
    "mais|et|or|donc|puis|ainsi|alors|pourtant|cependant|toutefois|néanmoins|aussi|enfin|\
    ensuite|sinon",
);
#[rustfmt::skip]
const DE_ANAPHORA: Words = Words(
    "er|sie|es|dies|diese|dieser|dieses|diesen|das|dass|sein|seine|ihr|ihre|dabei|damit|darauf",
);
#[rustfmt::skip]
const DE_CONNECTIVE: Words = Words(
    "aber|und|doch|jedoch|also|auch|dann|danach|außerdem|zudem|trotzdem|allerdings|deshalb|oder",
);
#[rustfmt::skip]
const ES_ANAPHORA: Words = Words(
    "él|ella|ellos|ellas|esto|este|esta|estos|estas|eso|ese|esa|esos|esas|su|sus|lo|le|les",
);
#[rustfmt::skip]
const ES_CONNECTIVE: Words = Words(
    "pero|y|sin|además|también|luego|entonces|así|sin|embargo|por|o|aunque",
);
#[rustfmt::skip]
const IT_ANAPHORA: Words = Words(
    "lui|lei|loro|questo|questa|questi|queste|quello|quella|quelli|quelle|ciò|suo|sua|suoi|sue",
);
#[rustfmt::skip]
const IT_CONNECTIVE: Words = Words(
    "ma|e|però|quindi|poi|inoltre|anche|tuttavia|dunque|così|allora|o|infatti",
);
#[rustfmt::skip]
const PT_ANAPHORA: Words = Words(
    "ele|ela|eles|elas|isto|isso|aquilo|este|esta|estes|estas|esse|essa|esses|essas|seu|sua|seus|suas",
);
#[rustfmt::skip]
const PT_CONNECTIVE: Words = Words(
    "mas|e|porém|contudo|também|depois|então|assim|além|ou|entretanto|todavia",
);
#[rustfmt::skip]
const NL_ANAPHORA: Words = Words(
    "hij|zij|ze|het|dit|deze|dat|die|zijn|haar|hun|hem|daar|daarmee",
);
#[rustfmt::skip]
const NL_CONNECTIVE: Words = Words(
    "maar|en|ook|toch|dus|dan|daarna|bovendien|echter|wel|of|verder",
);
#[rustfmt::skip]
const PL_ANAPHORA: Words = Words(
    "on|ona|ono|oni|one|to|ten|ta|te|ci|tego|tej|jego|jej|ich",
);
#[rustfmt::skip]
const PL_CONNECTIVE: Words = Words(
    "ale|i|a|jednak|także|też|potem|więc|zatem|ponadto|lub|albo|natomiast",
);
#[rustfmt::skip]
const CS_ANAPHORA: Words = Words(
    "on|ona|ono|oni|ony|to|ten|ta|tento|tato|toto|jeho|její|jejich",
);
#[rustfmt::skip]
const CS_CONNECTIVE: Words = Words(
    "ale|a|však|také|pak|proto|tedy|navíc|nebo|přesto|totiž",
);
#[rustfmt::skip]
const FI_ANAPHORA: Words = Words(
    "hän|he|se|ne|tämä|nämä|tuo|nuo|sen|hänen|heidän",
);
#[rustfmt::skip]
const FI_CONNECTIVE: Words = Words(
    "mutta|ja|myös|sitten|siksi|kuitenkin|lisäksi|tai|joten",
);
#[rustfmt::skip]
const RO_ANAPHORA: Words = Words(
    "el|ea|ei|ele|acesta|aceasta|acestea|aceștia|acest|această|lui|său|sa|său",
);
#[rustfmt::skip]
const RO_CONNECTIVE: Words = Words(
    "dar|și|însă|iar|apoi|deci|totuși|de|asemenea|sau",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers() {
        assert_eq!(opener(Lang::En, "she"), Opener::Anaphora);
        assert_eq!(opener(Lang::Fr, "cette"), Opener::Anaphora);
        assert_eq!(opener(Lang::Fr, "mais"), Opener::Connective);
        assert_eq!(opener(Lang::Fr, "emmanuel"), Opener::Other);
        assert_eq!(opener(Lang::De, "they"), Opener::Anaphora);
        assert_eq!(opener(Lang::En, "you"), Opener::Personal);
        assert_eq!(opener(Lang::Fr, "nous"), Opener::Personal);
    }
}
