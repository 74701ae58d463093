#!/usr/bin/env bash
# Builds the page as it is served and shipped: the wasm (scripts/build-wasm.sh), then www/ with it
# into the built page's folder (scripts/build.mjs page; the folder is named in scripts/layout.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-wasm.sh
node scripts/build.mjs page
