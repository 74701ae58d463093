//! Lookup keys for names: the form in which gazetteers, titles and cue words are stored and
//! looked up, so that "Etats-Unis", "États Unis" and "ETATS-UNIS" are one key.

/// Writes the lookup key of `name` into `out`: lowercase, common Latin diacritics removed,
/// hyphens and runs of spaces as one space, typographic apostrophes as `'`, and a final "."
/// kept (it tells "M." from "M").
pub fn fold_into(out: &mut String, name: &str) {
    out.clear();
    let mut space = false;
    if name.is_ascii() {
        // The same rules, byte by byte: no case mapping tables, no accents.
        for b in name.bytes() {
            match b {
                b'-' | b' ' | b'\n' | b'\t' => space = !out.is_empty(),
                _ => {
                    if space {
                        out.push(' ');
                        space = false;
                    }
                    out.push(if b == b'`' {
                        '\''
                    } else {
                        b.to_ascii_lowercase() as char
                    });
                }
            }
        }
        return;
    }
    let mut broken = false;
    for c in name.chars() {
        // "Penn¬ sylvania": a word broken at a line end (print's "not sign" hyphen) is one word.
        if c == '\u{ac}' {
            broken = true;
            continue;
        }
        if broken && c.is_whitespace() {
            continue;
        }
        broken = false;
        let c = match c {
            '-' | '\u{2010}' | '\u{2011}' | ' ' | '\u{a0}' | '\n' | '\t' => {
                space = !out.is_empty();
                continue;
            }
            '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => '\'',
            c => c,
        };
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for l in crate::text::case::lower(c) {
            out.push(strip_accent(l));
        }
    }
}

/// The lookup key of `name` (see [`fold_into`]).
pub fn fold(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    fold_into(&mut key, name);
    key
}

/// `c` without its accent, for the common Latin letters of Western European languages.
fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ä' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ř' => 'r',
        'ł' => 'l',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_accents_hyphens_and_line_breaks() {
        assert_eq!(fold("Etats-Unis"), "etats unis");
        assert_eq!(fold("ÉTATS  UNIS"), "etats unis");
        assert_eq!(fold("M."), "m.");
        assert_eq!(fold("L’Oréal"), "l'oreal");
        assert_eq!(fold("Penn\u{ac} sylvania"), "pennsylvania");
    }
}
