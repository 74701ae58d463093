//! Named entities: people, organisations and places, typed, merged and counted.
//!
//! Where a learned model exists for the text's language ([`crate::ner`]; natively always, in
//! WebAssembly once the page has loaded it), the tagger finds the people, organisations and
//! places and the rules below group, complete and name them (`learned.rs`). Without a model the
//! rules alone decide ([`entities_by_rules`]). The rules, small enough for the browser, make
//! passes over the token stream's words, with the language's cues from
//! [`crate::lang::entity_cues`] and gazetteers from [`crate::lang::names`]:
//!
//! 1. **Candidates** (`candidates.rs`). Runs of capitalised words with their connectors
//!    ("Banque de France", "Jean-Luc Mélenchon", "J. R. Watson"). Titles at the front ("M.",
//!    "President", "Herrn") are cues, not part of the name. A capitalised word at the start of a
//!    sentence is a name only if the text also capitalises it elsewhere, or a gazetteer or a cue
//!    says so. Lines in capitals (headlines, datelines) only give names the rest of the text or
//!    a gazetteer knows.
//! 2. **Typing by evidence** (`evidence.rs`), strongest first: context cues (titles, verbs of
//!    saying, legal suffixes and institution words, "rue", "in"/"à"), then gazetteers, then the
//!    document itself: every mention of an entity gets the entity's type.
//! 3. **Merging** (`groups.rs`), hashed: a lone surname joins the person ("Huang" → "Jensen
//!    Huang"), a first word the organisation ("Mistral" → "Mistral AI"), an acronym its
//!    expansion ("Banque nationale suisse (BNS)"). No all-pairs comparison: the cost is linear
//!    in the text.
//! 4. **Mentions of people** (`mentions.rs`) take in the titles written before them and the
//!    function written after them ("M. Ruedi, notaire"), as the HIPE newspaper annotations do
//!    (rules only: the tagger learned each corpus's own convention).

mod candidates;
mod evidence;
mod groups;
mod learned;
mod mentions;
mod words;

use crate::analysis::{Entity, EntityKind, Sentence};
use crate::hash::FastMap as HashMap;
use crate::lang::entity_cues::{self, EntityCues, *};
use crate::lang::names::{self, Class};
use crate::lang::{calendar, reporting, stopwords, Lang};
use crate::span::Span;
use crate::text::fold_apostrophe;
use crate::tokens::{Shape, Token, Tokens};
use groups::*;
use mentions::*;
use words::*;

/// The entities of `text`, whose sentences are `sentences`, by count then first mention.
///
/// With a learned model for `lang` ([`crate::ner::model()`]), the tagger decides which words are
/// names of people, organisations and places and of which kind (`learned.rs`); the rules still
/// group its mentions into entities and name the rest ("other"). Without one (a page that has
/// not loaded its language's model), the rules alone decide ([`entities_by_rules`]).
pub fn entities(text: &str, sentences: &[Sentence], tokens: &Tokens, lang: Lang) -> Vec<Entity> {
    let Some(model) = crate::ner::model(lang) else {
        return entities_by_rules(text, sentences, tokens, lang);
    };
    let groups = rule_groups(text, sentences, tokens, lang);
    let mentions = learned::tag(model, text, sentences, tokens, lang);
    let mut entities = learned::entities(text, &mentions, groups.into_judged(text, lang));
    // Old newspapers (one block of OCR'd text) put the titles written before a person in the
    // mention, as the rules do; the tagger learned that where it had such pages to learn from
    // (French, German) but not in English, where the titles rule gains 1.3 F1 on HIPE's
    // English dev documents (train) and changes no modern-news figure.
    if crate::ner::features::one_block(text) {
        with_titles(text, &mut entities);
    }
    entities
}

