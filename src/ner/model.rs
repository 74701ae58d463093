//! The model file: a text header, then hashed, pruned, quantised weights.
//!
//! Layout (integers little-endian):
//!
//! ```text
//! header     UTF-8 text lines (what made the file, its figures), ended by one NUL byte
//! magic      "NNER" and the format version (1)
//! bits       u8: each table has 2^bits buckets; a feature's bucket is its hash's top bits
//! fp_bits    u8: 0, or 8 when each row carries the next 8 bits of its feature's hash
//! labels     u8: must be LABELS (13)
//! flags      u8: bit 0 = features have block-layout copies (`Doc::style_copies`)
//! narrow     16 bytes: bit t set = template t (and its copy, t + 128) has narrow rows
//! start      LABELS i32: the score of each label at a sentence's start
//! trans      LABELS x LABELS i32: trans[prev][cur]
//! end        LABELS i32: the score of each label at a sentence's end
//! then two tables, wide rows (one weight per label) then narrow rows (one weight per kind:
//! outside, person, organisation, place; every label of a kind gets its kind's weight), each:
//! rows       LEB128 count, then per row the LEB128 gap to the previous bucket (minus one)
//! fps        one byte per row, when fp_bits = 8
//! shifts     one byte per row (0..=15): the row's weights are its bytes times 2^shift
//! weights    label by label (all rows' first weight, then all rows' second...), i8
//! then the name lexicon (see [`Lexicon`]):
//! lex_bits   u8: 2^lex_bits buckets (0: no lexicon, and nothing follows)
//! entries    LEB128 count, then per entry the LEB128 gap to the previous bucket (minus one)
//! kinds      two bits per entry, four to a byte, first entry in the low bits: 0 person,
//!            1 organisation, 2 place
//! ```
//!
//! The shift is a per-row exponent (block floating point): weights of frequent features (the
//! bias, punctuation) are hundreds of times those of a rare word, and one scale for all would
//! round the rare ones to zero. Narrow rows are for the features that say what kind of name a
//! word belongs to but not where in it (the words themselves): a third of the bytes.
//!
//! Parsing checks every length and value and never panics: any bytes give a model or an error.
//! At load the buckets become a bit set with a rank index, so a lookup is a bit test, a popcount
//! and, for the features that are kept, one row of weights.

use super::{Scores, LABELS, WIDTH};

/// Weights in a narrow row: outside, person, organisation, place.
pub const KINDS: usize = 4;

/// The narrow-row slot of each label (O, then B I L U of each kind).
pub const SLOT: [usize; LABELS] = [0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3];

/// Why bytes are not a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// No NUL byte ends the header, or the magic or version is wrong.
    NotAModel,
    /// A field has a value this version does not know.
    Unsupported,
    /// The bytes end before the model does, or go on after it.
    Truncated,
    /// Buckets out of order or out of range, or a value out of its range.
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

/// One table of rows. Narrow rows are widened at load (each label gets its kind's weight), so
/// every row is [`WIDTH`] scores, the labels' and zeros: the tagger adds whole rows.
#[derive(Clone, Debug)]
struct Table {
    /// Bit `b` set: bucket `b` has a row.
    present: Vec<u64>,
    /// Per 64-bucket word of `present`: the rows before it.
    rank: Vec<u32>,
    fps: Vec<u8>,
    weights: Vec<Scores>,
}

/// A loaded model.
#[derive(Clone, Debug)]
pub struct Model {
    header: String,
    bits: u32,
    fp_bits: u32,
    style_copies: bool,
    narrow: u128,
    pub(crate) start: [i32; LABELS],
    pub(crate) trans: [[i32; LABELS]; LABELS],
    pub(crate) end: [i32; LABELS],
    wide: Table,
    kinds: Table,
    lexicon: Option<Lexicon>,
}

/// Words that name people, organisations or places in other languages' training documents
/// (capitalised words inside their mentions, with the kind most of their mentions have): what
/// a model knows of names it never saw in its own language. Keyed by the hash of the word's
/// lowercase form; each entry a bucket of that hash's top bits, so a word not in the lexicon
/// is taken for one only when its bucket is taken (about entries / 2^bits of the time).
#[derive(Clone, Debug)]
pub struct Lexicon {
    bits: u32,
    present: Vec<u64>,
    rank: Vec<u32>,
    /// Two bits per entry, as in the file.
    kinds: Vec<u8>,
}

