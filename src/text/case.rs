//! Case mapping without core's case conversion tables: [`lower`] and [`lowercase`] for
//! `char::to_lowercase` and `str::to_lowercase`, [`upper_first`] for the first character of
//! `char::to_uppercase`.
//!
//! Core's conversions are a table of every pair (`LOWERCASE_TABLE`, 1,434 pairs, about 11.7 KB of
//! WebAssembly data, `UPPERCASE_TABLE` as much) plus their code (`<str>::to_lowercase` alone is
//! 4 KB): too much of the page's download for a summarizer that lowercases words. Most pairs are
//! regular, so:
//! - [`lower`] takes the next character when it is lowercase (`Ā` `ā`: the Latin, Cyrillic and
//!   Coptic extended blocks), and reads the other uppercase characters' distance from 107 ranges
//!   in [`LOWER_RANGES`] (`À`..`Þ` + 32, Cherokee, Greek extended, ...). `İ` is the only
//!   character whose lowercase is two characters.
//! - [`lowercase`] also picks `Σ`'s final form like `str::to_lowercase`, which needs
//!   `Case_Ignorable` ([`CASE_IGNORABLE`], 928 runs in about 1 KB).
//! - [`upper_first`] finds the uppercase of a lowercase letter as the character at one of a few
//!   usual distances whose [`lower`] is that letter (`é` is `É` + 32), and keeps the characters
//!   that rule gets wrong in [`EXCEPTIONS`].
//!
//! The tables are generated from the standard library's (see `generate_tables` and each table's
//! comment) and the tests check all three against std on every character.
//!
//! Measured on the page's WebAssembly (`wasm` profile, wasm-bindgen `--remove-name-section`,
//! Rust 1.95): 427,403 → 411,380 bytes, 160,595 → 154,190 gzip -9. Of what remains, the final
//! sigma (its `Case_Ignorable` runs and code) is about 1.4 KB, 1.1 KB gzip.
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
        let mut l = lower(u);
        if l.next() == Some(c) && l.next().is_none() {
            return u;
        }
    }
    c
}

