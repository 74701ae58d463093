#!/usr/bin/env bash
# Every test, from a fresh clone: `make test` runs this. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --check
step "lint"
cargo clippy --quiet --all-targets -- -D warnings
step "native tests"
cargo test --quiet --release
step "page build (wasm-pack, esbuild)"
scripts/build-page.sh
step "download size, by file and by crate"
scripts/size-check.sh
step "extension build (Chrome and Firefox), web-ext lint"
scripts/build-extension.sh --no-page
# Mozilla's linter on the Firefox build (warnings count as errors: it has none today).
node_modules/.bin/web-ext lint --source-dir "$(node scripts/layout.mjs extension)/firefox" \
  --no-config-discovery --warnings-as-errors
step "page modules and the extension's build (node:test)"
node --test tests/page/ tests/extension/
if [ -x scripts/test-browser.sh ]; then
  step "browser tests"
  scripts/test-browser.sh
fi
if [ -x scripts/test-package.sh ]; then step "npm package tests"; scripts/test-package.sh; fi
# A short fuzz run of every target (60 s in total; FUZZ_SECONDS=0 skips it, e.g. for a quick
# local run). Long runs: fuzz/README.md.
if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
  step "fuzz smoke"
  scripts/fuzz-smoke.sh
fi
