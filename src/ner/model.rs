//! The model file: a text header, then hashed, pruned, int8-quantised weights.
//!
//! Layout (integers little-endian):
//!
//! ```text
//! header     UTF-8 text lines (what made the file, its figures), ended by one NUL byte
//! magic      "NNER" and the format version (1)
//! bits       u8: the table has 2^bits buckets; a feature's bucket is its hash's top bits
//! fp_bits    u8: 0, or 8 when each row carries the next 8 bits of its feature's hash
//! labels     u8: must be LABELS (13)
//! layout     u8: 0 = weights row by row, 1 = label by label (compresses better)
//! start      LABELS i32: the score of each label at a sentence's start
//! trans      LABELS x LABELS i32: trans[prev][cur]
//! end        LABELS i32: the score of each label at a sentence's end
//! rows       LEB128 count, then per row the LEB128 gap to the previous bucket (minus one)
//! fps        one byte per row, when fp_bits = 8
//! shifts     one byte per row (0..=15): the row's weights are its bytes times 2^shift
//! weights    rows x LABELS i8
//! ```
//!
//! The shift is a per-row exponent (block floating point): weights of frequent features (the
//! bias, punctuation) are hundreds of times those of a rare word, and one scale for all would
//! round the rare ones to zero.
//!
//! Parsing checks every length and value and never panics: any bytes give a model or an error.
//! At load the buckets become a bit set with a rank index, so a lookup is a bit test, a popcount
//! and, for the features that are kept, one row of 13 weights.

use super::LABELS;

/// Why bytes are not a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// No NUL byte ends the header, or the magic or version is wrong.
    NotAModel,
    /// A field has a value this version does not know.
    Unsupported,
    /// The bytes end before the model does, or go on after it.
    Truncated,
    /// Buckets out of order or out of range.
    Corrupt,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ModelError::NotAModel => "not an entity model",
            ModelError::Unsupported => "unsupported entity model version or field",
            ModelError::Truncated => "entity model truncated or too long",
            ModelError::Corrupt => "entity model corrupt",
        })
    }
}

impl std::error::Error for ModelError {}

const MAGIC: &[u8; 4] = b"NNER";
const VERSION: u8 = 1;

/// A loaded model.
#[derive(Clone, Debug)]
pub struct Model {
    header: String,
    bits: u32,
    fp_bits: u32,
    pub(crate) start: [i32; LABELS],
    pub(crate) trans: [[i32; LABELS]; LABELS],
    pub(crate) end: [i32; LABELS],
    /// Bit `b` set: bucket `b` has a row.
    present: Vec<u64>,
    /// Per 64-bucket word of `present`: the rows before it.
    rank: Vec<u32>,
    fps: Vec<u8>,
    weights: Vec<[i32; LABELS]>,
}

/// What a model file holds, for the trainer to write.
pub struct ModelParts<'a> {
    pub header: &'a str,
    pub bits: u32,
    pub fp_bits: u32,
    pub start: [i32; LABELS],
    pub trans: [[i32; LABELS]; LABELS],
    pub end: [i32; LABELS],
    /// (bucket, fingerprint, shift, weights), sorted by bucket, buckets distinct.
    pub rows: &'a [(u32, u8, u8, [i8; LABELS])],
    pub label_major: bool,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let end = self.at.checked_add(n).ok_or(ModelError::Truncated)?;
        let s = self.bytes.get(self.at..end).ok_or(ModelError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    fn i32(&mut self) -> Result<i32, ModelError> {
        let b = self.take(4)?;
        let v = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        // Scores stay far from overflow: |transition| < 2^24.
        if v.unsigned_abs() >= 1 << 24 {
            return Err(ModelError::Corrupt);
        }
        Ok(v)
    }

    fn leb(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Corrupt)
    }
}

fn push_leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

