//! Named entities: people, organisations and places, typed, merged and counted.
//!
//! Rules and gazetteers, small enough for the browser. Three passes over the words of the text:
//!
//! 1. **Candidates.** Runs of capitalised words with their connectors ("Banque de France",
//!    "Jean-Luc Mélenchon", "J. R. Watson"). Titles at the front ("M.", "President", "Herrn")
//!    are cues, not part of the name. A capitalised word at the start of a sentence is a name
//!    only if the text also capitalises it elsewhere, or a gazetteer or a cue says so. Lines in
//!    capitals (headlines, datelines) only give names the rest of the text or a gazetteer knows.
//! 2. **Typing by evidence**, strongest first: context cues (titles, verbs of saying, legal
//!    suffixes and institution words, "rue", "in"/"à"), then gazetteers ([`crate::lang::names`]),
//!    then the document itself: every mention of an entity gets the entity's type.
//! 3. **Merging**, hashed: a lone surname joins the person ("Huang" → "Jensen Huang"), a first
//!    word the organisation ("Mistral" → "Mistral AI"), an acronym its expansion ("Banque
//!    nationale suisse (BNS)"). No all-pairs comparison: the cost is linear in the text.
//! 4. **Mentions of people** take in the titles written before them and the function written
//!    after them ("M. Ruedi, notaire"), as the HIPE newspaper annotations do.

use crate::analysis::{Entity, EntityKind, Sentence};
use crate::hash::FastMap as HashMap;
use crate::lang::names::{self, Class};
use crate::lang::{calendar, reporting, stopwords, Lang};
use crate::span::Span;
use crate::text::fold_apostrophe;
use crate::tokens::{Shape, Token, Tokens};

/// The entities of `text`, whose sentences are `sentences`, by count then first mention.
pub fn entities(text: &str, sentences: &[Sentence], tokens: &Tokens, lang: Lang) -> Vec<Entity> {
    let doc = Doc::new(text, sentences, tokens, lang);
    let mut groups = Groups::default();
    doc.candidates(&mut groups);
    groups.merge_short_forms(&doc);
    doc.caps_mentions(&mut groups);
    let mut entities = groups.into_entities(text, lang);
    with_titles(text, &mut entities);
    with_functions(text, &mut entities);
    entities
}

/// A person's mention takes in the function written right after it, up to the next comma or
/// period ("M. Ruedi, notaire,", "Jean-Pierre Roth, président de la BNS,", "Thomas Duff, Esq."),
/// as HIPE annotates a person with its titles. The function must open with a title or trade word
/// ([`names::Class::Title`]) and end within eight words; names inside it keep their own mentions.
fn with_functions(text: &str, entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        for m in e.mentions.iter_mut() {
            if let Some(end) = function_after(text, m.end) {
                m.end = end;
            }
        }
    }
}

/// The end of a function written right after `at` (", président de la BNS,"), if there is one.
fn function_after(text: &str, at: usize) -> Option<usize> {
    let mut end = at + 2;
    let rest = text.get(at..)?.strip_prefix(", ")?;
    let mut tokens = rest.split(' ').peekable();
    let mut opened = false;
    let mut key = String::new();
    for n in 0..8 {
        let full = tokens.next()?;
        // "notaire," is the word "notaire" then its punctuation; a line end stops the function.
        let token = full.split('\n').next().unwrap_or("");
        let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
        let tail = &token[word.len()..];
        let mut dotted = tail.starts_with('.')
            && word.chars().count() == 1
            && word.starts_with(char::is_uppercase);
        if !opened {
            names::fold_into(&mut key, word);
            // "son secrétaire", "ancien coiffeur", "former Mayor".
            if n == 0 && names::is_function_opener(&key) {
                end += full.len() + 1;
                continue;
            }
            if tail.starts_with('.') {
                key.push('.');
                dotted = names::lookup_folded(&key) == Some(Class::Title);
                if !dotted {
                    key.pop();
                }
            }
            // A name right after is another person: "Smith, Mr. Jones", "Smith, Dr Watson".
            let next = tokens.peek().copied().unwrap_or("");
            if names::lookup_folded(&key) != Some(Class::Title)
                || next.starts_with(char::is_uppercase)
            {
                return None;
            }
            opened = true;
        }
        // "Esq.", "U. S.": the period of an abbreviation belongs to it.
        if dotted || !tail.is_empty() || full.len() > token.len() || tokens.peek().is_none() {
            return Some(end + word.len() + usize::from(dotted));
        }
        end += full.len() + 1;
    }
    None
}

/// A person's mention takes in the titles written right before it ("M. Macron", "Herrn Oberst
/// Brunner", "maréchal Niel"): the title is part of how the text names that person, and this is
/// the convention of the HIPE newspaper annotations (CoNLL leaves titles out; we measured both:
/// CoNLL loses about 1 F1, HIPE French gains about 12). The entity's name stays without them.
fn with_titles(text: &str, entities: &mut [Entity]) {
    let mut taken: Vec<Span> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    crate::sort::sort(&mut taken);
    let is_taken = |s: Span| {
        let i = taken.partition_point(|t| t.end <= s.start);
        taken.get(i).is_some_and(|t| t.overlaps(s))
    };
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        for m in e.mentions.iter_mut() {
            // At most three titles in a row; each separated from the next by one space.
            for _ in 0..3 {
                let Some(start) = title_before(text, m.start) else {
                    break;
                };
                if is_taken(Span::new(start, m.start - 1)) {
                    break;
                }
                m.start = start;
            }
        }
    }
}

/// The start of a title word that ends one space before `at` ("M. |Macron"), if there is one.
fn title_before(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    let space = before.chars().next_back()?;
    if !matches!(space, ' ' | '\u{a0}' | '\u{202f}') {
        return None;
    }
    let head = &before[..before.len() - space.len_utf8()];
    let dotless = head.strip_suffix('.').unwrap_or(head);
    let word_len: usize = dotless
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    if word_len == 0 || word_len > 24 {
        return None;
    }
    let start = dotless.len() - word_len;
    // A title is a word of its own: nothing word-like glued before it.
    if dotless[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-')
    {
        return None;
    }
    // With a period, the abbreviation itself must be a title ("Mr. |Smith"): a title word
    // ending a sentence ("... temporary secretary. |Chairman Hanna") is no part of the name.
    let title = |w: &str| names::lookup(w) == Some(Class::Title);
    title(&head[start..]).then_some(start)
}

/// A word as the entity stage sees it: its span, and in one `u32` its folded form's index into
/// [`Doc::words`] (the low 28 bits), its shape and two flags. Made on demand from the token
/// stream ([`Toks::at`]): the stage keeps one byte per word of its own, not a copy of the stream.
#[derive(Clone, Copy, Debug)]
struct Tok {
    span: Span,
    bits: u32,
}

impl Tok {
    const KEY: u32 = (1 << 28) - 1;
    const INITIAL: u32 = 1 << 28;
    const CAPS_LINE: u32 = 1 << 29;
    const SHAPE_SHIFT: u32 = 30;

    fn new(token: Token, key: u32, marks: u8) -> Tok {
        let shape = match token.shape() {
            Shape::Title => 0,
            Shape::Caps => 1,
            Shape::Lower => 2,
            Shape::Other => 3,
        };
        Tok {
            span: token.span,
            bits: (shape << Self::SHAPE_SHIFT) | (u32::from(marks) << 28) | key.min(Self::KEY),
        }
    }
    fn shape(self) -> Shape {
        match self.bits >> Self::SHAPE_SHIFT {
            0 => Shape::Title,
            1 => Shape::Caps,
            2 => Shape::Lower,
            _ => Shape::Other,
        }
    }
    /// First word of a sentence (or line, or quotation): its capital says nothing.
    fn initial(self) -> bool {
        self.bits & Self::INITIAL != 0
    }
    /// On a line written in capitals: its shape says nothing.
    fn caps_line(self) -> bool {
        self.bits & Self::CAPS_LINE != 0
    }
    fn key(self) -> u32 {
        self.bits & Self::KEY
    }
}

/// The words of the text for the entity stage: the token stream, one byte of marks per word
/// ([`Tok::INITIAL`], [`Tok::CAPS_LINE`], shifted down by 28), and each spelling's folded key.
struct Toks<'t> {
    tokens: &'t [Token],
    marks: Vec<u8>,
    /// Spelling id -> index into [`Doc::words`].
    keys: Vec<u32>,
    /// The keys of tokens without a spelling id (a text of many gigabytes), by token index.
    overflow: HashMap<usize, u32>,
}