/// Ranges of uppercase (and titlecase) characters whose lowercase is not the next character, as
/// triples (first, last, lowercase of first): every cased character of the range moves by the
/// same distance (0 for those without a lowercase, like the mathematical letters `𝐙`), the other
/// characters of the range are not cased and never looked up. Sorted; generated with
/// `char::to_lowercase` (the Unicode tables of Rust 1.95) by `generate_tables` below.
const LOWER_RANGES: &str =
    "\u{c0}\u{de}\u{e0}\u{178}\u{178}\u{ff}\u{181}\u{181}\u{253}\u{186}\u{186}\u{254}\
     \u{189}\u{18a}\u{256}\u{18e}\u{18e}\u{1dd}\u{18f}\u{18f}\u{259}\u{190}\u{190}\u{25b}\
     \u{193}\u{193}\u{260}\u{194}\u{194}\u{263}\u{196}\u{196}\u{269}\u{197}\u{197}\u{268}\
     \u{19c}\u{19c}\u{26f}\u{19d}\u{19d}\u{272}\u{19f}\u{19f}\u{275}\u{1a6}\u{1a6}\u{280}\
     \u{1a9}\u{1a9}\u{283}\u{1ae}\u{1ae}\u{288}\u{1b1}\u{1b2}\u{28a}\u{1b7}\u{1b7}\u{292}\
     \u{1c4}\u{1c4}\u{1c6}\u{1c7}\u{1c7}\u{1c9}\u{1ca}\u{1ca}\u{1cc}\u{1f1}\u{1f1}\u{1f3}\
     \u{1f6}\u{1f6}\u{195}\u{1f7}\u{1f7}\u{1bf}\u{220}\u{220}\u{19e}\u{23a}\u{23a}\u{2c65}\
     \u{23d}\u{23d}\u{19a}\u{23e}\u{23e}\u{2c66}\u{243}\u{243}\u{180}\u{244}\u{244}\u{289}\
     \u{245}\u{245}\u{28c}\u{37f}\u{37f}\u{3f3}\u{386}\u{386}\u{3ac}\u{388}\u{38a}\u{3ad}\
     \u{38c}\u{38c}\u{3cc}\u{38e}\u{38f}\u{3cd}\u{391}\u{3ab}\u{3b1}\u{3cf}\u{3cf}\u{3d7}\
     \u{3d4}\u{3d4}\u{3d4}\u{3f4}\u{3f4}\u{3b8}\u{3f9}\u{3f9}\u{3f2}\u{3fd}\u{3ff}\u{37b}\
     \u{400}\u{40f}\u{450}\u{410}\u{42f}\u{430}\u{4c0}\u{4c0}\u{4cf}\u{531}\u{556}\u{561}\
     \u{10a0}\u{10cd}\u{2d00}\u{13a0}\u{13ef}\u{ab70}\u{13f0}\u{13f5}\u{13f8}\
     \u{1c90}\u{1cbf}\u{10d0}\u{1e9e}\u{1e9e}\u{df}\u{1f08}\u{1fb9}\u{1f00}\
     \u{1fba}\u{1fbb}\u{1f70}\u{1fbc}\u{1fbc}\u{1fb3}\u{1fc8}\u{1fcb}\u{1f72}\
     \u{1fcc}\u{1fcc}\u{1fc3}\u{1fd8}\u{1fd9}\u{1fd0}\u{1fda}\u{1fdb}\u{1f76}\
     \u{1fe8}\u{1fe9}\u{1fe0}\u{1fea}\u{1feb}\u{1f7a}\u{1fec}\u{1fec}\u{1fe5}\
     \u{1ff8}\u{1ff9}\u{1f78}\u{1ffa}\u{1ffb}\u{1f7c}\u{1ffc}\u{1ffc}\u{1ff3}\
     \u{210d}\u{2124}\u{210d}\u{2126}\u{2126}\u{3c9}\u{212a}\u{212a}\u{6b}\u{212b}\u{212b}\u{e5}\
     \u{2132}\u{2132}\u{214e}\u{2133}\u{2145}\u{2133}\u{2160}\u{216f}\u{2170}\
     \u{24b6}\u{24cf}\u{24d0}\u{2c00}\u{2c2f}\u{2c30}\u{2c62}\u{2c62}\u{26b}\
     \u{2c63}\u{2c63}\u{1d7d}\u{2c64}\u{2c64}\u{27d}\u{2c6d}\u{2c6d}\u{251}\u{2c6e}\u{2c6e}\u{271}\
     \u{2c6f}\u{2c6f}\u{250}\u{2c70}\u{2c70}\u{252}\u{2c7e}\u{2c7f}\u{23f}\u{a77d}\u{a77d}\u{1d79}\
     \u{a78d}\u{a78d}\u{265}\u{a7aa}\u{a7aa}\u{266}\u{a7ab}\u{a7ab}\u{25c}\u{a7ac}\u{a7ac}\u{261}\
     \u{a7ad}\u{a7ad}\u{26c}\u{a7ae}\u{a7ae}\u{26a}\u{a7b0}\u{a7b0}\u{29e}\u{a7b1}\u{a7b1}\u{287}\
     \u{a7b2}\u{a7b2}\u{29d}\u{a7b3}\u{a7b3}\u{ab53}\u{a7c4}\u{a7c4}\u{a794}\
     \u{a7c5}\u{a7c5}\u{282}\u{a7c6}\u{a7c6}\u{1d8e}\u{a7cb}\u{a7cb}\u{264}\u{a7dc}\u{a7dc}\u{19b}\
     \u{ff21}\u{ff3a}\u{ff41}\u{10400}\u{104d3}\u{10428}\u{10570}\u{10595}\u{10597}\
     \u{10c80}\u{10cb2}\u{10cc0}\u{10d50}\u{16e5f}\u{10d70}\u{16ea0}\u{16eb8}\u{16ebb}\
     \u{1d419}\u{1d7ca}\u{1d419}\u{1e900}\u{1e921}\u{1e922}";

