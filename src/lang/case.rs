//! The first character of a character's uppercase, without `char::to_uppercase`.
//!
//! `char::to_uppercase` links core's uppercase table (about 6 KB gzip of WebAssembly) for one use
//! (the initials of names, see `entity`). The lowercase table is linked anyway, so
//! [`upper_first`] finds the uppercase of a lowercase letter as the character at one of a few
//! usual distances whose lowercase is that letter (`é` is `É` + 32), and keeps the characters
//! that rule gets wrong in [`EXCEPTIONS`]. `upper_first_matches_to_uppercase_everywhere` checks
//! it against `char::to_uppercase` on every character.

/// Distances from a lowercase letter down to its uppercase, the most frequent first (Latin pairs,
/// ASCII-like blocks, Armenian, Cherokee, Deseret, Glagolitic, Greek extended, Georgian, ...).
const DISTANCES: [i32; 15] = [
    1, 32, 48, 38864, 40, 64, -8, -3008, 7264, 39, 34, 26, 27, 80, 16,
];

/// Pairs (character, first character of its uppercase) where [`DISTANCES`] give a wrong answer,
/// sorted by character: generated with `char::to_uppercase` (the Unicode tables of Rust 1.95) by
/// listing every character that the rule of [`upper_first`] without this table gets wrong; a new
/// Unicode version would fail the exhaustive test, to regenerate it the same way.
const EXCEPTIONS: &str =
    "\u{b5}\u{39c}\u{df}\u{53}\u{ff}\u{178}\u{131}\u{49}\u{149}\u{2bc}\u{17f}\u{53}\u{180}\u{243}\
     \u{195}\u{1f6}\u{19a}\u{23d}\u{19b}\u{a7dc}\u{19e}\u{220}\u{1bf}\u{1f7}\u{1c5}\u{1c4}\
     \u{1c6}\u{1c4}\u{1c8}\u{1c7}\u{1c9}\u{1c7}\u{1cb}\u{1ca}\u{1cc}\u{1ca}\u{1dd}\u{18e}\
     \u{1f0}\u{4a}\u{1f2}\u{1f1}\u{1f3}\u{1f1}\u{23f}\u{2c7e}\u{240}\u{2c7f}\u{250}\u{2c6f}\
     \u{251}\u{2c6d}\u{252}\u{2c70}\u{253}\u{181}\u{254}\u{186}\u{256}\u{189}\u{257}\u{18a}\
     \u{259}\u{18f}\u{25b}\u{190}\u{25c}\u{a7ab}\u{260}\u{193}\u{261}\u{a7ac}\u{263}\u{194}\
     \u{264}\u{a7cb}\u{265}\u{a78d}\u{266}\u{a7aa}\u{268}\u{197}\u{269}\u{196}\u{26a}\u{a7ae}\
     \u{26b}\u{2c62}\u{26c}\u{a7ad}\u{26f}\u{19c}\u{271}\u{2c6e}\u{272}\u{19d}\u{275}\u{19f}\
     \u{27d}\u{2c64}\u{280}\u{1a6}\u{282}\u{a7c5}\u{283}\u{1a9}\u{287}\u{a7b1}\u{288}\u{1ae}\
     \u{289}\u{244}\u{28a}\u{1b1}\u{28b}\u{1b2}\u{28c}\u{245}\u{292}\u{1b7}\u{29d}\u{a7b2}\
     \u{29e}\u{a7b0}\u{345}\u{399}\u{37b}\u{3fd}\u{37c}\u{3fe}\u{37d}\u{3ff}\u{390}\u{399}\
     \u{3ac}\u{386}\u{3ad}\u{388}\u{3ae}\u{389}\u{3af}\u{38a}\u{3b0}\u{3a5}\u{3c2}\u{3a3}\
     \u{3cd}\u{38e}\u{3ce}\u{38f}\u{3d0}\u{392}\u{3d1}\u{398}\u{3d5}\u{3a6}\u{3d6}\u{3a0}\
     \u{3d7}\u{3cf}\u{3f0}\u{39a}\u{3f1}\u{3a1}\u{3f2}\u{3f9}\u{3f3}\u{37f}\u{3f5}\u{395}\
     \u{4cf}\u{4c0}\u{587}\u{535}\u{13f8}\u{13f0}\u{13f9}\u{13f1}\u{13fa}\u{13f2}\u{13fb}\u{13f3}\
     \u{13fc}\u{13f4}\u{13fd}\u{13f5}\u{1c80}\u{412}\u{1c81}\u{414}\u{1c82}\u{41e}\u{1c83}\u{421}\
     \u{1c84}\u{422}\u{1c85}\u{422}\u{1c86}\u{42a}\u{1c87}\u{462}\u{1c88}\u{a64a}\u{1d79}\u{a77d}\
     \u{1d7d}\u{2c63}\u{1d8e}\u{a7c6}\u{1e96}\u{48}\u{1e97}\u{54}\u{1e98}\u{57}\u{1e99}\u{59}\
     \u{1e9a}\u{41}\u{1e9b}\u{1e60}\u{1f50}\u{3a5}\u{1f52}\u{3a5}\u{1f54}\u{3a5}\u{1f56}\u{3a5}\
     \u{1f70}\u{1fba}\u{1f71}\u{1fbb}\u{1f72}\u{1fc8}\u{1f73}\u{1fc9}\u{1f74}\u{1fca}\
     \u{1f75}\u{1fcb}\u{1f76}\u{1fda}\u{1f77}\u{1fdb}\u{1f78}\u{1ff8}\u{1f79}\u{1ff9}\
     \u{1f7a}\u{1fea}\u{1f7b}\u{1feb}\u{1f7c}\u{1ffa}\u{1f7d}\u{1ffb}\u{1f80}\u{1f08}\
     \u{1f81}\u{1f09}\u{1f82}\u{1f0a}\u{1f83}\u{1f0b}\u{1f84}\u{1f0c}\u{1f85}\u{1f0d}\
     \u{1f86}\u{1f0e}\u{1f87}\u{1f0f}\u{1f88}\u{1f08}\u{1f89}\u{1f09}\u{1f8a}\u{1f0a}\
     \u{1f8b}\u{1f0b}\u{1f8c}\u{1f0c}\u{1f8d}\u{1f0d}\u{1f8e}\u{1f0e}\u{1f8f}\u{1f0f}\
     \u{1f90}\u{1f28}\u{1f91}\u{1f29}\u{1f92}\u{1f2a}\u{1f93}\u{1f2b}\u{1f94}\u{1f2c}\
     \u{1f95}\u{1f2d}\u{1f96}\u{1f2e}\u{1f97}\u{1f2f}\u{1f98}\u{1f28}\u{1f99}\u{1f29}\
     \u{1f9a}\u{1f2a}\u{1f9b}\u{1f2b}\u{1f9c}\u{1f2c}\u{1f9d}\u{1f2d}\u{1f9e}\u{1f2e}\
     \u{1f9f}\u{1f2f}\u{1fa0}\u{1f68}\u{1fa1}\u{1f69}\u{1fa2}\u{1f6a}\u{1fa3}\u{1f6b}\
     \u{1fa4}\u{1f6c}\u{1fa5}\u{1f6d}\u{1fa6}\u{1f6e}\u{1fa7}\u{1f6f}\u{1fa8}\u{1f68}\
     \u{1fa9}\u{1f69}\u{1faa}\u{1f6a}\u{1fab}\u{1f6b}\u{1fac}\u{1f6c}\u{1fad}\u{1f6d}\
     \u{1fae}\u{1f6e}\u{1faf}\u{1f6f}\u{1fb2}\u{1fba}\u{1fb3}\u{391}\u{1fb4}\u{386}\
     \u{1fb6}\u{391}\u{1fb7}\u{391}\u{1fbc}\u{391}\u{1fbe}\u{399}\u{1fc2}\u{1fca}\u{1fc3}\u{397}\
     \u{1fc4}\u{389}\u{1fc6}\u{397}\u{1fc7}\u{397}\u{1fcc}\u{397}\u{1fd2}\u{399}\u{1fd3}\u{399}\
     \u{1fd6}\u{399}\u{1fd7}\u{399}\u{1fe2}\u{3a5}\u{1fe3}\u{3a5}\u{1fe4}\u{3a1}\u{1fe5}\u{1fec}\
     \u{1fe6}\u{3a5}\u{1fe7}\u{3a5}\u{1ff2}\u{1ffa}\u{1ff3}\u{3a9}\u{1ff4}\u{38f}\u{1ff6}\u{3a9}\
     \u{1ff7}\u{3a9}\u{1ffc}\u{3a9}\u{214e}\u{2132}\u{2c65}\u{23a}\u{2c66}\u{23e}\u{a794}\u{a7c4}\
     \u{ab53}\u{a7b3}\u{fb00}\u{46}\u{fb01}\u{46}\u{fb02}\u{46}\u{fb03}\u{46}\u{fb04}\u{46}\
     \u{fb05}\u{53}\u{fb06}\u{53}\u{fb13}\u{544}\u{fb14}\u{544}\u{fb15}\u{544}\u{fb16}\u{54e}\
     \u{fb17}\u{544}";

