//! What the entity rules know of each language, and the cue words they share: one table per
//! concept, so that a language's entity rules are data here, not branches in `src/entity/`.
//!
//! Origin: written for Nutshell by its developers from general knowledge of each language's
//! orthography and of news usage, when the entity rules were fitted to English, French and
//! German news (the lists below were inline in `src/entity.rs` until they moved here); none is
//! copied from another project. Entries are `|`-separated ([`Words`]); "folded" entries are
//! written as [`super::names::fold_into`] gives them (lowercase, without accents).

use super::{Lang, Words};

/// How the entity rules read names in one language.
#[derive(Clone, Copy, Debug)]
pub struct EntityCues {
    /// The language capitalises every noun (German): a capitalised word without evidence is no
    /// name, two capitalised words are no guess of a person, a listed name inside an unlisted
    /// run stands on its own ("Politik Rußlands").
    pub capitalises_nouns: bool,
    /// Articles that never join two capitalised words into one name ("Kritik der Zürcher
    /// Handelskammer"), as written.
    pub articles: Words,
    /// Folded endings of common nouns: after a place preposition such a word is no place
    /// ("in Folge", "aus Holz", "nach Ansicht").
    pub noun_endings: Words,
    /// A listed place or organisation also appears with a genitive "s" ("Rußlands", "Europas").
    pub genitive_s: bool,
    /// Lowercase head nouns that end a name, as written ("Putnam county", "Buxton school").
    pub lowercase_heads: Words,
    /// Institution names go on over lowercase adjectives after their head word ("Conseil
    /// fédéral", "Banque nationale suisse"): the folded endings of those adjectives.
    pub name_adjective_endings: Words,
    /// Folded lowercase words that open a place's name before it, through "de", "du"... ("rue
    /// des Moulins", "vallée du Rhône", "cimetière Montmartre").
    pub place_heads: Words,
    /// Folded connectors between a place head and the name ("vallée du Rhône").
    pub place_head_connectors: Words,
    /// A one-letter word can be a title ("M. Dupont" in French, where English "Benton M.
    /// Johnson" has an initial).
    pub one_letter_title: bool,
}

const NONE: Words = Words("");

/// The entity rules' knowledge of `lang` (languages the rules were not written for get none
/// of the language-specific parts).
pub fn of(lang: Lang) -> EntityCues {
    let mut cues = EntityCues {
        capitalises_nouns: false,
        articles: NONE,
        noun_endings: NONE,
        genitive_s: false,
        lowercase_heads: NONE,
        name_adjective_endings: NONE,
        place_heads: NONE,
        place_head_connectors: NONE,
        one_letter_title: false,
    };
    match lang {
        Lang::En => cues.lowercase_heads = EN_LOWERCASE_HEADS,
        Lang::Fr => {
            cues.name_adjective_endings = FR_NAME_ADJECTIVE_ENDINGS;
            cues.place_heads = FR_PLACE_HEADS;
            cues.place_head_connectors = FR_PLACE_HEAD_CONNECTORS;
            cues.one_letter_title = true;
        }
        Lang::De => {
            cues.capitalises_nouns = true;
            cues.articles = DE_ARTICLES;
            cues.noun_endings = DE_NOUN_ENDINGS;
            cues.genitive_s = true;
        }
        _ => {}
    }
    cues
}

const EN_LOWERCASE_HEADS: Words =
    Words("county|township|parish|river|creek|school|college|academy");

/// Adjective endings of French institution names, and "suisse".
const FR_NAME_ADJECTIVE_ENDINGS: Words = Words(
    "al|ale|ales|aux|ien|ienne|iens|iennes|ais|aise|ois|oise|ique|iques|el|elle|els|elles|ain|aine|suisse",
);

const FR_PLACE_HEADS: Words = Words(
    "rue|avenue|boulevard|quai|place|vallee|gare|ile|chateau|plaine|tunnel|cimetiere|pont|col|lac|district|faubourg|route|chemin|canal",
);

const FR_PLACE_HEAD_CONNECTORS: Words = Words("de|du|des|la|d");

const DE_ARTICLES: Words = Words("der|den|des|die|das");

const DE_NOUN_ENDINGS: Words =
    Words("e|en|er|ern|ung|heit|keit|schaft|ion|tat|nis|holz|sicht|tracht|lich|ig");

/// Words of sports reports (English, French, German), lowercase: where they abound, a city's
/// name is mostly its team's.
pub const SPORTS_WORDS: Words = Words(
    "match|league|goal|goals|beat|draw|drew|season|striker|midfielder|defender|champions|scored|innings|wickets|tournament|soccer|football|cricket|rugby|tennis|hockey|basketball|baseball|coach|v|win|won|points|game|games|championship|cup|team|players|championnat|matches|buts|spiel|tore",
);

/// "Ajax v PSV", "Bologna (4) vs Piacenza": the word between two teams.
pub const VERSUS: Words = Words("v|vs");

/// Legal suffixes written with a period that belongs to the name ("AMR Corp. said").
pub const LEGAL_SUFFIXES: Words = Words("Corp|Inc|Co|Ltd|Cos");

/// Folded abbreviations inside place names, with their period ("St. Louis", "Mt. Everest").
pub const PLACE_ABBREVIATIONS: Words = Words("st.|ste.|mt.|ft.");

/// Abbreviations, as written without their period, after which a period ends no sentence
/// ("St. Gallen", "No. 5", "Nr. 3", "Ajax vs. PSV").
pub const NON_FINAL_ABBREVIATIONS: Words = Words("St|Mt|Ste|No|Nr|vs");

/// Articles, as written, that may open a listed name ("La Chaux-de-Fonds", "Le Havre", "The
/// Hague").
pub const NAME_ARTICLES: Words = Words("la|le|La|Le|the|The");

/// Folded nobility and courtesy titles: with a particle after them ("comte de Taaffe", "Graf
/// von Bülow") the name is a person's ("le président de Mistral AI" is not).
pub const NOBILITY: Words = Words(
    "comte|comtesse|duc|duchesse|marquis|marquise|baron|baronne|vicomte|prince|princesse|m|mme|mlle|graf|grafin|freiherr|furst|herzog|sieur",
);

/// Folded particles between a nobility title and a name ("duc de Malakoff", "d'Alton").
pub const NOBILITY_PARTICLES: Words = Words("de|d|du|von|van");

/// Plural titles, as written before their period, that open a list of people ("MM. Sublet,
/// Bratschi et Favrod", "Messrs. Hale and Dorr").
pub const PLURAL_TITLES: Words = Words("MM|Messrs|HH");

/// The lowercase words that join the names of such a list ("et", "and", "und").
pub const LIST_CONNECTORS: Words = Words("et|and|und|de|von");

/// Folded compass and position words that open place names ("East Timor", "Haute-Savoie").
pub const COMPASS: Words = Words(
    "north|south|east|west|central|northern|southern|eastern|western|upper|lower|greater|new|nord|sud|est|ouest|haute|haut|basse|bas|nieder|ober",
);
