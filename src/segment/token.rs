//! The token before a period: a word, a number, a title, an abbreviation, an initial, an
//! ordinal or an initialism.

use super::*;

/// What the token before a period is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Token {
    /// An ordinary word (or an address): the period ends the sentence.
    Word,
    /// An ordinary number: the period ends the sentence before what starts one.
    Number,
    /// A word that closes an enumeration ("etc."): the list usually closes the sentence.
    ListEnd,
    /// A title: the period never ends the sentence.
    Title,
    /// A plain abbreviation or an initialism ("U.S."): ends it before a typical sentence opener.
    Plain,
    /// A single capital letter: an initial, unless a typical sentence opener follows.
    Initial,
    /// A short number in a language that writes ordinals with a period ("31. August").
    Ordinal,
    /// A Roman numeral there ("XII.", "Ludwig XIV.").
    RomanOrdinal,
    /// A word that announces a number ("No.", "Tel."): ends a sentence unless a number follows.
    NumberPrefix,
    /// "a.m."/"p.m." after a number: ends a sentence like a word, unless a title follows
    /// ("At 5 a.m. Mr. Smith went…").
    Time,
}

/// The non-whitespace token that ends right before byte `at` (at most `MAX_TOKEN` bytes).
pub(super) fn token_before(text: &str, at: usize) -> &str {
    let Some(head) = text.get(..at) else {
        return "";
    };
    let mut start = at;
    for (i, c) in head.char_indices().rev() {
        if c.is_whitespace() || at - i > MAX_TOKEN {
            break;
        }
        start = i;
    }
    &text[start..at]
}

/// The last run of letters right before `at` ("Yahoo" in "Yahoo!").
pub(super) fn word_before(text: &str, at: usize) -> &str {
    let token = token_before(text, at);
    let start = token
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(token.len(), |(i, _)| i);
    &token[start..]
}

/// How many letters the last word of `head` has, after any closing brackets and quotes ("ci-après)",
/// "football\"" count their word), up to `MIN_WORD_BEFORE_LOWERCASE`.
pub(super) fn letters_before(head: &str) -> usize {
    head.trim_end_matches(is_closer)
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(MIN_WORD_BEFORE_LOWERCASE)
        .count()
}

/// Strips opening punctuation and an elided article ("l'Ing", "d’Av") from the front of a token.
pub(super) fn core_of(token: &str) -> &str {
    let token = token.trim_start_matches(|c: char| is_opener(c) || matches!(c, '¿' | '¡' | '-'));
    match token.rfind(['\'', '’']) {
        Some(i) if i > 0 && i <= 3 => {
            &token[i + token[i..].chars().next().map_or(1, char::len_utf8)..]
        }
        _ => token,
    }
}

