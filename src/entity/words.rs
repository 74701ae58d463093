//! The words of the text as the entity stage sees them: folded, looked up once, marked.

use super::*;

/// A word as the entity stage sees it: its span, and in one `u32` its folded form's index into
/// [`Doc::words`] (the low 28 bits), its shape and two flags. Made on demand from the token
/// stream ([`Toks::at`]): the stage keeps one byte per word of its own, not a copy of the stream.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) span: Span,
    pub(super) bits: u32,
}

impl Tok {
    const KEY: u32 = (1 << 28) - 1;
    const INITIAL: u32 = 1 << 28;
    const CAPS_LINE: u32 = 1 << 29;
    const SHAPE_SHIFT: u32 = 30;

    pub(super) fn new(token: Token, key: u32, marks: u8) -> Tok {
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
    pub(super) fn shape(self) -> Shape {
        match self.bits >> Self::SHAPE_SHIFT {
            0 => Shape::Title,
            1 => Shape::Caps,
            2 => Shape::Lower,
            _ => Shape::Other,
        }
    }
    /// First word of a sentence (or line, or quotation): its capital says nothing.
    pub(super) fn initial(self) -> bool {
        self.bits & Self::INITIAL != 0
    }
    /// On a line written in capitals: its shape says nothing.
    pub(super) fn caps_line(self) -> bool {
        self.bits & Self::CAPS_LINE != 0
    }
    pub(super) fn key(self) -> u32 {
        self.bits & Self::KEY
    }
}

/// The words of the text for the entity stage: the token stream, one byte of marks per word
/// ([`Tok::INITIAL`], [`Tok::CAPS_LINE`], shifted down by 28), and each spelling's folded key.
pub(super) struct Toks<'t> {
    pub(super) tokens: &'t [Token],
    pub(super) marks: Vec<u8>,
    /// Spelling id -> index into [`Doc::words`].
    pub(super) keys: Vec<u32>,
    /// The keys of tokens without a spelling id (a text of many gigabytes), by token index.
    pub(super) overflow: HashMap<usize, u32>,
}

impl Toks<'_> {
    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    pub(super) fn key(&self, i: usize) -> u32 {
        match self.tokens[i].spelling() {
            Some(id) => self.keys[id],
            None => self.overflow.get(&i).copied().unwrap_or(0),
        }
    }

    /// Word `i` (which must exist).
    pub(super) fn at(&self, i: usize) -> Tok {
        Tok::new(self.tokens[i], self.key(i), self.marks[i])
    }

    pub(super) fn get(&self, i: usize) -> Option<Tok> {
        (i < self.tokens.len()).then(|| self.at(i))
    }
}

/// What the text says of one folded word.
#[derive(Debug)]
pub(super) struct WordInfo {
    pub(super) key: Box<str>,
    /// Times written lowercase, and capitalised inside a sentence.
    pub(super) lower: u32,
    pub(super) mid: u32,
    /// Its class in the name lists, looked up once per distinct word.
    pub(super) class: Option<Class>,
}

pub(super) struct Doc<'t> {
    pub(super) text: &'t str,
    pub(super) lang: Lang,
    /// What the rules know of `lang`.
    pub(super) cues: EntityCues,
    pub(super) toks: Toks<'t>,
    /// The distinct folded words, and what the text says of each: every word is folded and
    /// looked up in the name lists once, not once per question asked about it.
    pub(super) words: Vec<WordInfo>,
    /// Folded word -> its index in `words`.
    pub(super) ids: HashMap<Box<str>, u32>,
    /// A sports report: cities name teams there ("Bologna (4) v Piacenza (13)").
    pub(super) sports: bool,
}

