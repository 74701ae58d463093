//! The candidate sentence end: a run of terminal punctuation, the footnote marks glued to it,
//! a sentence glued to the next without a space, and the Armenian colon used as a full stop.

use super::*;

/// Armenian writes its full stop "։" but text often has a colon in its place: a colon after an
/// Armenian letter and before a space and an Armenian capital or a digit (or the end) ends a
/// sentence.
pub(super) fn is_armenian_full_stop(text: &str, at: usize) -> bool {
    let armenian = |c: char| ('\u{0531}'..='\u{058F}').contains(&c);
    if !char_before(text, at).is_some_and(armenian) {
        return false;
    }
    let mut i = at + 1;
    let mut gap = false;
    while let Some(c) = char_at(text, i) {
        if !c.is_whitespace() || i - at > MAX_GAP {
            return gap && ((armenian(c) && c.is_uppercase()) || c.is_ascii_digit());
        }
        gap = true;
        i += c.len_utf8();
    }
    true
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum RunKind {
    /// A single ".".
    Period,
    /// Contains "!" or "?" (or their look-alikes).
    Strong,
    /// "…" or "..." (possibly with "!" or "?", which then make it `Strong`).
    Ellipsis,
    /// ". . .", a typographic ellipsis with spaces: treated as inside the sentence.
    SpacedEllipsis,
    /// A CJK (or Ethiopic, Myanmar) full stop, which needs no space after it.
    Cjk,
}

/// A run of terminal punctuation.
pub(super) struct Run {
    pub(super) end: usize,
    pub(super) kind: RunKind,
}

impl Run {
    pub(super) fn read(text: &str, at: usize) -> Run {
        let (mut dots, mut strong, mut ellipsis, mut cjk, mut spaced) =
            (0usize, false, false, false, false);
        let mut i = at;
        while let Some(c) = char_at(text, i) {
            match c {
                '.' => dots += 1,
                '…' => ellipsis = true,
                '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' | '؟' | '۔' | '।' | '॥' | '։' => {
                    strong = true
                }
                // Chinese, Japanese, Ethiopic and Myanmar text puts no space after its stops.
                '。' | '．' | '！' | '？' | '｡' | '።' | '፧' | '။' => cjk = true,
                ':' if i == at => strong = true,
                // ". . .": a space followed by another period, inside a run of periods.
                ' ' if dots > 0
                    && !strong
                    && text[i + 1..].starts_with('.')
                    && !text[i + 1..].starts_with("..") =>
                {
                    spaced = true
                }
                _ => break,
            }
            i += c.len_utf8();
        }
        let kind = if cjk {
            RunKind::Cjk
        } else if strong {
            RunKind::Strong
        } else if spaced && dots == 3 {
            RunKind::SpacedEllipsis
        } else if ellipsis || dots >= 2 {
            RunKind::Ellipsis
        } else {
            RunKind::Period
        };
        Run { end: i, kind }
    }
}

/// Footnote marks glued to the end of a sentence: "[1]", "[7][8]", or digits right after the
/// period of a word or a bracket ("consultation.11 12", "(1987).1").
pub(super) fn skip_footnotes(text: &str, at: usize, mut end: usize, run: &Run) -> usize {
    loop {
        let rest = &text[end..];
        if let Some(inner) = rest.strip_prefix('[') {
            let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && inner[digits..].starts_with(']') {
                end += digits + 2;
                continue;
            }
        }
        break;
    }
    if run.kind != RunKind::Period || end != run.end {
        return end;
    }
    let before_ok = match char_before(text, at) {
        Some(')') => true,
        Some(c) => c.is_alphabetic() && c.is_lowercase(),
        None => false,
    };
    if !before_ok {
        return end;
    }
    // One or more groups of 1-3 digits separated by single spaces, then whitespace.
    let mut i = end;
    let mut groups = 0;
    loop {
        let digits = text[i..].bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            break;
        }
        let after = i + digits;
        match char_at(text, after) {
            Some(c) if c.is_whitespace() => {
                groups += 1;
                i = after;
                if groups >= 4 {
                    break;
                }
                // Another group follows only after one space.
                if text[after..].starts_with(' ')
                    && text[after + 1..]
                        .bytes()
                        .next()
                        .is_some_and(|b| b.is_ascii_digit())
                {
                    i = after + 1;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    if groups > 0 {
        // Only when what follows the footnote starts a sentence with a capital.
        if Next::read(text, i).kind == NextKind::Upper {
            return i;
        }
    }
    end
}

/// "word.Next" without a space: only a lowercase word of two letters or more before the period
/// (or a number with a thousands separator) and a capitalised word after it, and nothing that
/// looks like a domain name, e-mail address or file name.
pub(super) fn glued_sentence(text: &str, at: usize, end: usize) -> bool {
    let token = token_before(text, at);
    if token.is_empty() || token.contains(['.', ':']) || is_address(token) {
        return false;
    }
    let mut chars = token.chars();
    let word_ok = chars.next().is_some_and(char::is_alphabetic)
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_alphabetic() && c.is_lowercase());
    let number_ok = token.contains(',') && token.bytes().all(|b| b.is_ascii_digit() || b == b',');
    if !(word_ok || number_ok) {
        return false;
    }
    // "Jane.Doe@example.com", "site.Com/page": the rest of the token is an address.
    let rest = &text[end..];
    let rest = clip(rest, rest.find(char::is_whitespace).unwrap_or(rest.len()));
    let mut dots = rest.match_indices('.');
    if is_address(rest)
        || dots.any(|(i, _)| rest[i + 1..].starts_with(|c: char| c.is_alphanumeric()))
    {
        return false;
    }
    let mut after = text[end..].chars();
    matches!(
        (after.next(), after.next()),
        (Some(a), Some(b)) if a.is_uppercase() && (b.is_lowercase() || b == ' ')
    )
}
