//! Arbitrary bytes as options JSON (what the CLI and the wasm boundary parse) through
//! `OptionsInput` and `validate()`: errors are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common/checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::options_bytes(data));
