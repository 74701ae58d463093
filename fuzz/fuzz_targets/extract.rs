//! Arbitrary bytes as an HTML page through `extract` and `analyze_html`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common/checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::extract_bytes(data));