impl Toks<'_> {
    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn key(&self, i: usize) -> u32 {
        match self.tokens[i].spelling() {
            Some(id) => self.keys[id],
            None => self.overflow.get(&i).copied().unwrap_or(0),
        }
    }

    /// Word `i` (which must exist).
    fn at(&self, i: usize) -> Tok {
        Tok::new(self.tokens[i], self.key(i), self.marks[i])
    }

    fn get(&self, i: usize) -> Option<Tok> {
        (i < self.tokens.len()).then(|| self.at(i))
    }
}

/// What the text says of one folded word.
#[derive(Debug)]
struct WordInfo {
    key: Box<str>,
    /// Times written lowercase, and capitalised inside a sentence.
    lower: u32,
    mid: u32,
    /// Its class in the name lists, looked up once per distinct word.
    class: Option<Class>,
}

/// Evidence for a type: per kind, the strongest piece and the sum of all. The strongest kind of
/// evidence decides (a title beats any number of "said"); the sum breaks ties.
#[derive(Clone, Copy, Debug, Default)]
struct Votes {
    best: [u32; 3],
    sum: [u32; 3],
    /// The name is of something else (an event, a product): none of the three kinds.
    veto: bool,
}

impl Votes {
    fn add(&mut self, kind: EntityKind, strength: u32) {
        if let Some(i) = index(kind) {
            self.best[i] = self.best[i].max(strength);
            self.sum[i] += strength;
        }
    }
    fn merge(&mut self, other: Votes) {
        for i in 0..3 {
            self.best[i] = self.best[i].max(other.best[i]);
            self.sum[i] += other.sum[i];
        }
        self.veto |= other.veto;
    }
    fn strongest(self) -> u32 {
        self.best.iter().copied().max().unwrap_or(0)
    }
    /// The best supported kind, `Other` when nothing (or everything equally) speaks for one.
    fn kind(self) -> EntityKind {
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

fn index(kind: EntityKind) -> Option<usize> {
    match kind {
        EntityKind::Person => Some(0),
        EntityKind::Organization => Some(1),
        EntityKind::Place => Some(2),
        EntityKind::Other => None,
    }
}

/// Words of sports reports (English, French, German), lowercase: where they abound, a city's
/// name is mostly its team's.
const SPORTS_WORDS: &str = "match|league|goal|goals|beat|draw|drew|season|striker|midfielder|defender|champions|scored|innings|wickets|tournament|soccer|football|cricket|rugby|tennis|hockey|basketball|baseball|coach|v|win|won|points|game|games|championship|cup|team|players|championnat|matches|buts|spiel|tore";

/// Evidence strengths: a cue in context beats a list, a list beats a guess.
const CUE: u32 = 4;
const LIST: u32 = 3;
const HINT: u32 = 1;
const SPEECH: u32 = 2;

/// A candidate mention: a span over the words `first..last` (inclusive), its key and evidence.
#[derive(Clone, Debug)]
struct Candidate {
    span: Span,
    key: String,
    words: usize,
    /// Folded first and last words, for merging short forms.
    tail: String,
    /// Initials of the capitalised words ("BNS" for "Banque nationale suisse" needs lowercase
    /// words too, so both forms are kept).
    initials: String,
    initials_all: String,
    votes: Votes,
    /// Known to a gazetteer as a whole.
    listed: bool,
    /// A lone capitalised word with no evidence at all (may still join a longer name).
    bare: bool,
}

impl Candidate {
    /// A one-word name found in a list (a gazetteer or the document's own names).
    fn listed_word(span: Span, key: String, votes: Votes) -> Candidate {
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

struct Doc<'t> {
    text: &'t str,
    lang: Lang,
    toks: Toks<'t>,
    /// The distinct folded words, and what the text says of each: every word is folded and
    /// looked up in the name lists once, not once per question asked about it.
    words: Vec<WordInfo>,
    /// Folded word -> its index in `words`.
    ids: HashMap<Box<str>, u32>,
    /// A sports report: cities name teams there ("Bologna (4) v Piacenza (13)").
    sports: bool,
}

impl<'t> Doc<'t> {
    fn new(text: &'t str, sentences: &[Sentence], tokens: &'t Tokens, lang: Lang) -> Doc<'t> {
        let mut starts: Vec<usize> = sentences.iter().map(|s| s.span.start).collect();
        crate::sort::sort(&mut starts);
        // Index 0 is the empty word (what `fold` gives past the last word).
        let mut words = vec![WordInfo {
            key: "".into(),
            lower: 0,
            mid: 0,
            class: names::lookup_folded(""),
        }];
        let mut ids: HashMap<Box<str>, u32> = HashMap::default();
        ids.insert("".into(), 0);
        let mut key = String::new();
        let mut folded = |word: &str, words: &mut Vec<WordInfo>| -> u32 {
            names::fold_into(&mut key, word);
            match ids.get(key.as_str()) {
                Some(&id) => id,
                None => {
                    let id = words.len() as u32;
                    let boxed: Box<str> = key.as_str().into();
                    ids.insert(boxed.clone(), id);
                    words.push(WordInfo {
                        class: names::lookup_folded(&boxed),
                        key: boxed,
                        lower: 0,
                        mid: 0,
                    });
                    id
                }
            }
        };
        // Each distinct spelling is folded and looked up once: most words of a text are repeats.
        const UNSEEN: u32 = u32::MAX;
        let all = tokens.all();
        let mut keys = vec![UNSEEN; tokens.spellings()];
        let mut overflow = HashMap::default();
        for (i, t) in all.iter().enumerate() {
            match t.spelling() {
                Some(id) if keys[id] == UNSEEN => keys[id] = folded(t.span.of(text), &mut words),
                Some(_) => {}
                None => {
                    overflow.insert(i, folded(t.span.of(text), &mut words));
                }
            }
        }
        // Words and sentence starts are both in text order: one walk over the two.
        let mut marks = vec![0u8; all.len()];
        let mut next_start = starts.iter().peekable();
        for (t, m) in all.iter().zip(marks.iter_mut()) {
            while next_start.next_if(|&&s| s < t.span.start).is_some() {}
            let initial = next_start.peek().is_some_and(|&&s| s == t.span.start)
                || starts_sentence(text, t.span);
            if initial {
                *m |= (Tok::INITIAL >> 28) as u8;
            }
        }
        mark_caps_lines(all, &mut marks);
        let toks = Toks {
            tokens: all,
            marks,
            keys,
            overflow,
        };
        for i in 0..toks.len() {
            let t = toks.at(i);
            if t.caps_line() {
                continue;
            }
            let w = &mut words[t.key() as usize];
            match t.shape() {
                Shape::Lower => w.lower += 1,
                Shape::Title | Shape::Caps if !t.initial() => w.mid += 1,
                _ => {}
            }
        }
        let mut doc = Doc {
            text,
            lang,
            toks,
            words,
            ids,
            sports: false,
        };
        let hits = SPORTS_WORDS.split('|').map(|w| doc.seen(w).0).sum::<u32>();
        doc.sports = hits >= 3 && hits as usize * 100 >= doc.toks.len();
        doc
    }

    /// (times written lowercase, times capitalised inside a sentence) of a folded word.
    fn seen(&self, key: &str) -> (u32, u32) {
        self.ids.get(key).map_or((0, 0), |&id| {
            let w = &self.words[id as usize];
            (w.lower, w.mid)
        })
    }

    /// What the text says of word `i` (of the empty word past the last one).
    fn info(&self, i: usize) -> &WordInfo {
        let id = self.toks.get(i).map_or(0, |t| t.key());
        &self.words[id as usize]
    }

    /// Word `i`, folded (see [`names::fold_into`]).
    fn fold(&self, i: usize) -> &str {
        &self.info(i).key
    }

    /// The class of word `i` in the name lists: `names::lookup(self.word(i))`, without folding
    /// and hashing again.
    fn class(&self, i: usize) -> Option<Class> {
        self.info(i).class
    }

    fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.span.of(self.text))
    }

