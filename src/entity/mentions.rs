//! The mentions of people take in their titles and functions: the HIPE convention.

use super::*;

/// A person's mention takes in the function written right after it, up to the next comma or
/// period ("M. Ruedi, notaire,", "Jean-Pierre Roth, président de la BNS,", "Thomas Duff, Esq."),
/// as HIPE annotates a person with its titles. The function must open with a title or trade word
/// ([`names::Class::Title`]) and end within eight words; names inside it keep their own mentions.
pub(super) fn with_functions(text: &str, entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        for m in e.mentions.iter_mut() {
            if let Some(end) = function_after(text, m.end) {
                m.end = end;
            }
        }
    }
}

/// The end of a function written right after `at` (", président de la BNS,"), if there is one.
pub(super) fn function_after(text: &str, at: usize) -> Option<usize> {
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
pub(super) fn with_titles(text: &str, entities: &mut [Entity]) {
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
pub(super) fn title_before(text: &str, at: usize) -> Option<usize> {
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
