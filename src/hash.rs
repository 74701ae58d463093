//! A small, fast, deterministic hasher for the maps on hot paths (terms, key phrases).
//!
//! The standard library's SipHash protects against hash flooding from untrusted keys; here the
//! keys are words of one text analysed locally, and the maps are hit once per word, so a
//! multiply-rotate hash in the style of rustc's FxHash is used instead (a few lines, no crate).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style hasher: `hash = (hash.rotl(5) ^ word) * K` per 8-byte word.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A word index built on first use: each word maps to the bits of the lists that hold it.
pub type WordBits = FastMap<&'static str, u32>;

/// Sets `bits` on the entry of each of `words` in `index`. Every word index is filled through
/// this one out-of-line function: inlined at each of them, the map's insertion code cost the
/// WebAssembly module about 6 KB per index at `opt-level = 2`.
#[inline(never)]
pub fn add_bits(index: &mut WordBits, words: &mut dyn Iterator<Item = &'static str>, bits: u32) {
    for w in words {
        *index.entry(w).or_insert(0) |= bits;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_hashes_differ() {
        let mut m: FastMap<String, u32> = FastMap::default();
        for (i, w) in ["a", "b", "ab", "ba", "abcdefghi", "abcdefghj"]
            .iter()
            .enumerate()
        {
            m.insert(w.to_string(), i as u32);
        }
        assert_eq!(m.len(), 6);
        assert_eq!(m.get("abcdefghj"), Some(&5));
    }
}
