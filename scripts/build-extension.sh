#!/usr/bin/env bash
# Builds the browser extension, for Chrome and Firefox, from extension/ and the built page: the
# page first (scripts/build-page.sh), then scripts/build.mjs extension, which writes one folder
# per browser (to load unpacked) and their zips (to install), in the folder scripts/layout.mjs
# names. `make extension` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-page" ] || scripts/build-page.sh
node scripts/build.mjs extension