/// `Case_Ignorable` (the characters that `str::to_lowercase` skips around a `Σ` to tell a final
/// `ς`: apostrophes, periods, combining marks, modifier letters, format characters, ...) as
/// alternating lengths of runs outside and inside it from U+0000, each a LEB128 number.
/// Generated by `generate_tables` from what `str::to_lowercase` does to `Σ` next to each
/// character.
const CASE_IGNORABLE: &[u8] =
    b"\x27\x01\x06\x01\x0b\x01\x23\x01\x01\x01\x47\x01\x04\x01\x01\x01\x04\x01\x02\x02\xf7\x03\xc0\
      \x01\x04\x02\x04\x01\x09\x02\x01\x01\xfb\x01\x07\xcf\x01\x01\x05\x01\x31\x2d\x01\x01\x01\x02\
      \x01\x02\x01\x01\x2c\x01\x0b\x06\x0a\x0b\x01\x01\x23\x01\x0a\x15\x10\x01\x65\x08\x01\x0a\x01\
      \x04\x21\x01\x01\x01\x1e\x1b\x5b\x0b\x3a\x0b\x04\x01\x02\x01\x18\x18\x2b\x03\x2c\x01\x07\x02\
      \x05\x09\x29\x3a\x37\x01\x01\x01\x04\x08\x04\x01\x03\x07\x0a\x02\x0d\x01\x0f\x01\x3a\x01\x04\
      \x04\x08\x01\x14\x02\x1a\x01\x02\x02\x39\x01\x04\x02\x04\x02\x02\x03\x03\x01\x1e\x02\x03\x01\
      \x0b\x02\x39\x01\x04\x05\x01\x02\x04\x01\x14\x02\x16\x06\x01\x01\x3a\x01\x02\x01\x01\x04\x08\
      \x01\x07\x02\x0b\x02\x1e\x01\x3d\x01\x0c\x01\x32\x01\x03\x01\x37\x01\x01\x03\x05\x03\x01\x04\
      \x07\x02\x0b\x02\x1d\x01\x3a\x01\x02\x01\x06\x01\x05\x02\x14\x02\x1c\x02\x39\x02\x04\x04\x08\
      \x01\x14\x02\x1d\x01\x48\x01\x07\x03\x01\x01\x5a\x01\x02\x07\x0b\x09\x62\x01\x02\x09\x09\x01\
      \x01\x07\x49\x02\x1b\x01\x01\x01\x01\x01\x37\x0e\x01\x05\x01\x02\x05\x0b\x01\x24\x09\x01\x66\
      \x04\x01\x06\x01\x02\x02\x02\x19\x02\x04\x03\x10\x04\x0d\x01\x02\x02\x06\x01\x0f\x01\x5e\x01\
      \xe0\x04\x03\xb2\x07\x03\x1d\x02\x1e\x02\x1e\x02\x40\x02\x01\x07\x08\x01\x02\x0b\x03\x01\x05\
      \x01\x2d\x05\x33\x01\x41\x02\x22\x01\x76\x03\x04\x02\x09\x01\x06\x03\xdb\x01\x02\x02\x01\x3a\
      \x01\x01\x07\x01\x01\x01\x01\x02\x08\x06\x0a\x02\x01\x27\x01\x08\x2e\x02\x0c\x14\x04\x30\x01\
      \x01\x05\x01\x01\x05\x01\x28\x09\x0c\x02\x20\x04\x02\x02\x01\x03\x38\x01\x01\x02\x03\x01\x01\
      \x03\x3a\x08\x02\x02\x40\x06\x52\x03\x01\x0d\x01\x07\x04\x01\x06\x01\x03\x02\x32\x3f\x0d\x01\
      \x22\x65\xbd\x03\x01\x01\x03\x0b\x03\x0d\x03\x0d\x03\x0d\x02\x0c\x05\x08\x02\x0a\x01\x02\x01\
      \x02\x05\x31\x05\x01\x0a\x01\x01\x0d\x01\x10\x0d\x33\x21\x8b\x17\x02\x71\x03\x7d\x01\x0f\x01\
      \x60\x20\x2f\x01\xd5\x03\x01\x24\x04\x03\x05\x05\x01\x5d\x06\x5d\x03\x96\xde\x01\x01\xe2\x09\
      \x06\x8e\x02\x01\x62\x04\x01\x0a\x01\x01\x1c\x04\x50\x02\x0e\x22\x4e\x01\x17\x03\x66\x04\x03\
      \x02\x08\x01\x03\x01\x04\x01\x19\x02\x05\x01\x97\x01\x02\x1a\x12\x0d\x01\x26\x08\x19\x0b\x2e\
      \x03\x30\x01\x02\x04\x02\x02\x11\x01\x15\x02\x42\x06\x02\x02\x02\x02\x0c\x01\x08\x01\x23\x01\
      \x0b\x01\x33\x01\x01\x03\x02\x02\x05\x02\x01\x01\x1b\x01\x0e\x02\x05\x02\x01\x01\x64\x05\x09\
      \x03\x79\x01\x02\x01\x04\x01\xb0\x9e\x01\x01\x93\x01\x11\xbd\x04\x10\x03\x01\x0c\x10\x22\x01\
      \x02\x01\xa9\x01\x01\x07\x01\x06\x01\x0b\x01\x23\x01\x01\x01\x2f\x01\x2d\x02\x43\x01\x15\x03\
      \x81\x04\x01\xe2\x01\x01\x95\x01\x05\x85\x08\x06\x01\x2a\x01\x09\xc6\x04\x03\x01\x02\x05\x04\
      \x28\x03\x04\x01\xa5\x01\x02\xbd\x04\x04\x26\x01\x1a\x05\x01\x01\xbb\x02\x02\x18\x01\x34\x06\
      \x46\x0b\x31\x04\x7b\x01\x36\x0f\x29\x01\x02\x02\x0a\x03\x31\x04\x02\x02\x02\x01\x04\x01\x0a\
      \x01\x32\x03\x24\x05\x01\x08\x3e\x01\x0c\x02\x34\x09\x0a\x04\x02\x01\x5f\x03\x02\x01\x01\x02\
      \x06\x01\x02\x01\x9d\x01\x01\x03\x08\x15\x02\x39\x02\x03\x01\x25\x07\x03\x05\x46\x06\x0d\x01\
      \x01\x01\x01\x01\x0e\x02\x55\x08\x02\x03\x01\x01\x17\x01\x54\x06\x01\x01\x04\x02\x01\x02\xee\
      \x01\x04\x06\x02\x01\x02\x1b\x02\x55\x08\x02\x01\x01\x02\x6a\x01\x01\x01\x02\x06\x01\x01\x65\
      \x01\x01\x01\x02\x04\x01\x05\x83\x02\x09\x01\x02\x80\x02\x02\x01\x01\x04\x01\x90\x01\x04\x02\
      \x02\x04\x01\x20\x0a\x28\x06\x02\x04\x08\x01\x09\x06\x02\x03\x2e\x0d\x01\x02\xc6\x01\x01\x01\
      \x03\x01\x01\xc9\x01\x07\x01\x06\x01\x01\x52\x16\x02\x07\x01\x02\x01\x02\x7a\x06\x03\x01\x01\
      \x02\x01\x07\x01\x01\x48\x02\x03\x01\x01\x01\x41\x01\x99\x02\x02\x0b\x02\x34\x05\x05\x01\x01\
      \x01\x17\x01\xd5\x29\x11\x06\x0f\xc8\x59\x0c\x03\x03\xc0\x13\x05\x3b\x07\x09\x04\xfc\x03\x03\
      \x28\x02\xe2\x03\x01\x3f\x11\x40\x02\x01\x02\x0d\x02\xfc\x7f\x04\x01\x07\x01\x02\x9e\x19\x02\
      \x01\x04\xdc\x24\x2e\x02\x17\xa0\x04\x03\x09\x10\x02\x07\x1e\x04\x94\x01\x03\xbb\x0f\x37\x04\
      \x32\x08\x01\x0e\x01\x16\x05\x01\x0f\xd0\x0a\x07\x01\x11\x02\x07\x01\x02\x01\x05\x05\x3e\x21\
      \x01\xa0\x01\x0e\xf0\x02\x01\x3d\x04\xfb\x03\x05\xfe\x01\x02\xf3\x01\x01\x02\x01\x07\x02\x05\
      \x01\x09\x01\xd0\x03\x07\x6d\x08\xaf\x15\x05\x81\x98\x30\x01\x1e\x60\x80\x01\xf0\x01";

