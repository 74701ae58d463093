#!/usr/bin/env node
// Where the builds put what they make (git-ignored, never committed). Every script and test that
// reads a build takes its folder from here; shell scripts ask with `node scripts/layout.mjs page`
// (or `wasm`, `wasm-npm`), which prints the folder relative to the project.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built page, as it is served and shipped (scripts/build.mjs page). */
export const PAGE_DIR = 'dist';
/** wasm-pack's output, the page's (and the extension's) wasm build, its name section kept
 * (scripts/build-wasm.sh); the shipped copies are made from it. */
export const WASM_DIR = 'target/wasm-pack';
/** The npm package's wasm build: the page's and exportJson (scripts/build-wasm.sh npm). */
export const WASM_NPM_DIR = 'target/wasm-pack-npm';
/** The browser extension (scripts/build.mjs extension): one folder per browser, as installed
 * unpacked (chrome/, firefox/), and their zips. */
export const EXTENSION_DIR = 'dist-extension';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGE = path.join(ROOT, PAGE_DIR);
export const WASM = path.join(ROOT, WASM_DIR);
export const WASM_NPM = path.join(ROOT, WASM_NPM_DIR);
export const EXTENSION = path.join(ROOT, EXTENSION_DIR);

/** Every file under `dir`, relative to it ('/'-separated), sorted. */
export function listFiles(dir, under = '') {
  return readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.posix.join(under, e.name)) : [path.posix.join(under, e.name)]))
    .sort();
}

/** The entity models' folder in the built page, the extension and the npm package: one file per
 * language (entities-<lang>.bin, copied from src/lang/models/), fetched only for that language. */
export const MODELS_DIR = 'models';
export const MODELS_SRC = path.join(ROOT, 'src/lang/models');

/** What the service worker of the built page in `dir` keeps for offline use: every file but
 * itself and the entity models (each is kept when the page first fetches it), and './' (the
 * address of index.html). */
export const cachedFiles = (dir) => ['./', ...listFiles(dir).filter((f) => f !== 'sw.js' && !f.startsWith(`${MODELS_DIR}/`))];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const which = { page: PAGE_DIR, wasm: WASM_DIR, 'wasm-npm': WASM_NPM_DIR, extension: EXTENSION_DIR }[process.argv[2] || 'page'];
  if (!which) {
    console.error('usage: node scripts/layout.mjs [page|wasm|wasm-npm|extension]');
    process.exit(2);
  }
  console.log(which);
}
