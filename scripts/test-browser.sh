#!/usr/bin/env bash
# Browser tests, headless, one browser at a time: the wasm-bindgen tests of the JS API
# (tests/wasm.rs, `wasm-pack test` in Chromium through Debian's chromedriver), then the end-to-end
# tests of the built page, the bookmarklet and the extension (tests/e2e/, Playwright driving
# Debian's /usr/bin/chromium), then the page and the extension in Firefox ESR (tests/firefox/,
# geckodriver). scripts/setup.sh installs everything they need; the page and the extension must
# be built (scripts/build-extension.sh, as scripts/test.sh does first).
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
ext=$(node scripts/layout.mjs extension)
[ -f "$ext/chrome/manifest.json" ] || { say "$ext/ is not built: run scripts/build-extension.sh"; exit 1; }
say "end-to-end tests in Chromium (tests/e2e/, the built page in $page/, the extension in $ext/)"
timeout 900 node --test --test-concurrency=1 tests/e2e/
command -v geckodriver >/dev/null || { say "geckodriver not found: run scripts/setup.sh"; exit 1; }
say "the page and the extension in Firefox ESR (tests/firefox/, geckodriver)"
timeout 300 node --test --test-concurrency=1 tests/firefox/
