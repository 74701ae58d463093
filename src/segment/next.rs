//! What follows a candidate sentence end: the first thing of the next sentence, if it is one.

use super::*;

/// What follows a candidate sentence end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum NextKind {
    /// The end of the text.
    End,
    /// A line break (which ends the sentence anyway), or a very long run of spaces.
    Break,
    /// A capital letter.
    Upper,
    Digit,
    /// An opening quote or bracket followed by something that starts a sentence.
    Opener,
    Bullet,
    /// "¿" or "¡".
    Inverted,
    /// A letter of a script without case (CJK, Arabic, Devanagari…).
    Uncased,
    /// A list marker ("a)", "b.", "(c)").
    Marker,
    /// "@name": a reply in a comment thread.
    At,
    Lower,
    Other,
}

/// The first thing after a candidate sentence end.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next {
    pub(super) kind: NextKind,
    /// Where the word begins (after any opening quotes and brackets).
    pub(super) word: usize,
    /// Whether whitespace separates it from the candidate end.
    pub(super) gap: bool,
}

impl Next {
    pub(super) fn read(text: &str, at: usize) -> Next {
        let mut i = at;
        let mut gap = false;
        loop {
            let Some(c) = char_at(text, i) else {
                return Next {
                    kind: NextKind::End,
                    word: i,
                    gap,
                };
            };
            if is_line_break(c) {
                return Next {
                    kind: NextKind::Break,
                    word: i,
                    gap: true,
                };
            }
            if !c.is_whitespace() {
                break;
            }
            gap = true;
            i += c.len_utf8();
            if i - at > MAX_GAP {
                // A huge run of spaces: as good as a paragraph break.
                return Next {
                    kind: NextKind::Break,
                    word: i,
                    gap: true,
                };
            }
        }
        let (kind, word) = Next::classify(text, i, 0);
        Next { kind, word, gap }
    }

    pub(super) fn classify(text: &str, i: usize, depth: u8) -> (NextKind, usize) {
        let Some(c) = char_at(text, i) else {
            return (NextKind::End, i);
        };
        let kind = if c.is_uppercase() {
            NextKind::Upper
        } else if c.is_ascii_digit() {
            if list_marker(text, i).is_some() {
                NextKind::Marker
            } else {
                NextKind::Digit
            }
        } else if c.is_numeric() {
            NextKind::Digit
        } else if matches!(c, '¿' | '¡') {
            NextKind::Inverted
        } else if (c == '…' || text[i..].starts_with("..."))
            && char_at(
                text,
                i + text[i..].len() - text[i..].trim_start_matches(['.', '…']).len(),
            )
            .is_some_and(char::is_alphabetic)
        {
            // "… en toen barste de hel los": an ellipsis opening a sentence (an omission).
            NextKind::Opener
        } else if is_bullet(c) {
            NextKind::Bullet
        } else if c == '@' {
            NextKind::At
        } else if c == '>' && char_at(text, i + 1).is_some_and(is_inline_space) {
            // "… merci. > Il a écrit …": a quoted reply in a comment thread opens with ">"
            // (issue 19: sealed French news passages).
            NextKind::Opener
        } else if c.is_alphabetic() {
            if !c.is_lowercase() {
                NextKind::Uncased
            } else if list_marker(text, i).is_some() {
                NextKind::Marker
            } else {
                NextKind::Lower
            }
        } else if let Some(after) = elision(text, i).filter(|_| depth < 3) {
            // "… auprès d'elle. [...] Pendant que j'étais là": an omission in brackets opens
            // the sentence that follows it (the Sequoia treebank).
            let (inner, word) = Next::classify(text, after, depth + 1);
            return match inner {
                NextKind::Upper | NextKind::Digit | NextKind::Opener => (NextKind::Opener, word),
                _ => (NextKind::Other, word),
            };
        } else if is_opener(c) || is_dash(c) {
            if c == '(' && list_marker(text, i).is_some() {
                NextKind::Marker
            } else if depth < 3 {
                // "« Une", "- ¿Qué": French guillemets and dialogue dashes take a space.
                let mut j = i + c.len_utf8();
                let spaced = char_at(text, j).is_some_and(is_inline_space);
                for _ in 0..2 {
                    match char_at(text, j) {
                        Some(d) if is_inline_space(d) => j += d.len_utf8(),
                        _ => break,
                    }
                }
                // "… yskäys. -Maks.", "… euroa. −Jotta": Finnish dialogue and quotations open
                // with a dash glued to a capital (the TDT treebank); glued to anything else,
                // a dash is a hyphen or a minus.
                if is_dash(c) && !spaced {
                    return match char_at(text, j) {
                        Some(d) if d.is_uppercase() => (NextKind::Opener, j),
                        _ => (NextKind::Other, i),
                    };
                }
                let (inner, word) = Next::classify(text, j, depth + 1);
                return match inner {
                    NextKind::Upper
                    | NextKind::Digit
                    | NextKind::Inverted
                    | NextKind::Uncased
                    | NextKind::Opener => (NextKind::Opener, word),
                    // "… monnayage. - proposition de décision …": a spaced dash before a
                    // lowercase word opens an item or a line of dialogue like a lowercase word
                    // would (the ParTUT treebank).
                    NextKind::Lower if is_dash(c) => (NextKind::Lower, word),
                    _ => (NextKind::Other, word),
                };
            } else {
                NextKind::Other
            }
        } else {
            NextKind::Other
        };
        (kind, i)
    }

