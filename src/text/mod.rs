//! Text utilities that every stage shares and that depend on nothing else in the crate: what a
//! word character is, case mapping ([`case`]) and the folding of words into lookup keys
//! ([`fold`]). Language knowledge (which words mean what) is in [`crate::lang`]; the scan of a
//! text into words is [`crate::tokens`].

pub mod case;
pub mod fold;

/// Whether `c` belongs inside a word: a letter, a digit or a combining mark.
#[inline]
pub fn is_word_char(c: char) -> bool {
    // Latin-1 and Latin Extended-A and -B (the accented letters of the languages we serve) are
    // all letters but × and ÷: no table search for them.
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        return c != '\u{d7}' && c != '\u{f7}';
    }
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Typographic apostrophes and primes folded to the ASCII apostrophe.
pub fn fold_apostrophe(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '`' => '\'',
        c => c,
    }
}

/// The lowercase form of a word, apostrophes folded, written into a reused buffer: the form in
/// which stopwords, reporting verbs, months and other word lists are looked up.
pub fn lowercase_into<'a>(buf: &'a mut String, word: &str) -> &'a str {
    buf.clear();
    if word.is_ascii() && !word.contains('`') {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return buf;
    }
    for c in word.chars() {
        if c.is_ascii() && c != '`' {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(case::lower(c).map(fold_apostrophe));
        }
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters_are_letters_digits_and_combining_marks_everywhere() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
            assert_eq!(is_word_char(c), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn lowercase_folds_case_and_apostrophes() {
        let mut buf = String::new();
        assert_eq!(lowercase_into(&mut buf, "L’ÉTÉ"), "l'été");
        assert_eq!(lowercase_into(&mut buf, "Paris"), "paris");
        assert_eq!(lowercase_into(&mut buf, "rock`n"), "rock'n");
    }
}