/// `c.to_uppercase().next()`: the first character of the uppercase of `c` (`ß` gives `S`).
pub fn upper_first(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    if c.is_uppercase() || !c.is_alphabetic() {
        return c;
    }
    let mut pairs = EXCEPTIONS.chars();
    while let (Some(x), Some(u)) = (pairs.next(), pairs.next()) {
        if x == c {
            return u;
        }
        if x > c {
            break;
        }
    }
    for d in DISTANCES {
        let Some(u) = char::from_u32((c as u32).wrapping_sub(d as u32)) else {
            continue;
        };
        let mut lower = u.to_lowercase();
        if lower.next() == Some(c) && lower.next().is_none() {
            return u;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_first_matches_to_uppercase_everywhere() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = c.to_uppercase().next().unwrap_or(c);
            assert_eq!(upper_first(c), want, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn upper_first_cases() {
        let cases = [
            ("ascii", 'a', 'A'),
            ("uppercase stays", 'É', 'É'),
            ("latin-1", 'é', 'É'),
            ("latin extended pair", 'ł', 'Ł'),
            ("sharp s expands", 'ß', 'S'),
            ("greek final sigma", 'ς', 'Σ'),
            ("cyrillic", 'ж', 'Ж'),
            ("digit", '7', '7'),
            ("ligature", 'ﬁ', 'F'),
            ("dotless i", 'ı', 'I'),
        ];
        for (name, c, want) in cases {
            assert_eq!(upper_first(c), want, "{name}");
        }
    }
}
