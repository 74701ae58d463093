#!/usr/bin/env bash
# Browser tests, headless: the wasm-bindgen tests of the JS API (tests/wasm.rs, in Chromium through
# chromedriver), then the end-to-end tests of the page and the bookmarklet (tests/e2e/, Playwright
# driving Debian's /usr/bin/chromium). scripts/setup.sh installs everything they need.
# Expects www/pkg/ built (scripts/test.sh builds it first; so does scripts/build-wasm.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test-browser: %s\n' "$*" >&2; }

CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver || true)}
[ -n "$CHROMEDRIVER" ] || { say "chromedriver not found: run scripts/setup.sh"; exit 1; }
export CHROMEDRIVER
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-60}
# wasm-bindgen-test-runner is headless unless NO_HEADLESS=1 (which opens a window, to debug).

say "wasm-bindgen tests in Chromium (tests/wasm.rs)"
# Same as `wasm-pack test --headless --chrome --test wasm`, without needing wasm-pack.
timeout 600 cargo test --target wasm32-unknown-unknown --test wasm

[ -f www/pkg/nutshell.js ] || { say "www/pkg/ is missing: run scripts/build-wasm.sh"; exit 1; }
say "end-to-end tests in Chromium (tests/e2e/)"
timeout 300 node --test --test-concurrency=1 tests/e2e/
