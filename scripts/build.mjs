#!/usr/bin/env node
// Makes what is shipped from the readable, commented sources, with esbuild (pinned in
// package.json), from the one wasm build of scripts/build-wasm.sh (target/wasm-pack/):
//
//   node scripts/build.mjs page   the page: www/ → the built page's folder (named in
//                                 scripts/layout.mjs), which `make serve` and the tests serve
//   node scripts/build.mjs npm    the npm package's module and glue into pkg/ (scripts/build-npm.sh
//                                 adds the types, README and package.json)
//
// The page: app.js and its modules (ui/) become one minified app.js, as engine.js, worker.js
// and sw.js are minified on their own (engine.js stays a module of its own: index.html loads it
// and app.js imports the same instance); the glue is minified and the module loses its name
// section (what `wasm-bindgen --remove-name-section` drops: function names, for stack traces
// only); style.css is minified; index.html, icon.svg, the manifest and bookmarklet.js are copied
// as they are (the bookmarklet link the page makes from bookmarklet.js is meant to be readable in
// the bookmark). The service worker keeps exactly the files built here: their list is written
// into sw.js. index.html's CSP must allow its inline boot script by its SHA-256 hash, or the
// build fails.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, PAGE, WASM, cachedFiles } from './layout.mjs';

const WWW = path.join(ROOT, 'www');
const NPM = path.join(ROOT, 'pkg');

/** The module without its `name` custom section; every other section stays, byte for byte. */
export function withoutNames(wasm) {
  let at = 8; // after the magic number and the version
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const kept = [wasm.subarray(0, 8)];
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const size = leb();
    const body = at;
    let name = null;
    if (id === 0) name = wasm.subarray(at + 1, at + 1 + wasm[at]).toString(); // custom: name first
    at = body + size;
    if (name !== 'name') kept.push(wasm.subarray(start, at));
  }
  return Buffer.concat(kept);
}

const MINIFY = { minify: true, charset: 'utf8', legalComments: 'none', logLevel: 'warning' };

/** engine.js and pkg/ stay modules of their own, imported from where the page serves them. */
const separateModules = {
  name: 'separate-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = path.relative(WWW, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      const separate = file.startsWith('pkg/') || (file === 'engine.js' && args.kind !== 'entry-point');
      return separate ? { path: `./${file}`, external: true } : undefined;
    });
  },
};

function checkBootScript(html) {
  const boot = html.match(/<script>([^<]*)<\/script>/);
  if (!boot) throw new Error('index.html: no inline boot script');
  const hash = `'sha256-${createHash('sha256').update(boot[1]).digest('base64')}'`;
  if (!html.includes(hash)) throw new Error(`index.html: the CSP does not allow the boot script, whose hash is ${hash}`);
}

async function page() {
  for (const f of ['nutshell.js', 'nutshell_bg.wasm']) {
    if (!existsSync(path.join(WASM, f))) throw new Error(`${WASM}/${f} is missing: run scripts/build-wasm.sh`);
  }
  rmSync(PAGE, { recursive: true, force: true });
  mkdirSync(path.join(PAGE, 'pkg'), { recursive: true });

  await esbuild.build({
    ...MINIFY,
    entryPoints: ['app.js', 'engine.js', 'worker.js'].map((f) => path.join(WWW, f)),
    outdir: PAGE,
    bundle: true,
    format: 'esm',
    plugins: [separateModules],
  });
  await esbuild.build({ ...MINIFY, entryPoints: [path.join(WWW, 'style.css')], outdir: PAGE });
  const html = readFileSync(path.join(WWW, 'index.html'), 'utf8');
  checkBootScript(html);
  writeFileSync(path.join(PAGE, 'index.html'), html);
  for (const f of ['icon.svg', 'manifest.webmanifest', 'bookmarklet.js']) cpSync(path.join(WWW, f), path.join(PAGE, f));
  await esbuild.build({ ...MINIFY, entryPoints: [path.join(WASM, 'nutshell.js')], outdir: path.join(PAGE, 'pkg') });
  writeFileSync(path.join(PAGE, 'pkg/nutshell_bg.wasm'), withoutNames(readFileSync(path.join(WASM, 'nutshell_bg.wasm'))));

  // Last, the service worker, with the list of everything else.
  const files = cachedFiles(PAGE);
  await esbuild.build({
    ...MINIFY,
    entryPoints: [path.join(WWW, 'sw.js')],
    outdir: PAGE,
    define: { NUTSHELL_FILES: JSON.stringify(files) },
  });
  return files;
}

async function npm() {
  mkdirSync(NPM, { recursive: true });
  await esbuild.build({ ...MINIFY, entryPoints: [path.join(WASM, 'nutshell.js')], outdir: NPM });
  writeFileSync(path.join(NPM, 'nutshell_bg.wasm'), withoutNames(readFileSync(path.join(WASM, 'nutshell_bg.wasm'))));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const what = process.argv[2];
  if (what === 'page') console.log(`build: the page in ${path.relative(ROOT, PAGE)}/, ${(await page()).length} files cached offline`);
  else if (what === 'npm') await npm();
  else {
    console.error('usage: node scripts/build.mjs page|npm');
    process.exit(2);
  }
}