impl<'t> Doc<'t> {
    pub(super) fn new(
        text: &'t str,
        sentences: &[Sentence],
        tokens: &'t Tokens,
        lang: Lang,
    ) -> Doc<'t> {
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
                        class: lookup_in(lang, &boxed),
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
            cues: entity_cues::of(lang),
            toks,
            words,
            ids,
            sports: false,
        };
        let hits = SPORTS_WORDS.iter().map(|w| doc.seen(w).0).sum::<u32>();
        doc.sports = hits >= 3 && hits as usize * 100 >= doc.toks.len();
        doc
    }

    /// (times written lowercase, times capitalised inside a sentence) of a folded word.
    pub(super) fn seen(&self, key: &str) -> (u32, u32) {
        self.ids.get(key).map_or((0, 0), |&id| {
            let w = &self.words[id as usize];
            (w.lower, w.mid)
        })
    }

    /// What the text says of word `i` (of the empty word past the last one).
    pub(super) fn info(&self, i: usize) -> &WordInfo {
        let id = self.toks.get(i).map_or(0, |t| t.key());
        &self.words[id as usize]
    }

    /// Word `i`, folded (see [`names::fold_into`]).
    pub(super) fn fold(&self, i: usize) -> &str {
        &self.info(i).key
    }

    /// The class of word `i` in the name lists: `names::lookup(self.word(i))`, without folding
    /// and hashing again.
    pub(super) fn class(&self, i: usize) -> Option<Class> {
        self.info(i).class
    }

    pub(super) fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.span.of(self.text))
    }

    pub(super) fn folded(&self, i: usize) -> String {
        self.fold(i).to_owned()
    }

    /// The text between words `i - 1` and `i`.
    pub(super) fn gap(&self, i: usize) -> &'t str {
        let end = self.toks.get(i).map_or(self.text.len(), |t| t.span.start);
        let start = match i.checked_sub(1).and_then(|p| self.toks.get(p)) {
            Some(t) => t.span.end,
            None => 0,
        };
        self.text.get(start..end).unwrap_or("")
    }

    /// Word `i` followed by a period: an abbreviation such as "M." or "Dr." or an initial.
    pub(super) fn abbreviation(&self, i: usize) -> bool {
        let w = self.word(i);
        if !self.gap(i + 1).starts_with('.') {
            return false;
        }
        if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
            return true;
        }
        let mut k = self.folded(i);
        k.push('.');
        matches!(lookup_in(self.lang, &k), Some(Class::Title | Class::Given))
            || PLACE_ABBREVIATIONS.contains(&k.as_str())
    }

    /// Whether word `i` is the one-letter elided article of "L'Europe", "D'autres", "O'Brien".
    pub(super) fn elided(&self, i: usize) -> bool {
        let next_gap = self.gap(i + 1);
        let w = self.word(i);
        w.chars().count() <= 2 && next_gap.chars().map(fold_apostrophe).eq(['\''])
    }

    /// Whether word `i` is the "O'" or "D'" of a surname ("O'Brien", "General D'Alton"); a "D'"
    /// opening a sentence is the French article ("D'Europe...").
    pub(super) fn name_prefix(&self, i: usize) -> bool {
        let w = self.word(i);
        (w == "O" || (w == "D" && !self.toks.at(i).initial()))
            && self.elided(i)
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.shape() == Shape::Title)
    }

    /// Whether the lowercase word `i` is a news agency's credit: "(ats, afp)", "/ ats".
    pub(super) fn agency_credit(&self, i: usize) -> bool {
        let w = self.word(i);
        if w.len() > 4 || self.class(i) != Some(Class::Org) {
            return false;
        }
        let before = self.gap(i);
        let after = self.gap(i + 1);
        (before.contains(['(', '/']) || (before.trim() == "," && self.agency_credit_before(i)))
            && (after.contains([')', ',']) || after.trim().is_empty() || after.contains('\n'))
    }

    pub(super) fn agency_credit_before(&self, i: usize) -> bool {
        i > 0 && self.word(i - 1).len() <= 4 && self.class(i - 1) == Some(Class::Org)
    }
}

pub(super) trait PopDot {
    fn pop_if_dot(&mut self);
}

impl PopDot for String {
    fn pop_if_dot(&mut self) {
        if self.ends_with('.') {
            self.pop();
        }
    }
}

pub(super) fn count_words(first: usize, last: usize) -> usize {
    last + 1 - first
}

pub(super) fn shape(word: &str) -> Shape {
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

/// Whether the word at `span` opens a sentence, a line or a quotation.
pub(super) fn starts_sentence(text: &str, span: Span) -> bool {
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
                        || NON_FINAL_ABBREVIATIONS.contains(&w.as_str())
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
pub(super) fn mark_caps_lines(toks: &[Token], marks: &mut [u8]) {
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

/// The class of a folded key in the name lists, a title counting only if it is one in `lang`
/// ([`crate::lang::titles`]): Italian "On." is no title before an English "on Lake Tanganyika".
pub(super) fn lookup_in(lang: Lang, key: &str) -> Option<Class> {
    match names::lookup_folded(key) {
        Some(Class::Title) if !crate::lang::titles::is_title(lang, key) => None,
        class => class,
    }
}