    /// Whether this can be the first thing of a new sentence.
    pub(super) fn starts(&self) -> bool {
        matches!(
            self.kind,
            NextKind::Upper
                | NextKind::Digit
                | NextKind::Opener
                | NextKind::Bullet
                | NextKind::Inverted
                | NextKind::Uncased
                | NextKind::Marker
                | NextKind::At
        )
    }
}

/// "fin. »": a closing guillemet or quote after up to two spaces, itself followed by a space,
/// punctuation or the end. Returns the byte after it.
pub(super) fn closer_after_space(text: &str, at: usize) -> Option<usize> {
    let mut i = at;
    for _ in 0..2 {
        match char_at(text, i) {
            Some(c) if is_inline_space(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    let c = char_at(text, i)?;
    if !matches!(c, '»' | '”' | '"') {
        return None;
    }
    let after = i + c.len_utf8();
    match char_at(text, after) {
        None => Some(after),
        Some(',' | ';' | ':' | '.' | ')') => Some(after),
        // A straight quote after a space may open the next sentence; it closes this one only
        // when another quotation opens right after it ("Allez-y. " "J'envoie…").
        Some(d) if d.is_whitespace() && c != '"' => Some(after),
        Some(d) if d.is_whitespace() => {
            let rest = text[after..].trim_start_matches(is_inline_space);
            rest.starts_with(['"', '“', '«', '„']).then_some(after)
        }
        _ => None,
    }
}

/// "… off the top of the house!' (Which was very likely true.)": a sentence in brackets that
/// closes the paragraph right after another sentence is an aside to it, and stays with it.
/// `next` is what follows that sentence.
pub(super) fn closing_aside(text: &str, next: &Next) -> bool {
    // "(" then a capital, words ("(K.J.)" are initials), final punctuation, ")" and the end of
    // the paragraph.
    if next.kind != NextKind::Opener || !text[..next.word].ends_with('(') {
        return false;
    }
    let inner = &text[next.word..];
    let (mut prev, mut words) = (0, false);
    for (i, &b) in inner.as_bytes().iter().enumerate().take(MAX_BRACKET) {
        match b {
            b')' => {
                return words
                    && matches!(prev, b'.' | b'!' | b'?')
                    && matches!(
                        inner[i + 1..].trim_start_matches(' ').as_bytes().first(),
                        None | Some(b'\n' | b'\r')
                    )
            }
            b'(' | b'[' | b'\n' | b'\r' => return false,
            b' ' => words = true,
            _ => {}
        }
        prev = b;
    }
    false
}

/// An omission in brackets at `at` ("[...]", "[…]", "(...)"): the byte after it and the spaces
/// that follow it.
pub(super) fn elision(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let inner = rest.strip_prefix(['[', '('])?;
    let dots = inner
        .strip_prefix("...")
        .or_else(|| inner.strip_prefix('…'))?;
    let after = dots.strip_prefix([']', ')'])?;
    let spaces = after.len() - after.trim_start_matches(is_inline_space).len();
    (spaces > 0).then(|| text.len() - after.len() + spaces)
}
