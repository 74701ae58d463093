//! The learned tagger's mentions made into entities, with what the rules know.
//!
//! The tagger ([`crate::ner`]) was trained on thousands of annotated documents; the rules were
//! fitted to a few dozen. So where a model exists, its mentions are the entity list's people,
//! organisations and places, with their spans and kinds as it gives them, and the rules do what
//! a word-by-word tagger cannot:
//! - **grouping**: mentions of one entity are counted together, by their folded text and through
//!   the rules' short forms (a surname joins its person, an acronym its expansion), one entity
//!   per kind the tagger gave them;
//! - **"other"**: a name the tagger does not tag as any of the three kinds is kept, as "other",
//!   only when the rules found it a name of several capitalised words ("Mistral Compute") or
//!   named it something else by its head word ("World Cup", "Nobel Prize");
//! - **not names**: a mention that is only a word of [`names::Class::NotName`] (a nationality, a
//!   common acronym such as "IA") is dropped.
//!
//! What the rules typed as a person, organisation or place and the tagger did not tag is dropped,
//! but for a whole name of several words that a gazetteer lists ("Mistral AI"): on
//! `../shared/train` keeping those costs at most 0.2 F1 on a set (where the tagger, trained on
//! those very documents, is near its best) and they are what a reader expects to find.

use super::*;
use crate::ner::{Mention, Model};

/// The tagger's mentions in `text`, from the token stream's words and the analysis' sentences
/// (the spans the model was trained on). Without sentences (a caller that has none), the text
/// is segmented here, so that the model sees sentences as it did in training.
pub(super) fn tag(
    model: &Model,
    text: &str,
    sentences: &[Sentence],
    tokens: &Tokens,
    lang: Lang,
) -> Vec<Mention> {
    let words: Vec<Span> = tokens.all().iter().map(|t| t.span).collect();
    let spans: Vec<Span> = if sentences.is_empty() && !words.is_empty() {
        crate::segment::sentences(text, lang)
    } else {
        sentences.iter().map(|s| s.span).collect()
    };
    crate::ner::tag_with(model, text, &words, &spans, lang)
}

/// Where a mention's entity is found: by the rule entity it overlaps, or by its folded text.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Rule(usize),
    Text(String),
}

/// The entities of `mentions` (sorted, disjoint), grouped and named with the rules' entities
/// `rules`, then the rules' names of other things; by count, then first mention.
pub(super) fn entities(text: &str, mentions: &[Mention], rules: Vec<Judged>) -> Vec<Entity> {
    // Every rule mention with its entity, by start, to find what a tagged span overlaps.
    let mut by_start: Vec<(Span, usize)> = rules
        .iter()
        .enumerate()
        .flat_map(|(r, j)| j.entity.mentions.iter().map(move |&m| (m, r)))
        .collect();
    crate::sort::sort(&mut by_start);
    // Rule mentions are disjoint but for the titles a person's mention may share with another
    // entity's: the furthest end so far bounds the search from the left.
    let mut reach: Vec<usize> = Vec::with_capacity(by_start.len());
    for (i, (s, _)) in by_start.iter().enumerate() {
        let before = if i > 0 { reach[i - 1] } else { 0 };
        reach.push(before.max(s.end));
    }
    let overlapping = |m: Span| -> Option<usize> {
        let mut i = reach.partition_point(|&end| end <= m.start);
        while let Some(&(s, r)) = by_start.get(i) {
            if s.start >= m.end {
                return None;
            }
            if s.overlaps(m) {
                return Some(r);
            }
            i += 1;
        }
        None
    };

    let mut touched = vec![false; rules.len()];
    let mut out: Vec<Entity> = Vec::new();
    // (key, kind) -> index in `out`; the rule entity a group was found through.
    let mut index: HashMap<(Key, EntityKind), usize> = HashMap::default();
    let mut linked: Vec<Option<usize>> = Vec::new();
    let mut key = String::new();
    for m in mentions {
        names::fold_into(&mut key, m.span.of(text));
        if names::lookup_folded(&key) == Some(Class::NotName) {
            continue;
        }
        let rule = overlapping(m.span);
        if let Some(r) = rule {
            touched[r] = true;
        }
        let by_text = (Key::Text(key.clone()), m.kind);
        let by_rule = rule.map(|r| (Key::Rule(r), m.kind));
        let found = by_rule
            .as_ref()
            .and_then(|k| index.get(k))
            .or_else(|| index.get(&by_text))
            .copied();
        let g = match found {
            Some(g) => g,
            None => {
                out.push(Entity {
                    name: String::new(),
                    kind: m.kind,
                    mentions: Vec::new(),
                });
                linked.push(None);
                out.len() - 1
            }
        };
        out[g].mentions.push(m.span);
        if linked[g].is_none() {
            linked[g] = rule;
        }
        index.entry(by_text).or_insert(g);
        if let Some(k) = by_rule {
            index.entry(k).or_insert(g);
        }
    }
    for (e, rule) in out.iter_mut().zip(&linked) {
        e.name = name_of(text, e, rule.map(|r| rules[r].entity.name.as_str()));
    }
    // The rules' names of something else, where the tagger saw nothing.
    for (j, seen) in rules.into_iter().zip(touched) {
        let other = j.votes.veto || j.entity.kind == EntityKind::Other || j.words >= 2;
        if seen {
            continue;
        }
        // A whole name of several words that a gazetteer lists ("Mistral AI", "Banque de
        // France"): the list knows it better than a tagger that did not see it.
        if j.listed && j.words >= 2 && j.entity.kind != EntityKind::Other {
            out.push(j.entity);
        } else if other {
            out.push(Entity {
                kind: EntityKind::Other,
                ..j.entity
            });
        }
    }
    sort_entities(&mut out);
    out
}

/// The name of an entity the tagger found: its longest mention (the first of the longest), or
/// the rule entity's name when that mention holds it (so "M. Macron" and "Macron" are
/// "Emmanuel Macron" when the rules merged them, and no title leads a name).
fn name_of(text: &str, e: &Entity, rule: Option<&str>) -> String {
    let longest =
        e.mentions
            .iter()
            .map(|m| m.of(text))
            .fold("", |best, m| if m.len() > best.len() { m } else { best });
    match rule {
        Some(r) if !r.is_empty() && (longest.contains(r) || r.contains(longest)) => r.to_string(),
        _ => longest.to_string(),
    }
}
