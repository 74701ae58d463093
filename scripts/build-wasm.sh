#!/usr/bin/env bash
# The one WebAssembly build, for the page and the npm package alike: `wasm-pack build --target web`
# of the `wasm` profile (opt-level 2 with the inlining limits of .cargo/config.toml, lto,
# panic=abort) with the `exports` feature (exportMarkdown, exportJson), into target/wasm-pack/
# (scripts/layout.mjs): the module with its name section (scripts/size-check.sh reads each
# function's crate from it), the ES module glue, and wasm-bindgen's declarations.
# scripts/build.mjs makes the shipped copies from it (name section dropped, glue minified).
#
# wasm-pack runs in no-install mode: it takes the wasm-bindgen on PATH, which must be the version
# pinned in Cargo.toml (scripts/setup.sh installs it), and never downloads one. wasm-opt is off
# ([package.metadata.wasm-pack.profile.*] in Cargo.toml): Debian's is broken, and measured, it
# did not make the gzip size smaller than dropping the name section (../shared/TOOLCHAIN.md).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(node scripts/layout.mjs wasm)
wasm-pack --log-level warn build . --target web --mode no-install --profile wasm --no-pack \
  --out-dir "$out" -- --features exports