    fn folded(&self, i: usize) -> String {
        self.fold(i).to_owned()
    }

    /// The text between words `i - 1` and `i`.
    fn gap(&self, i: usize) -> &'t str {
        let end = self.toks.get(i).map_or(self.text.len(), |t| t.span.start);
        let start = match i.checked_sub(1).and_then(|p| self.toks.get(p)) {
            Some(t) => t.span.end,
            None => 0,
        };
        self.text.get(start..end).unwrap_or("")
    }

    /// Word `i` followed by a period: an abbreviation such as "M." or "Dr." or an initial.
    fn abbreviation(&self, i: usize) -> bool {
        let w = self.word(i);
        if !self.gap(i + 1).starts_with('.') {
            return false;
        }
        if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
            return true;
        }
        let mut k = self.folded(i);
        k.push('.');
        matches!(names::lookup_folded(&k), Some(Class::Title | Class::Given))
            || matches!(k.as_str(), "st." | "ste." | "mt." | "ft.")
    }

    /// Whether word `i` is the one-letter elided article of "L'Europe", "D'autres", "O'Brien".
    fn elided(&self, i: usize) -> bool {
        let next_gap = self.gap(i + 1);
        let w = self.word(i);
        w.chars().count() <= 2 && next_gap.chars().map(fold_apostrophe).eq(['\''])
    }

    /// Whether word `i` is the "O'" or "D'" of a surname ("O'Brien", "General D'Alton"); a "D'"
    /// opening a sentence is the French article ("D'Europe...").
    fn name_prefix(&self, i: usize) -> bool {
        let w = self.word(i);
        (w == "O" || (w == "D" && !self.toks.at(i).initial()))
            && self.elided(i)
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.shape() == Shape::Title)
    }

    /// Whether the lowercase word `i` is a news agency's credit: "(ats, afp)", "/ ats".
    fn agency_credit(&self, i: usize) -> bool {
        let w = self.word(i);
        if w.len() > 4 || self.class(i) != Some(Class::Org) {
            return false;
        }
        let before = self.gap(i);
        let after = self.gap(i + 1);
        (before.contains(['(', '/']) || (before.trim() == "," && self.agency_credit_before(i)))
            && (after.contains([')', ',']) || after.trim().is_empty() || after.contains('\n'))
    }

    fn agency_credit_before(&self, i: usize) -> bool {
        i > 0 && self.word(i - 1).len() <= 4 && self.class(i - 1) == Some(Class::Org)
    }

    /// Whether words `i` and `i + 1` are joined into one name that starts at word `first`.
    fn joins(&self, first: usize, i: usize) -> bool {
        let Some(next) = self.toks.get(i + 1) else {
            return false;
        };
        if next.caps_line() != self.toks.at(i).caps_line() {
            return false;
        }
        let gap = self.gap(i + 1);
        let capital = matches!(next.shape(), Shape::Title | Shape::Caps);
        // "Penn¬ sylvania": a word broken at a line end goes on.
        if gap.starts_with('\u{ac}') && gap[2..].chars().all(char::is_whitespace) {
            return next.shape() != Shape::Other;
        }
        if self.name_prefix(i) {
            return true;
        }
        match gap {
            " " => {
                capital
                    && (!self.stops_name(i + 1)
                        || (i < first + 6
                            && matches!(
                                self.lookup_range(first, i + 1),
                                Some(Class::Org | Class::Place | Class::City)
                            )))
            }
            "-" | "\u{2010}" | "\u{2011}" => capital || self.connector_then_name(i + 1, "-"),
            " & " => capital,
            _ if gap.starts_with('.')
                && gap.len() > 1
                && gap[1..].chars().all(|c| c == ' ')
                && self.abbreviation(i) =>
            {
                capital
            }
            "." if self.abbreviation(i) => capital,
            _ => false,
        }
    }

    /// Whether word `i` is a lowercase connector followed (through `sep`) by more name.
    fn connector_then_name(&self, i: usize, sep: &str) -> bool {
        // At most two connectors in a row ("de la", "van der").
        for c in i..i + 2 {
            let Some(t) = self.toks.get(c) else {
                return false;
            };
            if t.shape() != Shape::Lower
                || !names::is_connector(self.word(c))
                || self.gap(c + 1) != sep
            {
                return false;
            }
            match self.toks.get(c + 1) {
                Some(n) if matches!(n.shape(), Shape::Title | Shape::Caps) => {
                    return !self.stops_name(c + 1)
                }
                Some(_) => {}
                None => return false,
            }
        }
        false
    }

    /// Whether the name word `i` may continue over the connector at `c`: "Bank of England",
    /// "Charles de Gaulle", "comte de Taaffe", but not "Simon Parke of England".
    fn takes_connector(&self, i: usize, c: usize) -> bool {
        if names::is_particle(self.word(c)) || self.word(c) == "&" {
            return true;
        }
        // German articles join no names ("Kritik der Zürcher Handelskammer").
        if self.lang == Lang::De && matches!(self.word(c), "der" | "den" | "des" | "die" | "das") {
            return false;
        }
        matches!(
            self.class(i),
            Some(Class::OrgWord | Class::PlaceWord | Class::Given | Class::Title)
        )
    }

    /// A capitalised word that never continues a name: months, weekdays, nationalities...
    fn stops_name(&self, i: usize) -> bool {
        matches!(self.class(i), Some(Class::NotName))
    }

    /// Pass 1: candidates outside capitals lines, added to `groups` as they are found (a long
    /// text has hundreds of thousands: kept all at once, they were most of the memory peak).
    fn candidates(&self, groups: &mut Groups) {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            for c in out.drain(..) {
                groups.add(&c);
            }
            let t = self.toks.at(i);
            if t.shape() == Shape::Lower && self.agency_credit(i) {
                let mut votes = Votes::default();
                votes.add(EntityKind::Organization, LIST);
                out.push(Candidate::listed_word(t.span, self.folded(i), votes));
            }
            if t.caps_line()
                || !matches!(t.shape(), Shape::Title | Shape::Caps)
                || (self.elided(i) && !self.name_prefix(i))
            {
                i += 1;
                continue;
            }
            // Extend over joined words and connectors ("Banque de France", "Côte d'Ivoire").
            let mut last = i;
            loop {
                if self.joins(i, last) {
                    last += 1;
                    continue;
                }
                if self.gap(last + 1) == " "
                    && self.connector_then_name(last + 1, " ")
                    && self.takes_connector(last, last + 1)
                {
                    // Skip the connectors (one or two) and land on the next capitalised word.
                    let mut j = last + 1;
                    while self.toks.get(j).is_some_and(|t| t.shape() == Shape::Lower)
                        && j < last + 3
                    {
                        j += 1;
                    }
                    if self
                        .toks
                        .get(j)
                        .is_some_and(|t| matches!(t.shape(), Shape::Title | Shape::Caps))
                        && !self.toks.at(j).caps_line()
                    {
                        last = j;
                        continue;
                    }
                }
                // "Côte d'Ivoire", "Jeanne d'Arc": an elided connector inside a name.
                if self.elided(last + 1)
                    && matches!(self.word(last + 1), "d" | "D")
                    && self.gap(last + 1) == " "
                    && self
                        .toks
                        .get(last + 2)
                        .is_some_and(|t| t.shape() == Shape::Title)
                {
                    last += 2;
                    continue;
                }
                break;
            }
            // English names with a lowercase head noun: "Putnam county", "Buxton school".
            if self.lang == Lang::En
                && self.gap(last + 1) == " "
                && self
                    .toks
                    .get(last + 1)
                    .is_some_and(|t| t.shape() == Shape::Lower)
                && names::is_en_lowercase_head(self.word(last + 1))
            {
                last += 1;
            }
            // French institutions: "Conseil fédéral", "Banque nationale suisse".
            if self.lang == Lang::Fr && self.class(last) == Some(Class::OrgWord) {
                let mut j = last + 1;
                while j <= last + 3
                    && self.gap(j) == " "
                    && self.toks.get(j).is_some_and(|t| t.shape() == Shape::Lower)
                    && names::is_fr_name_adjective(self.fold(j))
                    && !stopwords::is_stopword(Lang::Fr, self.fold(j))
                {
                    j += 1;
                }
                last = j - 1;
            }
            // A title inside the run splits it: "New Zealand Prime Minister Jim Bolger".
            // ("M." is a title in French only: "Benton M. Johnson" has an initial.)
            let title = (i + 1..last).find(|&j| {
                self.toks.at(j).shape() == Shape::Title
                    && self.class(j) == Some(Class::Title)
                    && (self.lang == Lang::Fr || self.word(j).len() > 1)
                    && self.toks.at(j - 1).shape() != Shape::Lower
                    && self.class(j - 1) != Some(Class::Title)
            });
            // A listed name then a person's: "AC Milan George Weah".
            // (Only in runs of name length, so that each lookup stays short.)
            let title = title.or_else(|| {
                (i + 1..last.min(i + 6)).find(|&j| {
                    self.class(j) == Some(Class::Given)
                        && self.toks.at(j).shape() == Shape::Title
                        && matches!(
                            self.lookup_range(i, j - 1),
                            Some(Class::Org | Class::Place | Class::City)
                        )
                })
            });
            match title {
                Some(t) if self.lookup_range(i, last).is_none() => {
                    out.extend(self.candidate(i, t - 1));
                    out.extend(self.candidate(t, last));
                }
                _ if self.lang == Lang::De => self.split_listed(i, last, &mut out),
                _ => out.extend(self.candidate(i, last)),
            }
            i = last + 1;
        }
        for c in out.drain(..) {
            groups.add(&c);
        }
    }

    /// German capitalises nouns, which then run into names ("Politik Rußlands", "Kaiser von
    /// Rußland Anfangs"): a listed name inside an unlisted run stands on its own.
    fn split_listed(&self, first: usize, last: usize, out: &mut Vec<Candidate>) {
        if first == last || self.lookup_range(first, last).is_some() {
            out.extend(self.candidate(first, last));
            return;
        }
        let mut from = first;
        for j in first..=last {
            let k = self.fold(j);
            if matches!(
                names::lookup_folded(k).or_else(|| self.genitive(k)),
                Some(Class::Place | Class::City | Class::Org)
            ) {
                if j > from {
                    out.extend(self.candidate(from, j - 1));
                }
                out.extend(self.candidate(j, j));
                from = j + 1;
            }
        }
        if from <= last {
            out.extend(self.candidate(from, last));
        }
    }

    /// Judges the words `first..=last` and makes a candidate of what remains of them.
    fn candidate(&self, first: usize, last: usize) -> Option<Candidate> {
        let mut votes = Votes::default();
        // The whole run, as a gazetteer knows it ("Le Monde", "La Chaux-de-Fonds").
        let whole = self.lookup_range(first, last);
        let mut start = first;
        if whole.is_none() {
            // Strip leading titles (cues for a person) and words that are not names.
            let last_org_word = (first..=last).rfind(|&j| self.class(j) == Some(Class::OrgWord));
            while start <= last {
                let mut k = self.folded(start);
                if self.abbreviation(start) {
                    k.push('.');
                }
                let class = names::lookup_folded(&k).or_else(|| {
                    k.pop_if_dot();
                    names::lookup_folded(&k)
                });
                let org_after = last_org_word.is_some_and(|o| o > start);
                match class {
                    Some(Class::Title) if start < last && !org_after => {
                        votes.add(EntityKind::Person, CUE);
                        start += 1;
                    }
                    Some(Class::NotName) => start += 1,
                    _ if start < last
                        && self.toks.at(start).initial()
                        && self.common_word(start, &k) =>
                    {
                        start += 1;
                    }
                    _ => break,
                }
                // Connectors left at the front after stripping ("President of ...") go too.
                while start <= last && self.toks.at(start).shape() == Shape::Lower {
                    start += 1;
                }
            }
            if start > last {
                return None;
            }
        }
        let words = count_words(start, last);
        let mut span = Span::new(self.toks.at(start).span.start, self.toks.at(last).span.end);
        // Dotted initials keep their last period ("U.S.", "U.N.").
        if last > start
            && self.word(last).chars().count() == 1
            && self.gap(last).starts_with('.')
            && self.gap(last + 1).starts_with('.')
        {
            span.end += 1;
        }
        // A legal suffix written with its period ("AMR Corp. said").
        if matches!(self.word(last), "Corp" | "Inc" | "Co" | "Ltd" | "Cos")
            && self.gap(last + 1).starts_with('.')
            && self
                .text
                .get(self.toks.at(last).span.end + 1..)
                .is_some_and(|rest| !rest.trim_start().starts_with(char::is_uppercase))
        {
            span.end += 1;
        }

        let acronym = words == 1 && self.toks.at(start).shape() == Shape::Caps;
        let key = self.key_of(span);
        // "rue des Moulins", "vallée du Rhône", "château d'Eliolles": the place word is in the name.
        let place_head = self.fr_place_head(start);
        // "La Chaux-de-Fonds", "Le Havre": an article that is part of a listed name.
        if start > 0
            && self.gap(start) == " "
            && matches!(
                self.word(start - 1),
                "la" | "le" | "La" | "Le" | "the" | "The"
            )
            && matches!(
                names::lookup(&format!("{} {key}", self.fold(start - 1))),
                Some(Class::Place | Class::City | Class::Org)
            )
        {
            span.start = self.toks.at(start - 1).span.start;
        }
        let key = if span.start == self.toks.at(start).span.start {
            key
        } else {
            self.key_of(span)
        };
        let class = if start == first { whole } else { None }
            .or_else(|| names::lookup_folded(&key))
            .or_else(|| self.genitive(&key));
        let listed = matches!(class, Some(Class::Place | Class::City | Class::Org));
        if let Some(h) = place_head {
            span.start = self.toks.at(h).span.start;
            votes.add(EntityKind::Place, CUE);
        }
        let key = if place_head.is_some() {
            self.key_of(span)
        } else {
            key
        };
        // "World Cup", "Nobel Prize": an event or a work, none of the three kinds.
        if !listed && self.class(last) == Some(Class::OtherWord) {
            votes.veto = true;
        }
        match class {
            Some(Class::City) if self.sports && !self.dateline(last) => {
                votes.add(EntityKind::Organization, LIST)
            }
            Some(Class::Place | Class::City) => votes.add(EntityKind::Place, LIST),
            Some(Class::Org) => votes.add(EntityKind::Organization, LIST),
            Some(Class::NotName | Class::Title) => return None,
            // A lone generic word ("Société", "Bank", "Cup") names nothing by itself.
            Some(Class::OrgWord | Class::PlaceWord | Class::OtherWord) if start == last => {
                return None
            }
            _ => {}
        }

        // A lone word at the start of a sentence: a name only if the text or a list says so.
        let lone_initial = start == last && self.toks.at(start).initial();
        if lone_initial && !listed {
            let (lower, mid) = self.seen(&key);
            let given = matches!(class, Some(Class::Given));
            let plural = self.word(start).ends_with('s');
            let team = self.sports && self.next_to_score(start, last);
            // "Harrisburg, June 26, 1840.": a dateline names a place.
            let dateline = self.opens_dateline(start, last);
            if dateline {
                votes.add(EntityKind::Place, CUE);
            }
            if mid == 0 && !given && !team && !dateline && (plural || !self.speech_after(last)) {
                return None;
            }
            if lower > mid && !dateline {
                return None;
            }
        }
        if start == last && !listed && self.common_word(start, &key) {
            return None;
        }

        // Words inside the name.
        // "Tho¬ mas Shields": the first word, whole again if broken at a line end.
        let head = if start < last && self.gap(start + 1).starts_with('\u{ac}') {
            self.key_of(Span::new(
                self.toks.at(start).span.start,
                self.toks.at(start + 1).span.end,
            ))
        } else {
            self.folded(start)
        };
        let tail = self.folded(last);
        if (words >= 2 || self.toks.at(start).shape() == Shape::Title)
            && matches!(names::lookup_folded(&head), Some(Class::Given))
        {
            votes.add(EntityKind::Person, if words >= 2 { LIST } else { HINT + 1 });
        }
        for j in (start..=last).filter(|_| !listed) {
            match self.class(j) {
                Some(Class::OrgWord) if last > start => votes.add(EntityKind::Organization, CUE),
                Some(Class::PlaceWord) if last > start && (j == start || j == last) => {
                    votes.add(EntityKind::Place, CUE)
                }
                _ => {}
            }
        }
        // "J. R. Watson", "C. Chevillard", "Chr. Rouge": initials, then a surname.
        if self.initials_then_surname(start, last) {
            votes.add(EntityKind::Person, LIST);
        }
        // "MM. Sublet, Bratschi et Favrod", "Messrs. Hale and Dorr": a list after a plural title.
        if self.after_plural_title(start) {
            votes.add(EntityKind::Person, CUE);
        }
        // Context before: a title, a place word ("rue des Moulins"), a preposition, a verb.
        if start > 0 {
            let p = start - 1;
            let pk = self.fold(p);
            let gap = self.gap(start);
            let adjacent = gap == " " || (gap.trim() == "." && self.abbreviation(p));
            if adjacent {
                match names::lookup_folded(pk).or_else(|| names::lookup_folded(&format!("{pk}."))) {
                    Some(Class::Title) => votes.add(EntityKind::Person, CUE),
                    Some(Class::PlaceWord) if self.toks.at(p).shape() == Shape::Lower => {
                        votes.add(EntityKind::Place, CUE)
                    }
                    Some(Class::OrgWord) if self.toks.at(p).shape() == Shape::Lower => {
                        votes.add(EntityKind::Organization, HINT)
                    }
                    _ => {}
                }
            }
            // "comte de Taaffe", "duc de Malakoff", "Graf von Bülow": a title, then a particle.
            if p > 0
                && matches!(pk, "de" | "d" | "du" | "von" | "van")
                && self.toks.at(p).shape() == Shape::Lower
            {
                // Nobility and courtesy titles only: "le président de Mistral AI" is no person.
                if names::in_list(
                    "comte|comtesse|duc|duchesse|marquis|marquise|baron|baronne|vicomte|prince|princesse|m|mme|mlle|graf|grafin|freiherr|furst|herzog|sieur",
                    self.fold(p - 1),
                ) {
                    votes.add(EntityKind::Person, CUE);
                }
            }
            if gap.trim().is_empty() || gap.trim() == "'" || gap.trim() == "\u{2019}" {
                if (reporting::is_reporting_key(self.lang, pk) || self.speech_before(start))
                    && !acronym
                {
                    votes.add(EntityKind::Person, SPEECH);
                }
                // "d'Europe" counts as "de"; "l'AFP" says nothing.
                let prep = if gap.trim().is_empty() || pk == "d" {
                    pk
                } else {
                    ""
                };
                // German capitalises the nouns after its prepositions ("in Folge"): no cue there.
                if names::is_place_preposition(prep)
                    && self.toks.at(p).shape() == Shape::Lower
                    && (self.lang != Lang::De || !german_noun_like(&key))
                {
                    votes.add(EntityKind::Place, HINT);
                }
                if names::is_org_preposition(pk) {
                    votes.add(EntityKind::Organization, CUE - 1);
                }
            }
        }
        // Context after: "X said", "X a déclaré". Organisations speak too: a weak cue.
        if self.speech_after(last) && !acronym {
            votes.add(EntityKind::Person, SPEECH);
        }
        // A lone short acronym is most likely an organisation.
        if acronym && class.is_none() && self.word(start).chars().count() <= 5 {
            votes.add(EntityKind::Organization, HINT);
        }
        // A team in a results line: a name next to a score ("Barcelona 2 Real Madrid 1").
        if matches!(class, Some(Class::City) | None) && self.next_to_score(start, last) {
            votes.add(EntityKind::Organization, CUE + LIST);
        }

        // "East Timor", "Baja California": a compass word or a listed place inside makes a place.
        if votes.kind() == EntityKind::Other && class.is_none() && words >= 2 && is_compass(&head) {
            votes.add(EntityKind::Place, HINT);
        }
        // Two capitalised words and nothing else known: most often a person's name.
        if votes.kind() == EntityKind::Other
            && class.is_none()
            && words == 2
            && self.lang != Lang::De
            && self.gap(last) == " "
            && self.toks.at(start).shape() == Shape::Title
            && self.toks.at(last).shape() == Shape::Title
            && [start, last].iter().all(|&j| {
                // Not when a word is a listed place ("Choose France") or a word the text also
                // writes in lowercase ("Vieux Continent", "Radio Classique").
                let k = self.fold(j);
                let lower = self.seen(k).0;
                lower == 0 && !matches!(names::lookup_folded(k), Some(Class::Place | Class::City))
            })
        {
            votes.add(EntityKind::Person, HINT);
        }
        let (initials, initials_all) = self.initials(start, last);
        let bare = votes.kind() == EntityKind::Other && words == 1 && class.is_none();
        Some(Candidate {
            span,
            key,
            words,
            tail,
            initials,
            initials_all,
            votes,
            listed,
            bare,
        })
    }

    /// Whether `key` (word `i`) is a common word of the text's language rather than a name:
    /// a stopword, or a word the text otherwise writes in lowercase more than capitalised.
    fn common_word(&self, i: usize, key: &str) -> bool {
        if stopwords::is_stopword(self.lang, key)
            || (self.lang != Lang::En && stopwords::is_stopword(Lang::En, key) && key.len() < 4)
        {
            return true;
        }
        let (lower, mid) = self.seen(key);
        let initial = self.toks.get(i).is_some_and(|t| t.initial());
        lower > 0 && (initial || lower > mid * 2)
    }

    /// Whether word `start` is in a list of names that a plural title opens ("MM.", "Messrs.").
    fn after_plural_title(&self, start: usize) -> bool {
        let mut j = start;
        for _ in 0..24 {
            let Some(p) = j.checked_sub(1) else {
                return false;
            };
            let (gap, w) = (self.gap(j), self.word(p));
            if gap.starts_with('.') && names::in_list("MM|Messrs|HH", w) {
                return true;
            }
            let ok = match self.toks.at(p).shape() {
                Shape::Title | Shape::Caps => {
                    matches!(gap, " " | ", " | "-") || (gap == ". " && w.chars().count() == 1)
                }
                Shape::Lower => gap == " " && names::in_list("et|and|und|de|von", w),
                Shape::Other => false,
            };
            if !ok {
                return false;
            }
            j = p;
        }
        false
    }

    /// Whether words `start..=last` are initials ("J.", "Chr.") then one surname, maybe after a
    /// first name ("Benton M. Johnson").
    fn initials_then_surname(&self, start: usize, last: usize) -> bool {
        // "D. Ritten¬ berry": a surname broken at a line end starts before the break.
        let mut last = last;
        while last > start && self.gap(last).starts_with('\u{ac}') {
            last -= 1;
        }
        let surname = self.word(last);
        let start = if last > start + 1
            && self.gap(start + 1) == " "
            && self.toks.at(start).shape() == Shape::Title
            && self.word(start).chars().count() > 1
            && self.class(start).is_none_or(|c| c == Class::Given)
        {
            start + 1
        } else {
            start
        };
        start < last
            && matches!(self.toks.at(last).shape(), Shape::Title | Shape::Caps)
            && surname.chars().count() > 1
            && !stopwords::is_stopword(self.lang, self.fold(last))
            && names::lookup(surname).is_none_or(|c| c == Class::Given)
            && (start..last).all(|j| {
                let w = self.word(j);
                self.gap(j + 1).starts_with('.')
                    && self.toks.at(j).shape() == Shape::Title
                    && (w.chars().count() == 1
                        || names::lookup(&format!("{w}.")) == Some(Class::Given))
            })
    }

    /// Whether words `first..=last` open a dateline: "Harrisburg, June 26, 1840.",
    /// "NEWECHOTA- FEBRUARY 3", "TIGNES, France 1996-12-06".
    fn opens_dateline(&self, first: usize, last: usize) -> bool {
        let gap = self.gap(last + 1);
        if matches!(gap, ", " | "- ") && calendar::is_month_key(self.fold(last + 1)) {
            return true;
        }
        if first > 0 && !self.gap(first).contains('\n') {
            return false;
        }
        if self.dateline(last) {
            return true;
        }
        // A place after the comma, then the date: "TALLAHASSEE, Fla. 1996-12-06".
        gap == ", "
            && (last + 1..last + 4).any(|j| {
                !self.gap(j).contains('\n')
                    && self.toks.get(j).is_some_and(|t| t.shape() != Shape::Lower)
                    && self.dateline(j)
            })
    }

    /// Whether word `last` is followed by a date on its line: "ROME 1996-12-06" names a place.
    fn dateline(&self, last: usize) -> bool {
        let gap = self.gap(last + 1);
        let next = self.word(last + 1);
        (gap == " " || gap == ", ")
            && next.len() == 4
            && next.bytes().all(|b| b.is_ascii_digit())
            && self.gap(last + 2) == "-"
    }

    /// The class of a listed place or organisation in the German genitive ("Rußlands",
    /// "Europas"); the mention keeps its "s", as the name is written.
    fn genitive(&self, key: &str) -> Option<Class> {
        if self.lang != Lang::De {
            return None;
        }
        let stem = key.strip_suffix('s')?;
        names::lookup_folded(stem).filter(|c| matches!(c, Class::Place | Class::City | Class::Org))
    }

    /// Whether words `first..=last` stand next to a score on their line: a number right after
    /// them, and another number elsewhere on the line ("Ajax 2 Feyenoord 1", "Leeds 3 1 0 2").
    fn next_to_score(&self, first: usize, last: usize) -> bool {
        let after = self.toks.get(last + 1);
        let score = |t: Option<Tok>| {
            t.is_some_and(|t| t.shape() == Shape::Other && t.span.of(self.text).len() <= 3)
        };
        // "Bologna (4) v Piacenza (13)", "Ajax v PSV": a fixture.
        let versus = |i: usize| matches!(self.word(i), "v" | "vs");
        if self.sports
            && ((versus(last + 1) || (score(after) && versus(last + 2)))
                || (first > 0 && versus(first - 1)))
        {
            return true;
        }
        if !(self.sports && score(after) && matches!(self.gap(last + 1), " " | "\t")) {
            return false;
        }
        let before = first.checked_sub(1).and_then(|p| self.toks.get(p));
        let on_line = |a: usize, b: usize| !self.text.get(a..b).unwrap_or("\n").contains('\n');
        (score(before)
            && on_line(
                before.map_or(0, |t| t.span.end),
                self.toks.at(first).span.start,
            ))
            || (score(self.toks.get(last + 2))
                && on_line(
                    self.toks.at(last).span.end,
                    self.toks.get(last + 2).map_or(0, |t| t.span.start),
                ))
            || (score(self.toks.get(last + 3))
                && on_line(
                    self.toks.at(last).span.end,
                    self.toks.get(last + 3).map_or(0, |t| t.span.start),
                ))
    }

    /// The French place word that opens the name starting at word `start`, through "de", "du",
    /// "des", "de la" or "d'" ("vallée du Rhône"), or right before it ("cimetière Montmartre").
    fn fr_place_head(&self, start: usize) -> Option<usize> {
        if self.lang != Lang::Fr {
            return None;
        }
        let mut j = start.checked_sub(1)?;
        for _ in 0..2 {
            let w = self.fold(j);
            if self.toks.at(j).shape() != Shape::Lower {
                return None;
            }
            if names::is_fr_place_head(w) {
                return matches!(self.gap(j + 1), " " | "'" | "\u{2019}").then_some(j);
            }
            if !matches!(w, "de" | "du" | "des" | "la" | "d") {
                return None;
            }
            j = j.checked_sub(1)?;
        }
        (self.toks.at(j).shape() == Shape::Lower && names::is_fr_place_head(self.fold(j)))
            .then_some(j)
    }

    /// Whether a verb of saying follows word `last` ("Coste said", "X a déclaré").
    fn speech_after(&self, last: usize) -> bool {
        // Not after a comma: in "..., a précisé la présidence" the speaker comes after.
        if !self.gap(last + 1).trim().is_empty() {
            return false;
        }
        let n1 = self.fold(last + 1);
        if reporting::is_reporting_key(self.lang, n1) {
            return true;
        }
        reporting::is_auxiliary(self.lang, n1)
            && reporting::is_reporting_key(self.lang, self.fold(last + 2))
    }

    /// Whether an auxiliary and a reporting participle ("a déclaré") stand right before word
    /// `start`.
    fn speech_before(&self, start: usize) -> bool {
        start >= 2
            && reporting::is_auxiliary(self.lang, self.fold(start - 2))
            && reporting::is_reporting_key(self.lang, self.fold(start - 1))
    }

    /// The gazetteer class of words `first..=last` taken together.
    fn lookup_range(&self, first: usize, last: usize) -> Option<Class> {
        let span = Span::new(self.toks.at(first).span.start, self.toks.at(last).span.end);
        names::lookup_folded(&self.key_of(span))
    }

    fn key_of(&self, span: Span) -> String {
        let mut k = String::new();
        names::fold_into(&mut k, span.of(self.text));
        k
    }

    /// Initials of the capitalised words, and of all words but connectors.
    fn initials(&self, first: usize, last: usize) -> (String, String) {
        let mut caps = String::new();
        let mut all = String::new();
        for j in first..=last {
            let w = self.word(j);
            let Some(c) = w.chars().next() else { continue };
            let up = crate::text::case::upper_first(c);
            if c.is_uppercase() {
                caps.push(up);
            }
            if !names::is_connector(w) {
                all.push(up);
            }
        }
        (caps, all)
    }

    /// Pass 3: mentions on lines in capitals ("RUGBY UNION - CUTTITTA BACK FOR ITALY"), found
    /// by looking up runs of up to four words among the text's names, then in the gazetteers.
    fn caps_mentions(&self, groups: &mut Groups) {
        let mut i = 0;
        while i < self.toks.len() {
            let t = self.toks.at(i);
            if !t.caps_line() || !matches!(t.shape(), Shape::Caps | Shape::Title) {
                i += 1;
                continue;
            }
            let mut matched = 0;
            // An unknown name opening a dateline ("DES MOINES 1996-12-06").
            let dateline = (i..i + 3).find(|&last| {
                (i..last).all(|j| matches!(self.gap(j + 1), " " | "-"))
                    && self
                        .toks
                        .get(last)
                        .is_some_and(|t| t.shape() == Shape::Caps)
                    && self.opens_dateline(i, last)
            });
            for n in (1..=4).rev() {
                let last = i + n - 1;
                if last >= self.toks.len()
                    || (i..last).any(|j| {
                        !self.toks.at(j + 1).caps_line()
                            || !matches!(self.gap(j + 1), " " | "-" | ". ")
                            || self.toks.at(j + 1).shape() == Shape::Other
                    })
                {
                    continue;
                }
                let span = Span::new(t.span.start, self.toks.at(last).span.end);
                let key = self.key_of(span);
                if groups.add_known(&key, span) {
                    matched = n;
                    break;
                }
                match names::lookup(&key) {
                    Some(Class::City) if self.sports && !self.dateline(last) => {
                        groups.add_listed(key, span, EntityKind::Organization);
                        matched = n;
                        break;
                    }
                    Some(Class::Place | Class::City) => {
                        groups.add_listed(key, span, EntityKind::Place);
                        matched = n;
                        break;
                    }
                    Some(Class::Org) if n > 1 || key.chars().count() > 2 => {
                        groups.add_listed(key, span, EntityKind::Organization);
                        matched = n;
                        break;
                    }
                    _ => {}
                }
            }
            if let Some(last) = dateline.filter(|_| matched == 0) {
                let span = Span::new(t.span.start, self.toks.at(last).span.end);
                groups.add_listed(self.key_of(span), span, EntityKind::Place);
                matched = last + 1 - i;
            }
            i += matched.max(1);
        }
    }
}