/// The titlecase letters (`ǅ`, `ᾈ`, ...): neither uppercase nor lowercase, but cased and with a
/// lowercase.
fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}'
    ) || ('\u{1f88}'..='\u{1faf}').contains(&c) && (c as u32 & 8) != 0
}

/// The lowercase of a character: one character, or two for `İ` (`i` and a combining dot above),
/// the only one that expands. Equal to `char::to_lowercase` on every character.
#[derive(Clone, Debug)]
pub struct Lower(Option<char>, Option<char>);

impl Iterator for Lower {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = self.0;
        self.0 = self.1.take();
        c
    }
}

/// `c.to_lowercase()`: `É` gives `é`, `İ` gives `i` and U+0307, what has no lowercase itself.
pub fn lower(c: char) -> Lower {
    Lower(Some(lower_one(c)), (c == '\u{130}').then_some('\u{307}'))
}

/// The first character of the lowercase of `c` (the whole of it but for `İ`).
fn lower_one(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if !c.is_uppercase() && !is_titlecase(c) {
        return c;
    }
    if c == '\u{130}' {
        return 'i';
    }
    let mut ranges = LOWER_RANGES.chars();
    while let (Some(first), Some(last), Some(l)) = (ranges.next(), ranges.next(), ranges.next()) {
        if c < first {
            break;
        }
        if c <= last {
            let to = (c as u32).wrapping_add(l as u32).wrapping_sub(first as u32);
            return char::from_u32(to).unwrap_or(c);
        }
    }
    // Most pairs outside the ranges are neighbours: `Ā` `ā`, `Ѡ` `ѡ`, `Ⴀ`... (Latin, Cyrillic,
    // Coptic extended blocks).
    match char::from_u32(c as u32 + 1) {
        Some(l) if l.is_lowercase() => l,
        _ => c,
    }
}

