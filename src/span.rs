//! Byte spans over the caller's text.
//!
//! Every stage of the pipeline passes `Span`s over the *original* text rather than copies of it.
//! Offsets are UTF-8 byte offsets and always lie on `char` boundaries. They are converted to other
//! units (Unicode code points for the CLI's JSON, UTF-16 code units for JavaScript) only at the
//! edges, by [`OffsetMap`](crate::offsets::OffsetMap).

use serde::Serialize;

/// A half-open byte range `start..end` into a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers. Returns "" for a span that does not fit `text` (never panics).
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span without leading and trailing whitespace.
    pub fn trim(self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start().len();
        let body = s.trim();
        Span::new(self.start + lead, self.start + lead + body.len())
    }
}
