#!/usr/bin/env bash
# Browser tests, headless: the wasm-bindgen tests of the JS API (tests/wasm.rs, `wasm-pack test` in
# Chromium through Debian's chromedriver), then the end-to-end tests of the built page and the
# bookmarklet (tests/e2e/, Playwright driving Debian's /usr/bin/chromium). scripts/setup.sh
# installs everything they need; the page must be built (scripts/build-page.sh, as
# scripts/test.sh does first).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test-browser: %s\n' "$*" >&2; }

chromedriver=$(command -v chromedriver || true)
[ -n "$chromedriver" ] || { say "chromedriver not found: run scripts/setup.sh"; exit 1; }
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-60}

say "wasm-bindgen tests in Chromium (tests/wasm.rs, wasm-pack test)"
# --mode no-install: the wasm-bindgen-test-runner on PATH (installed with wasm-bindgen-cli at the
# pinned version), never a download; --chromedriver: wasm-pack ignores $CHROMEDRIVER, and would
# download a chromedriver it does not find. The tests build as `cargo test` builds them (the dev
# profile, with the wasm target's flags of .cargo/config.toml), not with the page's `wasm` profile.
timeout 900 wasm-pack --log-level warn test --headless --chrome --chromedriver "$chromedriver" \
  --mode no-install . --test wasm

page=$(node scripts/layout.mjs page)
[ -f "$page/index.html" ] || { say "$page/ is not built: run scripts/build-page.sh"; exit 1; }
say "end-to-end tests in Chromium (tests/e2e/, the built page in $page/)"
timeout 600 node --test --test-concurrency=1 tests/e2e/