impl Model {
    /// Reads a model. Never panics; any bytes that are not a model give an error.
    pub fn parse(bytes: &[u8]) -> Result<Model, ModelError> {
        let nul = bytes
            .iter()
            .position(|&b| b == 0)
            .ok_or(ModelError::NotAModel)?;
        let header = String::from_utf8_lossy(&bytes[..nul]).into_owned();
        let mut r = Reader { bytes, at: nul + 1 };
        if r.take(4)? != MAGIC || r.u8()? != VERSION {
            return Err(ModelError::NotAModel);
        }
        let bits = u32::from(r.u8()?);
        let fp_bits = u32::from(r.u8()?);
        let labels = usize::from(r.u8()?);
        let layout = r.u8()?;
        if !(6..=24).contains(&bits)
            || !(fp_bits == 0 || fp_bits == 8)
            || bits + fp_bits > 32
            || labels != LABELS
            || layout > 1
        {
            return Err(ModelError::Unsupported);
        }
        let mut start = [0; LABELS];
        for s in start.iter_mut() {
            *s = r.i32()?;
        }
        let mut trans = [[0; LABELS]; LABELS];
        for row in trans.iter_mut() {
            for t in row.iter_mut() {
                *t = r.i32()?;
            }
        }
        let mut end = [0; LABELS];
        for s in end.iter_mut() {
            *s = r.i32()?;
        }
        let size = 1u64 << bits;
        let n = r.leb()?;
        if n > size {
            return Err(ModelError::Corrupt);
        }
        let n = n as usize;
        let mut present = vec![0u64; (size as usize).div_ceil(64)];
        let mut next = 0u64;
        for _ in 0..n {
            let b = next.checked_add(r.leb()?).ok_or(ModelError::Corrupt)?;
            if b >= size {
                return Err(ModelError::Corrupt);
            }
            present[(b / 64) as usize] |= 1 << (b % 64);
            next = b + 1;
        }
        let mut rank = Vec::with_capacity(present.len());
        let mut total = 0u32;
        for w in &present {
            rank.push(total);
            total += w.count_ones();
        }
        let fps = if fp_bits > 0 {
            r.take(n)?.to_vec()
        } else {
            Vec::new()
        };
        let shifts = r.take(n)?.to_vec();
        if shifts.iter().any(|&s| s > 15) {
            return Err(ModelError::Corrupt);
        }
        let raw = r.take(n.checked_mul(LABELS).ok_or(ModelError::Truncated)?)?;
        let mut weights = vec![[0i32; LABELS]; n];
        for (k, &b) in raw.iter().enumerate() {
            let (row, label) = if layout == 1 {
                (k % n, k / n)
            } else {
                (k / LABELS, k % LABELS)
            };
            weights[row][label] = i32::from(b as i8) << shifts[row];
        }
        if r.at != bytes.len() {
            return Err(ModelError::Truncated);
        }
        Ok(Model {
            header,
            bits,
            fp_bits,
            start,
            trans,
            end,
            present,
            rank,
            fps,
            weights,
        })
    }

    /// The header text: the command that made the model and its figures.
    pub fn header(&self) -> &str {
        &self.header
    }

    /// The number of feature rows.
    pub fn rows(&self) -> usize {
        self.weights.len()
    }

    /// The weights of feature hash `h`, if the model keeps that feature.
    #[inline]
    pub fn row(&self, h: u32) -> Option<&[i32; LABELS]> {
        let b = (h >> (32 - self.bits)) as usize;
        let word = self.present[b / 64];
        let bit = 1u64 << (b % 64);
        if word & bit == 0 {
            return None;
        }
        let row = self.rank[b / 64] as usize + (word & (bit - 1)).count_ones() as usize;
        if self.fp_bits > 0 {
            let fp = (h >> (32 - self.bits - self.fp_bits)) as u8;
            if self.fps[row] != fp {
                return None;
            }
        }
        self.weights.get(row)
    }

    /// Adds the weights of feature `h` to `scores`.
    #[inline]
    pub fn add(&self, h: u32, scores: &mut [i32; LABELS]) {
        if let Some(w) = self.row(h) {
            for (s, &x) in scores.iter_mut().zip(w) {
                *s += x;
            }
        }
    }

    /// The bucket and fingerprint of feature `h` in a table of 2^bits buckets.
    pub fn bucket(h: u32, bits: u32, fp_bits: u32) -> (u32, u8) {
        let fp = if fp_bits > 0 {
            (h >> (32 - bits - fp_bits)) as u8
        } else {
            0
        };
        (h >> (32 - bits), fp)
    }

    /// The bytes of a model file (for the trainer).
    pub fn write(p: &ModelParts) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(p.header.replace('\0', " ").as_bytes());
        out.push(0);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[
            VERSION,
            p.bits as u8,
            p.fp_bits as u8,
            LABELS as u8,
            u8::from(p.label_major),
        ]);
        for v in p.start.iter().chain(p.trans.iter().flatten()).chain(&p.end) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        push_leb(&mut out, p.rows.len() as u64);
        let mut next = 0u64;
        for &(b, _, _, _) in p.rows {
            push_leb(&mut out, u64::from(b) - next);
            next = u64::from(b) + 1;
        }
        if p.fp_bits > 0 {
            out.extend(p.rows.iter().map(|r| r.1));
        }
        out.extend(p.rows.iter().map(|r| r.2));
        if p.label_major {
            for l in 0..LABELS {
                out.extend(p.rows.iter().map(|r| r.3[l] as u8));
            }
        } else {
            out.extend(p.rows.iter().flat_map(|r| r.3.map(|x| x as u8)));
        }
        out
    }
}
