#!/usr/bin/env bash
# Builds the WebAssembly module and its JS glue into www/pkg/ (not committed), with the `exports`
# feature: the page copies the engine's Markdown export (exportMarkdown).
# Profile `wasm` (opt-level 2 with the inlining limits of .cargo/config.toml, lto, panic=abort); no
# wasm-opt: it made the gzip size larger (see ../shared/TOOLCHAIN.md).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm --features exports
wasm-bindgen --target web --remove-name-section --no-typescript --out-dir www/pkg \
  target/wasm32-unknown-unknown/wasm/nutshell.wasm