impl Lexicon {
    /// A lexicon of (lowercase-form hash, kind 0..3) entries; of entries with one bucket the
    /// first is kept.
    pub fn new(bits: u32, entries: &[(u64, u8)]) -> Lexicon {
        let bits = bits.clamp(6, 28);
        let mut e: Vec<(u64, u8)> = Vec::with_capacity(entries.len());
        let mut seen = std::collections::HashSet::new();
        for &(h, k) in entries {
            let b = Self::bucket_of(h, bits);
            if seen.insert(b) {
                e.push((b, k.min(2)));
            }
        }
        e.sort_unstable();
        let size = 1u64 << bits;
        let mut present = vec![0u64; (size as usize).div_ceil(64)];
        for &(b, _) in &e {
            present[(b / 64) as usize] |= 1 << (b % 64);
        }
        let mut kinds = vec![0u8; e.len().div_ceil(4)];
        for (n, &(_, k)) in e.iter().enumerate() {
            kinds[n / 4] |= k << (2 * (n % 4));
        }
        Lexicon::from_parts(bits, present, kinds)
    }

    fn from_parts(bits: u32, present: Vec<u64>, kinds: Vec<u8>) -> Lexicon {
        let mut rank = Vec::with_capacity(present.len());
        let mut total = 0u32;
        for w in &present {
            rank.push(total);
            total += w.count_ones();
        }
        Lexicon {
            bits,
            present,
            rank,
            kinds,
        }
    }

    fn bucket_of(h: u64, bits: u32) -> u64 {
        (h >> 32) >> (32 - bits)
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.present.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The kind (0 person, 1 organisation, 2 place) of the word whose lowercase form hashes to
    /// `h`, if the lexicon has it.
    #[inline]
    pub fn kind(&self, h: u64) -> Option<u8> {
        let b = Self::bucket_of(h, self.bits) as usize;
        let word = *self.present.get(b / 64)?;
        let bit = 1u64 << (b % 64);
        if word & bit == 0 {
            return None;
        }
        let n = self.rank[b / 64] as usize + (word & (bit - 1)).count_ones() as usize;
        Some(self.kinds.get(n / 4)? >> (2 * (n % 4)) & 3)
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.push(self.bits as u8);
        push_leb(out, self.len() as u64);
        let mut next = 0u64;
        for (w, &word) in self.present.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let b = w as u64 * 64 + u64::from(bits.trailing_zeros());
                push_leb(out, b - next);
                next = b + 1;
                bits &= bits - 1;
            }
        }
        out.extend_from_slice(&self.kinds);
    }
}

/// A row to write: bucket, fingerprint, shift, weights.
pub type Row<const W: usize> = (u32, u8, u8, [i8; W]);

