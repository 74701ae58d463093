#!/usr/bin/env bash
# What the page ships, measured as shipped: every file of the built page (scripts/build.mjs page,
# in the folder scripts/layout.mjs names), raw and after `gzip -9`, and the total against the
# budget; then the WebAssembly module by crate (scripts/wasm-crates.mjs: each function's code
# counted under its crate, read from the name section of the build before it is stripped, no
# twiggy needed). Fails if the gzip total is over the budget.
# Budget: everything the page downloads to analyse one article, 300 KB (307,200 bytes) gzip: HTML,
# JS, CSS, the manifest, the icon and the wasm, every language included. (The page downloads
# every file it ships: the bookmarklet's source and the service worker too.)
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${NUTSHELL_SIZE_BUDGET:-307200}
page=$(node scripts/layout.mjs page)
[ -f "$page/pkg/nutshell_bg.wasm" ] || { echo "size: $page/ is not built (scripts/build-page.sh)" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-40s %10s %10s\n' file raw gzip
while IFS= read -r f; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "${f#"$page"/}" "$raw" "$gz"
  [ "${f#"$page"/}" = pkg/nutshell_bg.wasm ] && wasm_gz=$gz
done < <(find "$page" -type f | LC_ALL=C sort)
printf '%-40s %10d %10d   (budget %d gzip)\n' TOTAL "$total_raw" "$total_gz" "$budget"
echo
node scripts/wasm-crates.mjs --gzip "$wasm_gz"
if [ "$total_gz" -gt "$budget" ]; then
  echo "size: the page's download is over budget: $total_gz > $budget bytes gzip" >&2
  exit 1
fi
