#!/usr/bin/env bash
# Tests of the npm package (tests/package/): builds it (scripts/build-npm.sh) and the CLI it is
# compared with, then type-checks a TypeScript consumer, runs the examples in Node and headless
# Chromium, and pins the exports. Needs `npm ci` (typescript, playwright-core) and
# /usr/bin/chromium, which scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-npm.sh
cargo build --quiet --release --bin nutshell
node --test --test-concurrency=1 tests/package/