/// `s.to_lowercase()`, with its final sigma: `Σ` is `ς` after a cased letter and not before one
/// (skipping `Case_Ignorable` characters both ways), `σ` otherwise.
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            let word_final = ignorable_then_cased(s[..i].chars().rev())
                && !ignorable_then_cased(s[i + 'Σ'.len_utf8()..].chars());
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// Whether the first character of `chars` that is not `Case_Ignorable` is cased.
fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase() || is_titlecase(c))
}

/// Whether `c` has the Unicode property `Case_Ignorable`, read from [`CASE_IGNORABLE`].
fn is_case_ignorable(c: char) -> bool {
    let mut bytes = CASE_IGNORABLE.iter();
    let mut end = 0u32;
    let mut inside = false;
    loop {
        let mut n = 0u32;
        let mut shift = 0;
        loop {
            let Some(&b) = bytes.next() else {
                return false;
            };
            n |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        end += n;
        if (c as u32) < end {
            return inside;
        }
        inside = !inside;
    }
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
    fn lower_matches_to_lowercase_everywhere() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want: String = c.to_lowercase().collect();
            let got: String = lower(c).collect();
            assert_eq!(got, want, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn lowercase_matches_str_to_lowercase_around_sigma_everywhere() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!("AΣ{c}"),
                format!("AΣ{c} "),
                format!("AΣ{c}B"),
                format!("{c}Σ"),
                format!("A{c}Σ"),
                format!(" {c}Σ"),
                format!("Σ{c}Σ"),
            ] {
                assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn lowercase_cases() {
        let cases = [
            ("ascii", "Nvidia AI", "nvidia ai"),
            ("latin", "ÉCOLE Ŀ", "école ŀ"),
            ("dotted capital i expands", "İstanbul", "i\u{307}stanbul"),
            ("final sigma", "ΟΔΥΣΣΕΥΣ", "οδυσσευς"),
            ("sigma alone", "Σ", "σ"),
            ("sigma before a period then a letter", "ΑΣ.Β", "ασ.β"),
            ("sigma before a period", "ΑΣ.", "ας."),
            ("titlecase", "ǅ", "ǆ"),
            ("cherokee", "Ꭰ", "ꭰ"),
            ("circled", "Ⓐ", "ⓐ"),
            ("roman numeral", "Ⅻ", "ⅻ"),
            ("math letter stays", "𝐙", "𝐙"),
        ];
        for (name, s, want) in cases {
            assert_eq!(lowercase(s), want, "{name}");
            assert_eq!(s.to_lowercase(), want, "{name} (std)");
        }
    }

    /// Prints [`LOWER_RANGES`] and [`CASE_IGNORABLE`] from the standard library's tables:
    /// `cargo test --release --lib case::tests::generate_tables -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn generate_tables() {
        let chars = || (0..=0x10FFFF).filter_map(char::from_u32);
        let cased = |c: char| c.is_uppercase() || is_titlecase(c);
        let delta = |c: char| c.to_lowercase().next().map_or(0, |l| l as i64 - c as i64);
        // Cased characters that the neighbour rule gets wrong, merged into ranges of one
        // distance over which every cased character has that distance.
        let mut ranges: Vec<(char, char, i64)> = Vec::new();
        for c in chars().filter(|&c| !c.is_ascii() && cased(c) && c != '\u{130}') {
            let d = delta(c);
            let next = char::from_u32(c as u32 + 1).filter(|l| l.is_lowercase());
            let rule = next.map_or(0, |l| l as i64 - c as i64);
            let open = ranges.last_mut().filter(|r| {
                r.2 == d
                    && (r.1 as u32 + 1..c as u32)
                        .all(|u| char::from_u32(u).is_none_or(|x| !cased(x) || delta(x) == d))
            });
            match open {
                Some(r) => r.1 = c,
                None if rule != d => ranges.push((c, c, d)),
                None => {}
            }
        }
        let mut out = String::new();
        for (first, last, d) in &ranges {
            let l = char::from_u32((*first as i64 + d) as u32).unwrap();
            for x in [*first, *last, l] {
                out += &format!("\\u{{{:x}}}", x as u32);
            }
        }
        println!("LOWER_RANGES ({} ranges):\n{out}", ranges.len());
        // Case_Ignorable: skipped before a cased letter, and not itself taken as one.
        let ignorable = |c: char| {
            let sigma = |s: String| s.to_lowercase().chars().nth(1);
            sigma(format!("AΣ{c} ")) == Some('ς') && sigma(format!("AΣ{c}B")) == Some('σ')
        };
        let mut bytes = String::new();
        let mut inside = false;
        let mut start = 0u32;
        let mut runs = 0;
        for u in 0..=0x110000u32 {
            let now = u < 0x110000 && char::from_u32(u).is_some_and(ignorable);
            if now != inside {
                let mut n = u - start;
                loop {
                    let b = (n & 0x7f) as u8;
                    n >>= 7;
                    bytes += &format!("\\x{:02x}", if n > 0 { b | 0x80 } else { b });
                    if n == 0 {
                        break;
                    }
                }
                start = u;
                inside = now;
                runs += 1;
            }
        }
        println!("CASE_IGNORABLE ({runs} runs):\n{bytes}");
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
