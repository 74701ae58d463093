//! Conversion of byte offsets to the units other languages count in.
//!
//! Rust works in UTF-8 bytes. The CLI's JSON speaks Unicode code points (what Python's `str`
//! indexes), JavaScript speaks UTF-16 code units (what `String.prototype.slice` indexes). The map
//! keeps a checkpoint every [`BLOCK`] bytes, so it costs `text.len() / BLOCK` entries to build and a
//! bounded scan of at most `BLOCK` bytes per lookup, whatever the order of the lookups.

/// How offsets are counted in an output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes (Rust's own offsets).
    Bytes,
    /// Unicode scalar values (code points).
    CodePoints,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

const BLOCK: usize = 64;

/// Maps byte offsets of one text to another [`Unit`].
pub struct OffsetMap<'t> {
    text: &'t str,
    unit: Unit,
    /// `checkpoints[k]` = (first char boundary at or after `k * BLOCK`, units before it).
    checkpoints: Vec<(usize, usize)>,
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str, unit: Unit) -> OffsetMap<'t> {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 2);
        if unit != Unit::Bytes {
            let mut units = 0usize;
            for (i, c) in text.char_indices() {
                while checkpoints.len() * BLOCK <= i {
                    checkpoints.push((i, units));
                }
                units += width(c, unit);
            }
            while checkpoints.len() * BLOCK <= text.len() {
                checkpoints.push((text.len(), units));
            }
        }
        OffsetMap {
            text,
            unit,
            checkpoints,
        }
    }

    /// The offset, in this map's unit, of byte offset `byte` (clamped to the text, and rounded down
    /// to a char boundary).
    pub fn map(&self, byte: usize) -> usize {
        if self.unit == Unit::Bytes {
            return byte.min(self.text.len());
        }
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let (mut at, mut units) = self.checkpoints[byte / BLOCK];
        if at > byte {
            // Only possible when `byte` is inside the char that straddles the block start;
            // it was rounded down above, so fall back to the previous block.
            (at, units) = self.checkpoints[byte / BLOCK - 1];
        }
        let unit = self.unit;
        units
            + self.text[at..byte]
                .chars()
                .map(|c| width(c, unit))
                .sum::<usize>()
    }
}

fn width(c: char, unit: Unit) -> usize {
    match unit {
        Unit::Bytes => c.len_utf8(),
        Unit::CodePoints => 1,
        Unit::Utf16 => c.len_utf16(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_every_boundary_like_a_naive_count() {
        let text = "aé€😀 L’IA «x» 日本語".repeat(40);
        for unit in [Unit::Bytes, Unit::CodePoints, Unit::Utf16] {
            let map = OffsetMap::new(&text, unit);
            for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let want = match unit {
                    Unit::Bytes => i,
                    Unit::CodePoints => text[..i].chars().count(),
                    Unit::Utf16 => text[..i].encode_utf16().count(),
                };
                assert_eq!(map.map(i), want, "byte {i} in {unit:?}");
            }
        }
    }

    #[test]
    fn clamps_and_rounds_down_inside_a_char() {
        let text = "a😀b";
        let map = OffsetMap::new(text, Unit::Utf16);
        assert_eq!(map.map(2), 1);
        assert_eq!(map.map(99), 4);
        assert_eq!(OffsetMap::new("", Unit::CodePoints).map(5), 0);
    }
}
