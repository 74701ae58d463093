#!/usr/bin/env bash
# The WebAssembly builds: `wasm-pack build --target web` of the `wasm` profile (opt-level 2 with
# the inlining limits of .cargo/config.toml, lto, panic=abort), with the module's name section
# kept (scripts/size-check.sh reads each function's crate from it), the ES module glue, and
# wasm-bindgen's declarations; scripts/build.mjs makes the shipped copies from it (name section
# dropped, glue minified).
#   scripts/build-wasm.sh [page]   the page's (and the extension's): the `exports` feature
#                                  (exportMarkdown), into target/wasm-pack/
#   scripts/build-wasm.sh npm      the npm package's: `export-json` too (exportJson, which brings
#                                  serde_json in; the page never calls it), into target/wasm-pack-npm/
# (the folders: scripts/layout.mjs).
#
# wasm-pack runs in no-install mode: it takes the wasm-bindgen on PATH, which must be the version
# pinned in Cargo.toml (scripts/setup.sh installs it), and never downloads one. wasm-opt is off
# ([package.metadata.wasm-pack.profile.*] in Cargo.toml): Debian's is broken, and measured, it
# did not make the gzip size smaller than dropping the name section (../shared/TOOLCHAIN.md).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-page}" in
  page) features=exports; out=$(node scripts/layout.mjs wasm) ;;
  npm) features=export-json; out=$(node scripts/layout.mjs wasm-npm) ;;
  *) echo "usage: scripts/build-wasm.sh [page|npm]" >&2; exit 2 ;;
esac
wasm-pack --log-level warn build . --target web --mode no-install --profile wasm --no-pack \
  --out-dir "$out" -- --features "$features"
