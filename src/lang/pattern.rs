//! Patterns built from the word tables, for the rules that the `regex` crate states best (class
//! and id hints, labels at the start of a line, addresses): each is compiled once, on first use.
//!
//! The crate is built without Unicode tables (see `Cargo.toml`): patterns are ASCII or literal
//! UTF-8, and run on text lowercased first.

use regex::Regex;

/// `(?:a|b|c)`: the entries as literals, factored by their common prefixes into a trie
/// ("com(?:bx|ment)"), the longer entry first where one extends another, so that a match at a
/// position is the longest entry found there (the engine takes the first alternative that
/// matches). The trie matters for speed: without the crate's literal optimisations (see
/// `Cargo.toml`), the backtracker tries each alternative at each position, and a trie makes
/// that one branch per distinct first letter instead of one per entry.
pub fn alternation<'a>(entries: impl IntoIterator<Item = &'a str>) -> String {
    let mut entries: Vec<&str> = entries.into_iter().filter(|e| !e.is_empty()).collect();
    crate::sort::sort_by(&mut entries, |a, b| a.cmp(b));
    entries.dedup();
    if entries.is_empty() {
        // No entry: a class of no character, which never matches.
        return r"[^\x00-\x{10FFFF}]".to_string();
    }
    let mut out = String::from("(?:");
    trie(&entries, 0, &mut out);
    out.push(')');
    out
}

/// Writes the alternation of `entries` (sorted, distinct, sharing their first `depth` bytes)
/// without that shared prefix.
fn trie(entries: &[&str], depth: usize, out: &mut String) {
    let mut branches: Vec<String> = Vec::new();
    let mut ends_here = false;
    let mut i = 0;
    while i < entries.len() {
        let rest = &entries[i][depth..];
        let Some(c) = rest.chars().next() else {
            ends_here = true;
            i += 1;
            continue;
        };
        let group = entries[i..]
            .iter()
            .take_while(|e| e[depth..].starts_with(c))
            .count();
        let mut branch = regex::escape(&rest[..c.len_utf8()]);
        trie(&entries[i..i + group], depth + c.len_utf8(), &mut branch);
        branches.push(branch);
        i += group;
    }
    match (branches.len(), ends_here) {
        (0, _) => {}
        (1, false) => out.push_str(&branches[0]),
        _ => {
            out.push_str("(?:");
            out.push_str(&branches.join("|"));
            // The entry that ends here is tried after the longer ones.
            if ends_here {
                out.push('|');
            }
            out.push(')');
        }
    }
}

/// `(?:a|b)` as whole words of an ASCII identifier: not preceded or followed by a letter or a
/// digit ("ad" in "ad-slot", not in "head"; "_" separates words too).
pub fn whole_words<'a>(entries: impl IntoIterator<Item = &'a str>) -> String {
    format!("(?:^|[^a-z0-9]){}(?:[^a-z0-9]|$)", alternation(entries))
}

/// Compiles a pattern built from our own tables. It always compiles: every pattern is built and
/// compiled by the tests of the module that uses it.
pub fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a pattern built from the word tables compiles")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternations_prefer_the_longest_entry_and_escape() {
        let re = compile(&format!(
            "^{}",
            alternation(["crédit", "crédits", "a.b", ""])
        ));
        assert_eq!(
            re.find("crédits photo").map(|m| m.end()),
            Some("crédits".len())
        );
        assert!(re.is_match("a.b"));
        assert!(!re.is_match("axb"));
    }

    #[test]
    fn whole_words_need_separators() {
        let re = compile(&whole_words(["ad", "nav"]));
        for (s, want) in [
            ("ad-slot", true),
            ("head", false),
            ("top_nav", true),
            ("nav", true),
        ] {
            assert_eq!(re.is_match(s), want, "{s}");
        }
    }
}
