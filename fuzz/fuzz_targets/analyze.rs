//! Arbitrary bytes: options from the first two, the rest as text, through `analyze`, the
//! segmenter and both reports; the invariants are in `fuzz/common/checks.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common/checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::analyze_bytes(data));
