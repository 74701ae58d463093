#!/usr/bin/env bash
# Prints the raw and gzip size of every file the page can download (everything under www/, the
# built www/pkg/ included) and fails if the gzip total is over the budget.
# Budget: 300 KB (307,200 bytes) gzip for HTML, JS, CSS and wasm together, every language included.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${NUTSHELL_SIZE_BUDGET:-307200}
[ -f www/pkg/nutshell_bg.wasm ] || { echo "size: www/pkg is not built (scripts/build-wasm.sh)" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-40s %10s %10s\n' file raw gzip
while IFS= read -r f; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "${f#www/}" "$raw" "$gz"
done < <(find www -type f ! -name '*.d.ts' ! -name '.gitignore' ! -name '*.md' | LC_ALL=C sort)
printf '%-40s %10d %10d   (budget %d gzip)\n' TOTAL "$total_raw" "$total_gz" "$budget"
if [ "$total_gz" -gt "$budget" ]; then
  echo "size: the page's download is over budget: $total_gz > $budget bytes gzip" >&2
  exit 1
fi
