//! List markers ("1.", "a)", "(b)", "• 9."): an item's start, and its successor.

use super::*;

/// A list marker.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Marker {
    /// The number, or the letter's position in the alphabet.
    pub(super) value: u32,
    pub(super) letter: bool,
    pub(super) upper: bool,
    /// "(a)".
    pub(super) paren: bool,
    /// The punctuation after it: b'.', b')' or b'>' for ".)".
    pub(super) close: u8,
}

impl Marker {
    pub(super) fn follows(self, prev: Marker) -> bool {
        self.value == prev.value + 1
            && self.letter == prev.letter
            && self.upper == prev.upper
            && self.paren == prev.paren
            && self.close == prev.close
    }

    pub(super) fn numeric_period(self) -> bool {
        !self.letter && self.close == b'.'
    }
}

/// A list marker at `at`: optional bullet, optional "(", one to three digits or a single ASCII
/// letter, then ".", ")" or ".)", then whitespace. Returns it and the byte after its punctuation.
pub(super) fn list_marker(text: &str, at: usize) -> Option<(Marker, usize)> {
    let bytes = text.as_bytes();
    let mut i = at;
    if let Some(c) = char_at(text, i).filter(|&c| is_bullet(c)) {
        i += c.len_utf8();
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    let paren = bytes.get(i) == Some(&b'(');
    if paren {
        i += 1;
    }
    let digits = bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let (value, letter, upper) = if (1..=3).contains(&digits) {
        let v = text.get(i..i + digits)?.parse::<u32>().ok()?;
        i += digits;
        (v, false, false)
    } else if digits == 0 {
        let b = *bytes.get(i)?;
        if !b.is_ascii_alphabetic() {
            return None;
        }
        i += 1;
        (
            u32::from(b.to_ascii_lowercase() - b'a') + 1,
            true,
            b.is_ascii_uppercase(),
        )
    } else {
        return None;
    };
    let close = match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b'.'), Some(b')')) if !paren => {
            i += 2;
            b'>'
        }
        (Some(b')'), _) => {
            i += 1;
            b')'
        }
        (Some(b'.'), _) if !paren => {
            i += 1;
            b'.'
        }
        _ => return None,
    };
    let after = char_at(text, i)?;
    if !after.is_whitespace() {
        return None;
    }
    Some((
        Marker {
            value,
            letter,
            upper,
            paren,
            close,
        },
        i,
    ))
}
