#!/usr/bin/env bash
# Builds the npm package into pkg/ (not committed): wasm-bindgen's `--target web` ES module and
# .wasm, the hand-written types (npm/nutshell.d.ts), npm/README.md and a package.json whose
# version is Cargo.toml's. The same wasm build as the page's (scripts/build-wasm.sh, the `exports`
# feature included: exportMarkdown and exportJson).
#
# wasm-bindgen's generated declarations type every result `any`; we keep our own instead, but
# first check that they declare every function wasm-bindgen exports, so a new #[wasm_bindgen]
# function cannot ship untyped.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm --features exports
rm -rf pkg
wasm-bindgen --target web --remove-name-section --out-dir pkg \
  target/wasm32-unknown-unknown/wasm/nutshell.wasm

exported() { sed -n 's/^export function \([A-Za-z0-9_]*\).*/\1/p' "$1" | LC_ALL=C sort -u; }
missing=$(LC_ALL=C comm -23 <(exported pkg/nutshell.d.ts) <(exported npm/nutshell.d.ts))
if [ -n "$missing" ]; then
  echo "build-npm: npm/nutshell.d.ts does not declare: $missing" >&2
  exit 1
fi
grep -q '^export default function init' npm/nutshell.d.ts

cp npm/nutshell.d.ts pkg/nutshell.d.ts
rm -f pkg/nutshell_bg.wasm.d.ts   # the raw exports; the package does not expose them
cp npm/README.md pkg/README.md
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
sed "s/\"version\": \"[^\"]*\"/\"version\": \"$version\"/" npm/package.json > pkg/package.json
