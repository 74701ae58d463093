#!/usr/bin/env bash
# Builds the npm package into pkg/ (not committed) from its wasm build (scripts/build-wasm.sh npm:
# `wasm-pack build --target web`, the page's build and exportJson): the minified ES module glue and
# the module without its name section (scripts/build.mjs npm), the hand-written types
# (npm/nutshell.d.ts), npm/README.md and a package.json whose version is Cargo.toml's. wasm-pack's
# own package.json and README (--no-pack) are not used: npm/ has ours.
#
# wasm-bindgen's generated declarations type every result `any`; we keep our own instead, but
# first check that they declare every function wasm-bindgen exports, so a new #[wasm_bindgen]
# function cannot ship untyped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-wasm.sh npm
wasm=$(node scripts/layout.mjs wasm-npm)
rm -rf pkg
node scripts/build.mjs npm

exported() { sed -n 's/^export function \([A-Za-z0-9_]*\).*/\1/p' "$1" | LC_ALL=C sort -u; }
missing=$(LC_ALL=C comm -23 <(exported "$wasm/nutshell.d.ts") <(exported npm/nutshell.d.ts))
if [ -n "$missing" ]; then
  echo "build-npm: npm/nutshell.d.ts does not declare: $missing" >&2
  exit 1
fi
grep -q '^export default function init' npm/nutshell.d.ts

cp npm/nutshell.d.ts pkg/nutshell.d.ts
cp npm/README.md pkg/README.md
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
sed "s/\"version\": \"[^\"]*\"/\"version\": \"$version\"/" npm/package.json > pkg/package.json