trait PopDot {
    fn pop_if_dot(&mut self);
}

impl PopDot for String {
    fn pop_if_dot(&mut self) {
        if self.ends_with('.') {
            self.pop();
        }
    }
}

fn count_words(first: usize, last: usize) -> usize {
    last + 1 - first
}

fn shape(word: &str) -> Shape {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return Shape::Other;
    };
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    let mut letters = 1;
    let mut all_upper = true;
    for c in chars {
        if c.is_alphabetic() {
            letters += 1;
            all_upper &= !c.is_lowercase();
        }
    }
    if letters >= 2 && all_upper {
        Shape::Caps
    } else {
        Shape::Title
    }
}

/// Whether a (folded) German word ends like a common noun: after "in", "nach" or "aus" it is then
/// no cue for a place ("in Folge", "aus Holz", "nach Ansicht").
fn german_noun_like(key: &str) -> bool {
    const ENDINGS: &str = "e|en|er|ern|ung|heit|keit|schaft|ion|tat|nis|holz|sicht|tracht|lich|ig";
    key.contains(' ') || ENDINGS.split('|').any(|e| key.ends_with(e))
}

/// Whether a folded word is a compass or position word that begins place names.
fn is_compass(folded: &str) -> bool {
    names::in_list("north|south|east|west|central|northern|southern|eastern|western|upper|lower|greater|new|nord|sud|est|ouest|haute|haut|basse|bas|nieder|ober", folded)
}

