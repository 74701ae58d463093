#!/usr/bin/env bash
# Installs what Nutshell needs to build, serve and test, idempotently: fast when all is present.
#   scripts/setup.sh            everything (wasm target, wasm-bindgen-cli, wasm-pack, npm packages,
#                               chromium and chromedriver, firefox-esr and geckodriver)
#   scripts/setup.sh --serve    only what `make serve` needs (no browser)
# Nothing here downloads a prebuilt binary or a browser of its own: Rust tools (geckodriver too)
# come from crates.io, Chromium and Firefox ESR from Debian, JS packages from npm. See ../shared/TOOLCHAIN.md for the traps avoided here.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-all}
say() { printf 'setup: %s\n' "$*" >&2; }

# Debian's binaryen (wasm-opt 108) emits modules that fail to load; we never run wasm-opt (it is off
# for wasm-pack in Cargo.toml), but say so if it is there.
if command -v wasm-opt >/dev/null 2>&1 && wasm-opt --version 2>/dev/null | grep -q 'version 108'; then
  say "warning: Debian's wasm-opt 108 is on PATH; it breaks wasm builds (we do not use it)."
fi

command -v cargo >/dev/null || { say "cargo not found: install Rust with rustup first"; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen pinned in Cargo.toml exactly.
want=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
[ -n "$want" ] || { say "cannot read the pinned wasm-bindgen version from Cargo.toml"; exit 1; }
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$want" --locked 2>/dev/null \
    || cargo install wasm-bindgen-cli --version "$want"
fi

# wasm-pack builds the module (scripts/build-wasm.sh) and runs the wasm tests; it runs in
# no-install mode, with the wasm-bindgen above and Debian's chromedriver, so it downloads nothing.
wasm_pack=0.15.1
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}' || true)" != "$wasm_pack" ]; then
  say "installing wasm-pack $wasm_pack (about 2 minutes, once)"
  cargo install wasm-pack --version "$wasm_pack" --locked
fi

if [ -f package.json ]; then
  # esbuild builds the page; the end-to-end tests use node:test and playwright-core. Node.js 20 or
  # newer (Debian 12's own nodejs is 18; the machine image ships 20).
  node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$node_major" -lt 20 ]; then
    say "Node.js 20 or newer is needed to build the page (found: $(node --version 2>/dev/null || echo none))"
    exit 1
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages"
    npm ci --no-audit --no-fund --silent
  fi
fi

[ "$mode" = "--serve" ] && exit 0

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
# Firefox ESR: the page's smoke test and the extension's Firefox build run in it (tests/firefox/).
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v python3 >/dev/null || need_apt+=(python3 python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# geckodriver drives Firefox ESR for tests/firefox/ (W3C WebDriver; built from crates.io, never a
# downloaded binary). Like wasm-bindgen-cli, --locked can meet the registry mirror's lag: retried
# without it.
geckodriver=0.37.1
if [ "$(geckodriver --version 2>/dev/null | head -n1 | awk '{print $2}' || true)" != "$geckodriver" ]; then
  say "installing geckodriver $geckodriver (a few minutes, once)"
  cargo install geckodriver --version "$geckodriver" --locked 2>/dev/null \
    || cargo install geckodriver --version "$geckodriver"
fi