/// What a model file holds, for the trainer to write.
pub struct ModelParts<'a> {
    pub header: &'a str,
    pub bits: u32,
    pub fp_bits: u32,
    pub style_copies: bool,
    /// Bit t set: template t's features are in `narrow`.
    pub narrow_templates: u128,
    pub start: [i32; LABELS],
    pub trans: [[i32; LABELS]; LABELS],
    pub end: [i32; LABELS],
    /// Sorted by bucket, buckets distinct.
    pub wide: &'a [Row<LABELS>],
    pub narrow: &'a [Row<KINDS>],
    pub lexicon: Option<&'a Lexicon>,
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

    fn lexicon(&mut self) -> Result<Option<Lexicon>, ModelError> {
        let bits = u32::from(self.u8()?);
        if bits == 0 {
            return Ok(None);
        }
        if !(6..=28).contains(&bits) {
            return Err(ModelError::Unsupported);
        }
        let size = 1u64 << bits;
        let n = self.leb()?;
        if n > size {
            return Err(ModelError::Corrupt);
        }
        let mut present = vec![0u64; (size as usize).div_ceil(64)];
        let mut next = 0u64;
        for _ in 0..n {
            let b = next.checked_add(self.leb()?).ok_or(ModelError::Corrupt)?;
            if b >= size {
                return Err(ModelError::Corrupt);
            }
            present[(b / 64) as usize] |= 1 << (b % 64);
            next = b + 1;
        }
        let kinds = self.take((n as usize).div_ceil(4))?.to_vec();
        Ok(Some(Lexicon::from_parts(bits, present, kinds)))
    }

    fn table<const W: usize>(&mut self, bits: u32, fp_bits: u32) -> Result<Table, ModelError> {
        let size = 1u64 << bits;
        let n = self.leb()?;
        if n > size {
            return Err(ModelError::Corrupt);
        }
        let n = n as usize;
        let mut present = vec![0u64; (size as usize).div_ceil(64)];
        let mut next = 0u64;
        for _ in 0..n {
            let b = next.checked_add(self.leb()?).ok_or(ModelError::Corrupt)?;
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
            self.take(n)?.to_vec()
        } else {
            Vec::new()
        };
        let shifts = self.take(n)?.to_vec();
        if shifts.iter().any(|&s| s > 15) {
            return Err(ModelError::Corrupt);
        }
        let raw = self.take(n.checked_mul(W).ok_or(ModelError::Truncated)?)?;
        let mut rows = vec![[0i32; W]; n];
        for (k, &b) in raw.iter().enumerate() {
            let (row, label) = (k % n, k / n);
            rows[row][label] = i32::from(b as i8) << shifts[row];
        }
        let weights = rows
            .iter()
            .map(|r| {
                let mut out = [0i32; WIDTH];
                for (l, o) in out.iter_mut().take(LABELS).enumerate() {
                    *o = if W == LABELS { r[l] } else { r[SLOT[l]] };
                }
                out
            })
            .collect();
        Ok(Table {
            present,
            rank,
            fps,
            weights,
        })
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

fn write_table<const W: usize>(out: &mut Vec<u8>, rows: &[Row<W>], fp_bits: u32) {
    push_leb(out, rows.len() as u64);
    let mut next = 0u64;
    for &(b, _, _, _) in rows {
        push_leb(out, u64::from(b) - next);
        next = u64::from(b) + 1;
    }
    if fp_bits > 0 {
        out.extend(rows.iter().map(|r| r.1));
    }
    out.extend(rows.iter().map(|r| r.2));
    for l in 0..W {
        out.extend(rows.iter().map(|r| r.3[l] as u8));
    }
}

impl Table {
    #[inline]
    fn row(&self, h: u32, bits: u32, fp_bits: u32) -> Option<&Scores> {
        let b = (h >> (32 - bits)) as usize;
        let word = *self.present.get(b / 64)?;
        let bit = 1u64 << (b % 64);
        if word & bit == 0 {
            return None;
        }
        let row = self.rank[b / 64] as usize + (word & (bit - 1)).count_ones() as usize;
        if fp_bits > 0 {
            let fp = (h >> (32 - bits - fp_bits)) as u8;
            if self.fps.get(row) != Some(&fp) {
                return None;
            }
        }
        self.weights.get(row)
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
        let flags = r.u8()?;
        if !(6..=24).contains(&bits)
            || !(fp_bits == 0 || fp_bits == 8)
            || labels != LABELS
            || flags > 1
        {
            return Err(ModelError::Unsupported);
        }
        let mut narrow = [0u8; 16];
        narrow.copy_from_slice(r.take(16)?);
        let narrow = u128::from_le_bytes(narrow);
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
        let wide = r.table::<LABELS>(bits, fp_bits)?;
        let kinds = r.table::<KINDS>(bits, fp_bits)?;
        let lexicon = r.lexicon()?;
        if r.at != bytes.len() {
            return Err(ModelError::Truncated);
        }
        Ok(Model {
            header,
            bits,
            fp_bits,
            style_copies: flags & 1 == 1,
            narrow,
            start,
            trans,
            end,
            wide,
            kinds,
            lexicon,
        })
    }

    /// The model's name lexicon, if it has one.
    pub fn lexicon(&self) -> Option<&Lexicon> {
        self.lexicon.as_ref()
    }

    /// The header text: the command that made the model and its figures.
    pub fn header(&self) -> &str {
        &self.header
    }

    /// The number of rows, wide and narrow.
    pub fn rows(&self) -> (usize, usize) {
        (self.wide.weights.len(), self.kinds.weights.len())
    }

    /// Whether template `t`'s features have narrow rows.
    #[inline]
    pub fn is_narrow(&self, t: u32) -> bool {
        self.narrow >> (t & 127) & 1 == 1
    }

    /// Whether the model was trained with block-layout copies of its features.
    pub fn style_copies(&self) -> bool {
        self.style_copies
    }

    /// The weights of the feature of template `t` and hash `h`, if the model keeps it: one
    /// score per label, then zeros.
    #[inline]
    pub fn row(&self, t: u32, h: u32) -> Option<&Scores> {
        let table = if self.is_narrow(t) {
            &self.kinds
        } else {
            &self.wide
        };
        table.row(h, self.bits, self.fp_bits)
    }

    /// Adds the weights of the feature of template `t` and hash `h` to `scores`.
    #[inline]
    pub fn add(&self, t: u32, h: u32, scores: &mut Scores) {
        if let Some(w) = self.row(t, h) {
            super::add_to(scores, w);
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
            u8::from(p.style_copies),
        ]);
        out.extend_from_slice(&p.narrow_templates.to_le_bytes());
        for v in p.start.iter().chain(p.trans.iter().flatten()).chain(&p.end) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        write_table(&mut out, p.wide, p.fp_bits);
        write_table(&mut out, p.narrow, p.fp_bits);
        match p.lexicon {
            Some(l) => l.write(&mut out),
            None => out.push(0),
        }
        out
    }
}