/// The entities the rules alone find: what [`entities`] gives where no model is loaded.
pub fn entities_by_rules(
    text: &str,
    sentences: &[Sentence],
    tokens: &Tokens,
    lang: Lang,
) -> Vec<Entity> {
    let mut entities = rule_groups(text, sentences, tokens, lang).into_entities(text, lang);
    with_titles(text, &mut entities);
    with_functions(text, &mut entities);
    entities
}

/// The rules' passes: candidates, short forms merged, mentions on lines in capitals.
fn rule_groups(text: &str, sentences: &[Sentence], tokens: &Tokens, lang: Lang) -> Groups {
    let doc = Doc::new(text, sentences, tokens, lang);
    let mut groups = Groups::default();
    doc.candidates(&mut groups);
    groups.merge_short_forms(&doc);
    doc.caps_mentions(&mut groups);
    groups
}

/// Evidence for a type: per kind, the strongest piece and the sum of all. The strongest kind of
/// evidence decides (a title beats any number of "said"); the sum breaks ties.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Votes {
    pub(super) best: [u32; 3],
    pub(super) sum: [u32; 3],
    /// The name is of something else (an event, a product): none of the three kinds.
    pub(super) veto: bool,
}

impl Votes {
    pub(super) fn add(&mut self, kind: EntityKind, strength: u32) {
        if let Some(i) = index(kind) {
            self.best[i] = self.best[i].max(strength);
            self.sum[i] += strength;
        }
    }
    pub(super) fn merge(&mut self, other: Votes) {
        for i in 0..3 {
            self.best[i] = self.best[i].max(other.best[i]);
            self.sum[i] += other.sum[i];
        }
        self.veto |= other.veto;
    }
    pub(super) fn strongest(self) -> u32 {
        self.best.iter().copied().max().unwrap_or(0)
    }
    /// The best supported kind, `Other` when nothing (or everything equally) speaks for one.
    pub(super) fn kind(self) -> EntityKind {
        if self.veto {
            return EntityKind::Other;
        }
        let score = |i: usize| (self.best[i], self.sum[i]);
        let (p, o, l) = (score(0), score(1), score(2));
        if p == (0, 0) && o == (0, 0) && l == (0, 0) {
            EntityKind::Other
        } else if p > o && p > l {
            EntityKind::Person
        } else if o >= l {
            // Ties between organisation and place go to the organisation ("Washington said").
            if o == p {
                EntityKind::Other
            } else {
                EntityKind::Organization
            }
        } else if l == p {
            EntityKind::Other
        } else {
            EntityKind::Place
        }
    }
}

pub(super) fn index(kind: EntityKind) -> Option<usize> {
    match kind {
        EntityKind::Person => Some(0),
        EntityKind::Organization => Some(1),
        EntityKind::Place => Some(2),
        EntityKind::Other => None,
    }
}

/// Evidence strengths: a cue in context beats a list, a list beats a guess.
pub(super) const CUE: u32 = 4;
pub(super) const LIST: u32 = 3;
pub(super) const HINT: u32 = 1;
pub(super) const SPEECH: u32 = 2;

/// A candidate mention: a span over the words `first..last` (inclusive), its key and evidence.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    pub(super) span: Span,
    pub(super) key: String,
    pub(super) words: usize,
    /// Folded first and last words, for merging short forms.
    pub(super) tail: String,
    /// Initials of the capitalised words ("BNS" for "Banque nationale suisse" needs lowercase
    /// words too, so both forms are kept).
    pub(super) initials: String,
    pub(super) initials_all: String,
    pub(super) votes: Votes,
    /// Known to a gazetteer as a whole.
    pub(super) listed: bool,
    /// A lone capitalised word with no evidence at all (may still join a longer name).
    pub(super) bare: bool,
}

impl Candidate {
    /// A one-word name found in a list (a gazetteer or the document's own names).
    pub(super) fn listed_word(span: Span, key: String, votes: Votes) -> Candidate {
        Candidate {
            span,
            tail: key.clone(),
            key,
            words: 1,
            initials: String::new(),
            initials_all: String::new(),
            votes,
            listed: true,
            bare: false,
        }
    }
}