/// Whether the word at `span` opens a sentence, a line or a quotation.
fn starts_sentence(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let mut chars = before.char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' | '.' | '!' | '?' | ':' | ';' | '…' | '•' | '|' => {
                if c == '.' {
                    // "M. Macron", "J. Smith": the period of an abbreviation ends no sentence.
                    let word: String = before[..i]
                        .chars()
                        .rev()
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    let n = word.chars().count();
                    if n == 1 && word.chars().all(char::is_uppercase) {
                        return false;
                    }
                    let w: String = word.chars().rev().collect();
                    if names::lookup(&format!("{w}.")) == Some(Class::Title)
                        || matches!(w.as_str(), "St" | "Mt" | "Ste" | "No" | "Nr" | "vs")
                    {
                        return false;
                    }
                }
                return true;
            }
            c if c.is_whitespace() => {}
            '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '‹' | '›' | '(' | '[' | '-' | '–' | '—'
            | '*' => {}
            '\'' | '’' => {
                // An elided article before the word ("L'Europe" opening a sentence): look past it.
                let mut n = 0;
                while chars.peek().is_some_and(|&(_, c)| c.is_alphabetic()) {
                    chars.next();
                    n += 1;
                }
                if n == 0 || n > 6 {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

/// Marks the words of lines written mostly in capitals ([`Tok::CAPS_LINE`] in `marks`).
fn mark_caps_lines(toks: &[Token], marks: &mut [u8]) {
    let caps_line = (Tok::CAPS_LINE >> 28) as u8;
    let mut i = 0;
    while i < toks.len() {
        // The words of one line.
        let mut j = i + 1;
        while j < toks.len() && !toks[j].line_before() {
            j += 1;
        }
        let alpha = toks[i..j]
            .iter()
            .filter(|t| matches!(t.shape(), Shape::Caps | Shape::Title | Shape::Lower))
            .count();
        let caps = toks[i..j]
            .iter()
            .filter(|t| t.shape() == Shape::Caps)
            .count();
        if alpha > 0 && caps * 5 >= alpha * 3 && (caps >= 2 || alpha == 1) {
            for m in &mut marks[i..j] {
                *m |= caps_line;
            }
        }
        i = j;
    }
}

/// One entity being built.
#[derive(Debug)]
struct Group {
    name: Span,
    words: usize,
    votes: Votes,
    mentions: Vec<Span>,
    /// Merged into another group.
    into: Option<usize>,
    bare: bool,
    listed: bool,
    key: String,
    tail: String,
    initials: String,
    initials_all: String,
}

#[derive(Default)]
struct Groups {
    list: Vec<Group>,
    by_key: HashMap<String, usize>,
    /// Surnames of the people named in full, for mentions in capitals lines.
    surnames: HashMap<String, Option<usize>>,
}

impl Groups {
    fn add(&mut self, c: &Candidate) {
        if let Some(&g) = self.by_key.get(&c.key) {
            let g = &mut self.list[g];
            g.votes.merge(c.votes);
            g.mentions.push(c.span);
            g.bare &= c.bare;
            return;
        }
        self.by_key.insert(c.key.clone(), self.list.len());
        self.list.push(Group {
            name: c.span,
            words: c.words,
            votes: c.votes,
            mentions: vec![c.span],
            into: None,
            bare: c.bare,
            listed: c.listed,
            key: c.key.clone(),
            tail: c.tail.clone(),
            initials: c.initials.clone(),
            initials_all: c.initials_all.clone(),
        });
    }

    /// The group a merged group ended in.
    fn root(&self, mut g: usize) -> usize {
        while let Some(next) = self.list.get(g).and_then(|x| x.into) {
            g = next;
        }
        g
    }

    /// Adds a mention of a name the text already has; false when the text does not have it.
    fn add_known(&mut self, key: &str, span: Span) -> bool {
        let Some(g) = self
            .by_key
            .get(key)
            .copied()
            .or_else(|| self.surnames.get(key).copied().flatten())
        else {
            return false;
        };
        let g = self.root(g);
        if self.list[g].votes.kind() == EntityKind::Other && self.list[g].bare {
            return false;
        }
        self.list[g].mentions.push(span);
        true
    }

    fn add_listed(&mut self, key: String, span: Span, kind: EntityKind) {
        let mut votes = Votes::default();
        votes.add(kind, LIST);
        let c = Candidate::listed_word(span, key, votes);
        self.add(&c);
    }

    /// Joins short forms to their long names: a surname to its person, a first word to its
    /// organisation, an acronym to its expansion. Hash maps from the short form, built once.
    fn merge_short_forms(&mut self, doc: &Doc) {
        let mut surname: HashMap<String, Option<usize>> = HashMap::default();
        let mut first_word: HashMap<String, Option<usize>> = HashMap::default();
        let mut acronym: HashMap<String, Option<usize>> = HashMap::default();
        for (g, x) in self.list.iter().enumerate() {
            if x.words < 2 {
                continue;
            }
            let kind = x.votes.kind();
            let note = |map: &mut HashMap<String, Option<usize>>, k: &str| {
                map.entry(k.to_owned())
                    .and_modify(|v| {
                        if *v != Some(g) {
                            *v = None
                        }
                    })
                    .or_insert(Some(g));
            };
            match kind {
                EntityKind::Person => note(&mut surname, &x.tail),
                EntityKind::Organization | EntityKind::Other => {
                    if kind == EntityKind::Other {
                        note(&mut surname, &x.tail);
                    }
                    // Every shorter run of its first words: "Santa Fe" for "Santa Fe Pacific
                    // Gold Corp", "Mistral" for "Mistral AI".
                    // (Names of up to six words: longer runs are lists, not names.)
                    let mut prefix = if x.words <= 6 { x.key.as_str() } else { "" };
                    while let Some(cut) = prefix.rfind(' ') {
                        prefix = &prefix[..cut];
                        note(&mut first_word, prefix);
                    }
                }
                EntityKind::Place => {}
            }
            if kind != EntityKind::Person && x.initials.chars().count() >= 2 {
                note(&mut acronym, &crate::text::case::lowercase(&x.initials));
            }
            if kind != EntityKind::Person && x.initials_all.chars().count() >= 2 {
                note(&mut acronym, &crate::text::case::lowercase(&x.initials_all));
            }
        }
        for g in 0..self.list.len() {
            let x = &self.list[g];
            let key = x.key.clone();
            let one = x.words == 1;
            let listed = x.listed;
            let caps = doc
                .text
                .get(x.name.start..x.name.end)
                .is_some_and(|w| shape(w) == Shape::Caps);
            let target = [
                if one && !listed {
                    surname.get(&key)
                } else {
                    None
                },
                if listed { None } else { first_word.get(&key) },
                if caps && one { acronym.get(&key) } else { None },
            ]
            .into_iter()
            .flatten()
            .flatten()
            .copied()
            .next();
            if let Some(t) = target {
                if t == g {
                    continue;
                }
                let kind_t = self.list[t].votes.kind();
                let kind_g = self.list[g].votes.kind();
                // A short form typed otherwise by strong evidence stays apart.
                if kind_g != EntityKind::Other
                    && kind_t != EntityKind::Other
                    && kind_g != kind_t
                    && self.list[g].votes.strongest() >= CUE
                {
                    continue;
                }
                let (votes, mentions) = {
                    let x = &mut self.list[g];
                    x.into = Some(t);
                    (x.votes, std::mem::take(&mut x.mentions))
                };
                let t = &mut self.list[t];
                t.votes.merge(votes);
                t.mentions.extend(mentions);
                t.bare = false;
            }
        }
        self.surnames = surname;
    }

    fn into_entities(self, text: &str, lang: Lang) -> Vec<Entity> {
        let mut out: Vec<Entity> = Vec::new();
        for g in self.list {
            if g.into.is_some() || g.mentions.is_empty() {
                continue;
            }
            let kind = g.votes.kind();
            // German capitalises every noun: a capitalised word with no evidence is no name.
            if kind == EntityKind::Other && (g.bare || lang == Lang::De) {
                continue;
            }
            let mut mentions = g.mentions;
            crate::sort::sort(&mut mentions);
            mentions.dedup();
            out.push(Entity {
                name: g.name.of(text).to_string(),
                kind,
                mentions,
            });
        }
        crate::sort::sort_by(&mut out, |a, b| {
            b.mentions
                .len()
                .cmp(&a.mentions.len())
                .then(a.mentions.first().cmp(&b.mentions.first()))
        });
        out
    }
}
