#!/usr/bin/env bash
# What the page ships, measured as shipped: every file of the built page (scripts/build.mjs page,
# in the folder scripts/layout.mjs names), raw and after `gzip -9`, and the download of one
# article against the budget (below); then the WebAssembly module by crate (scripts/wasm-crates.mjs: each function's code
# counted under its crate, read from the name section of the build before it is stripped, no
# twiggy needed). Prints the gzip total against the budget; fails if it is over the ceiling.
# Budget: everything the page downloads to analyse one article, 300 KB (307,200 bytes) gzip: the
# core (HTML, JS, CSS, the manifest, the icon and the wasm; the page downloads every one of these:
# the service worker keeps them all offline, the bookmarklet's source too) and the largest
# language's share, its entity model (models/entities-<lang>.bin: the page fetches only the
# models of its texts' languages, one per article).
#
# The budget is not met today (issue 20 stays open): the regex crates (about 55 KB gzip), the
# learned salience model and entity tagger in the module (about 25 KB) and the largest entity
# model (38.8 KB) came on top of a page of 220 KB, and the next lever, each language's word tables
# loaded on demand like its model, is not built yet. Until it is, the check holds the download
# where it was measured when the models landed: it fails above the ceiling (385,174 bytes on
# 2026-12-04, plus 1 %), so nothing grows while the budget is worked towards, and it prints by how
# much the budget is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${NUTSHELL_SIZE_BUDGET:-307200}
ceiling=${NUTSHELL_SIZE_CEILING:-389000}
page=$(node scripts/layout.mjs page)
[ -f "$page/pkg/nutshell_bg.wasm" ] || { echo "size: $page/ is not built (scripts/build-page.sh)" >&2; exit 1; }
core_raw=0; core_gz=0; model_raw=0; model_gz=0; model=
printf '%-40s %10s %10s\n' file raw gzip
while IFS= read -r f; do
  rel=${f#"$page"/}
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-40s %10d %10d\n' "$rel" "$raw" "$gz"
  case $rel in
    models/*) if [ "$gz" -gt "$model_gz" ]; then model=$rel; model_raw=$raw; model_gz=$gz; fi ;;
    *) core_raw=$((core_raw + raw)); core_gz=$((core_gz + gz)) ;;
  esac
  [ "$rel" = pkg/nutshell_bg.wasm ] && wasm_gz=$gz
done < <(find "$page" -type f | LC_ALL=C sort)
[ -n "$model" ] || { echo "size: $page/models/ holds no entity model" >&2; exit 1; }
total_gz=$((core_gz + model_gz))
printf '%-40s %10d %10d\n' 'core (every file but models/)' "$core_raw" "$core_gz"
printf '%-40s %10d %10d\n' "largest language share ($model)" "$model_raw" "$model_gz"
printf '%-40s %10d %10d   (budget %d gzip)\n' TOTAL "$((core_raw + model_raw))" "$total_gz" "$budget"
echo
node scripts/wasm-crates.mjs --gzip "$wasm_gz"
if [ "$total_gz" -gt "$budget" ]; then
  echo "size: over the budget (issue 20, not met): $total_gz > $budget bytes gzip by $((total_gz - budget)) (core $core_gz + $model $model_gz)"
fi
if [ "$total_gz" -gt "$ceiling" ]; then
  echo "size: the page's download grew past its ceiling: $total_gz > $ceiling bytes gzip (core $core_gz + $model $model_gz)" >&2
  exit 1
fi