/// Classifies the token before the period at `at`.
pub(super) fn classify(text: &str, at: usize, lang: Lang, writing: Orthography) -> Token {
    let token = core_of(token_before(text, at));
    // (A word of letters alone is no address: most tokens are, and skip the pattern.)
    if token.is_empty() || !token.chars().all(char::is_alphabetic) && is_address(token) {
        return Token::Word;
    }
    // "z. B.", "u. Ä.", "p. ex.": the short abbreviation before this one, joined without space.
    let before = at - token.len();
    let prev = if text[..before].ends_with(' ') {
        core_of(token_before(text, before - 1))
    } else {
        ""
    };
    if prev.ends_with('.') && prev.len() <= 5 && token.len() <= 5 {
        let mut joined = [0u8; 12];
        let n = prev.len() + token.len();
        if n <= joined.len() {
            joined[..prev.len()].copy_from_slice(prev.as_bytes());
            joined[prev.len()..n].copy_from_slice(token.as_bytes());
            if let Ok(key) = std::str::from_utf8(&joined[..n]) {
                if let Some(kind) = abbrev::lookup(lang, key) {
                    return match kind {
                        Abbrev::Title => Token::Title,
                        Abbrev::Plain => Token::Plain,
                    };
                }
            }
        }
    }
    if abbrev::precedes_number(token) {
        return Token::NumberPrefix;
    }
    if let Some(kind) = lookup_word(lang, token) {
        // "… o 6,3 proc. Choć …": after a number, a unit ends a sentence like a word, except
        // where nouns are capitalised: "5 Mio. Euro" would look like a new sentence.
        let after_number = text[..before]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
        // ("w 2018 r. 1693 zł" goes on: a number after the unit is still the same sentence.)
        if kind == Token::Plain
            && after_number
            && !writing.capitalised_nouns
            && abbrev::is_unit(token)
        {
            return Token::NumberPrefix;
        }
        // "etc." closes a list, and the list usually closes the sentence.
        if kind == Token::Plain && abbrev::ends_list(token) {
            return Token::ListEnd;
        }
        return kind;
    }
    // "Vojtěch Ch.": in Czech, "Ch" is one letter, and an initial.
    if writing.digraph_letters.contains(&token) {
        return Token::Initial;
    }
    let last = token.chars().next_back();
    if token.bytes().all(|b| b.is_ascii_digit()) {
        // An ordinal follows a word or a comma ("in der 89. Minute", "lat 90.", "Wien, 9. Sept.");
        // a count after a dash ("przeciwko – 306.") is an ordinary number.
        // "1. -3. Jahrhundert", "vom 1.–3. Juni": a range of ordinals.
        let range = text[..at - token.len()].ends_with(['-', '–']);
        let after_word = range
            || prev_in_sentence(text, before)
                .is_some_and(|c| c.is_alphabetic() || matches!(c, '.' | ','));
        // "klo 16.": a clock time, not an ordinal.
        let head = text[..before].trim_end().trim_end_matches('.');
        let clock = abbrev::is_clock_word(word_before(head, head.len()));
        return if token.len() <= 3 && writing.ordinal_period && after_word && !clock {
            Token::Ordinal
        } else {
            Token::Number
        };
    }
    if last.is_some_and(|c| c.is_ascii_digit()) {
        return Token::Number;
    }
    // "ci-après).", "egg him on\".": a word ending in a closing quote or bracket.
    if !last.is_some_and(char::is_alphabetic) {
        return Token::Word;
    }
    // "XII. Pluku", "Ludwig XIV.": Roman numerals are ordinals where ordinals take a period.
    if writing.ordinal_period && token.len() >= 2 && token.bytes().all(|b| b"IVXLCDM".contains(&b))
    {
        return Token::RomanOrdinal;
    }
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A single letter: an initial ("W."), or a short abbreviation ("p.", "z.").
        return if c.is_uppercase() {
            Token::Initial
        } else {
            Token::Plain
        };
    }
    if is_initialism(token) {
        // "5 p.m. Then": a time of day ends a sentence like a word.
        let time = matches!(token, "a.m" | "p.m" | "A.M" | "P.M");
        let after_number = text[..before]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
        return if time && after_number {
            Token::Time
        } else {
            Token::Plain
        };
    }
    Token::Word
}

/// The last non-whitespace character before byte `at`, looking back at most `MAX_GAP` bytes.
pub(super) fn prev_in_sentence(text: &str, at: usize) -> Option<char> {
    text.get(..at)?
        .char_indices()
        .rev()
        .take_while(|&(i, _)| at - i <= MAX_GAP)
        .map(|(_, c)| c)
        .find(|c| !c.is_whitespace())
}

/// Looks a word up in the abbreviation tables, also with its first letter in the other case
/// when the rest is lowercase: a sentence may begin with "Ca." or "Vgl.", and web text writes
/// "st." and "co." ("st. charles", the EWT treebank). Only plain abbreviations are found that
/// way (a title's case is part of it: "M." is a title, "m." a metre).
pub(super) fn lookup_word(lang: Lang, word: &str) -> Option<Token> {
    let kind = abbrev::lookup(lang, word).or_else(|| {
        let mut chars = word.chars();
        let first = chars.next()?;
        let rest = chars.as_str();
        if !rest.chars().all(char::is_lowercase) {
            return None;
        }
        let other = if first.is_uppercase() {
            crate::text::case::lower(first).next()?
        } else if first.is_lowercase() {
            crate::text::case::upper_first(first)
        } else {
            return None;
        };
        let mut buf = [0u8; 24];
        let head = other.encode_utf8(&mut [0u8; 4]).len();
        let n = head + rest.len();
        if n > buf.len() {
            return None;
        }
        other.encode_utf8(&mut buf[..head]);
        buf[head..n].copy_from_slice(rest.as_bytes());
        let recased = std::str::from_utf8(&buf[..n]).ok()?;
        abbrev::lookup(lang, recased).filter(|k| *k == Abbrev::Plain)
    })?;
    Some(match kind {
        Abbrev::Title => Token::Title,
        Abbrev::Plain => Token::Plain,
    })
}

/// "U.S", "e.g", "J.-C", "Ph.D": letters in groups of one or two, separated by periods.
pub(super) fn is_initialism(token: &str) -> bool {
    if !token.contains('.') {
        return false;
    }
    token.split('.').all(|part| {
        let letters = part.trim_start_matches('-');
        let n = letters.chars().count();
        (1..=2).contains(&n) && letters.chars().all(char::is_alphabetic)
    })
}
