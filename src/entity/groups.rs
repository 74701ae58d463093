//! Candidates grouped into entities, short forms merged into their long names.

use super::*;

/// One entity being built.
#[derive(Debug)]
pub(super) struct Group {
    pub(super) name: Span,
    pub(super) words: usize,
    pub(super) votes: Votes,
    pub(super) mentions: Vec<Span>,
    /// Merged into another group.
    pub(super) into: Option<usize>,
    pub(super) bare: bool,
    pub(super) listed: bool,
    pub(super) key: String,
    pub(super) tail: String,
    pub(super) initials: String,
    pub(super) initials_all: String,
}

#[derive(Default)]
pub(super) struct Groups {
    pub(super) list: Vec<Group>,
    pub(super) by_key: HashMap<String, usize>,
    /// Surnames of the people named in full, for mentions in capitals lines.
    pub(super) surnames: HashMap<String, Option<usize>>,
}

impl Groups {
    pub(super) fn add(&mut self, c: &Candidate) {
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
    pub(super) fn root(&self, mut g: usize) -> usize {
        while let Some(next) = self.list.get(g).and_then(|x| x.into) {
            g = next;
        }
        g
    }

    /// Adds a mention of a name the text already has; false when the text does not have it.
    pub(super) fn add_known(&mut self, key: &str, span: Span) -> bool {
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

    pub(super) fn add_listed(&mut self, key: String, span: Span, kind: EntityKind) {
        let mut votes = Votes::default();
        votes.add(kind, LIST);
        let c = Candidate::listed_word(span, key, votes);
        self.add(&c);
    }

    /// Joins short forms to their long names: a surname to its person, a first word to its
    /// organisation, an acronym to its expansion. Hash maps from the short form, built once.
    pub(super) fn merge_short_forms(&mut self, doc: &Doc) {
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

    pub(super) fn into_entities(self, text: &str, lang: Lang) -> Vec<Entity> {
        let mut out: Vec<Entity> = self
            .into_judged(text, lang)
            .into_iter()
            .map(|j| j.entity)
            .collect();
        sort_entities(&mut out);
        out
    }

    /// The entities with the evidence that typed each, unsorted.
    pub(super) fn into_judged(self, text: &str, lang: Lang) -> Vec<Judged> {
        let mut out = Vec::new();
        for g in self.list {
            if g.into.is_some() || g.mentions.is_empty() {
                continue;
            }
            let kind = g.votes.kind();
            // German capitalises every noun: a capitalised word with no evidence is no name.
            if kind == EntityKind::Other && (g.bare || entity_cues::of(lang).capitalises_nouns) {
                continue;
            }
            let mut mentions = g.mentions;
            crate::sort::sort(&mut mentions);
            mentions.dedup();
            out.push(Judged {
                entity: Entity {
                    name: g.name.of(text).to_string(),
                    kind,
                    mentions,
                },
                votes: g.votes,
                words: g.words,
                listed: g.listed,
            });
        }
        out
    }
}

/// An entity of the rules, with the evidence that typed it and the words of its name.
pub(super) struct Judged {
    pub(super) entity: Entity,
    pub(super) votes: Votes,
    pub(super) words: usize,
    /// Known to a gazetteer as a whole.
    pub(super) listed: bool,
}

/// Sorts entities by count, then first mention.
#[allow(clippy::ptr_arg)] // crate::sort::sort_by takes the Vec
pub(super) fn sort_entities(out: &mut Vec<Entity>) {
    crate::sort::sort_by(out, |a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.mentions.first().cmp(&b.mentions.first()))
    });
}
