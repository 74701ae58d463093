#!/usr/bin/env node
// Makes what is shipped from the readable, commented sources, with esbuild (pinned in
// package.json), from the one wasm build of scripts/build-wasm.sh (target/wasm-pack/):
//
//   node scripts/build.mjs page   the page: www/ → the built page's folder (named in
//                                 scripts/layout.mjs), which `make serve` and the tests serve
//   node scripts/build.mjs npm    the npm package's module and glue (scripts/build-wasm.sh npm) into
//                                 pkg/ (scripts/build-npm.sh adds the types, README and package.json)
//   node scripts/build.mjs extension   the browser extension, from extension/ and the built page
//                                 (run `page` first): one folder per browser and their zips, in
//                                 the extension's folder (scripts/layout.mjs)
//
// The page: app.js and its modules (ui/) become one minified app.js, as engine.js, worker.js
// and sw.js are minified on their own (engine.js stays a module of its own: index.html loads it
// and app.js imports the same instance); the glue is minified and the module loses its name
// section (what `wasm-bindgen --remove-name-section` drops: function names, for stack traces
// only); style.css is minified; index.html, icon.svg, the manifest and the entity models
// (models/entities-<lang>.bin, from src/lang/models/) are copied as they are;
// bookmarklet.js is bundled with the on-page code it shares with the extension (onpage/) into one
// self-contained script, not minified (the bookmarklet link the page makes from it is meant to
// be readable in the bookmark). The service worker keeps exactly the files built here but the
// models (it keeps each one once fetched): their list is written into sw.js. index.html's CSP
// must allow its inline boot script by its SHA-256 hash, or the build fails.
//
// The extension (extension/, one source for Chrome and Firefox): the two manifests are made here
// (extensionManifest: they differ only where the browsers do), with _locales/ from the interface's
// string table (www/ui/strings.js); panel.html gets index.html's shared parts (sharedParts);
// panel.js is bundled with the page's modules; engine.js, worker.js, the module and style.css
// are the built page's own files; the icons are drawn as PNG (scripts/icons.mjs); each folder is
// zipped reproducibly (scripts/zip.mjs).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, PAGE, WASM, WASM_NPM, EXTENSION, MODELS_DIR, MODELS_SRC, cachedFiles } from './layout.mjs';
import { ICON_SIZES, iconPng } from './icons.mjs';
import { zipFolder } from './zip.mjs';

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
  for (const f of ['icon.svg', 'manifest.webmanifest']) cpSync(path.join(WWW, f), path.join(PAGE, f));
  await esbuild.build({
    entryPoints: [path.join(WWW, 'bookmarklet.js')],
    outfile: path.join(PAGE, 'bookmarklet.js'),
    bundle: true,
    // Wrapped: run as a javascript: URL in the news page's global scope, nothing of it may become
    // a global of that page (the wrapper returns undefined, so the page is not replaced either).
    format: 'iife',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  await esbuild.build({ ...MINIFY, entryPoints: [path.join(WASM, 'nutshell.js')], outdir: path.join(PAGE, 'pkg') });
  writeFileSync(path.join(PAGE, 'pkg/nutshell_bg.wasm'), withoutNames(readFileSync(path.join(WASM, 'nutshell_bg.wasm'))));
  // The entity models, fetched by engine.js one language at a time (the module has none).
  cpSync(MODELS_SRC, path.join(PAGE, MODELS_DIR), { recursive: true });

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
  await esbuild.build({ ...MINIFY, entryPoints: [path.join(WASM_NPM, 'nutshell.js')], outdir: NPM });
  writeFileSync(path.join(NPM, 'nutshell_bg.wasm'), withoutNames(readFileSync(path.join(WASM_NPM, 'nutshell_bg.wasm'))));
  // The entity models, for loadEntityModel (the module has none built in).
  cpSync(MODELS_SRC, path.join(NPM, MODELS_DIR), { recursive: true });
}

// ---- the extension

const EXT = path.join(ROOT, 'extension');

/** The extension pages' CSP: their own files only, the wasm allowed, no connection anywhere but
 * to their own files, no plugin, Trusted Types required (the worker's address through
 * engine.js's one policy). */
export const EXTENSION_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "require-trusted-types-for 'script'; trusted-types nutshell-worker";

/** The strings of www/ui/strings.js that the manifest and the menu use, by the same ids. */
export const EXTENSION_MESSAGES = ['extName', 'extDescription', 'extAction', 'extMenuSelection'];

/** Firefox's id for the extension (its storage and its moz-extension:// address follow it). */
export const GECKO_ID = 'nutshell@nutshell';

/** The files of the built page that the extension uses as they are. */
const FROM_PAGE = ['engine.js', 'worker.js', 'style.css', 'pkg/nutshell.js', 'pkg/nutshell_bg.wasm'];

/**
 * The manifest for `browser` ('chrome' or 'firefox'). One object; the browsers' differences and
 * nothing else: the background (Chrome: a service worker; Firefox: an event page), the side
 * panel (Chrome: side_panel, which needs the sidePanel permission; Firefox: sidebar_action), and
 * each browser's own settings (Firefox: its id and versions, and that no data is collected).
 * Permissions: activeTab (the reader's click grants access to that one tab), scripting (to run
 * onpage/ there), storage (storage.session: the click's request to the panel), contextMenus
 * ("Summarise selection"); none of them shows an install warning, and there are no host
 * permissions.
 */
export function extensionManifest(browser, version) {
  const icons = Object.fromEntries(ICON_SIZES.map((n) => [String(n), `icons/icon-${n}.png`]));
  const permissions = ['activeTab', 'scripting', 'storage', 'contextMenus'];
  const m = {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Nutshell',
    version,
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons,
    action: { default_title: '__MSG_extAction__', default_icon: icons },
    permissions,
    content_security_policy: { extension_pages: EXTENSION_CSP },
  };
  if (browser === 'chrome') {
    return {
      ...m,
      permissions: [...permissions, 'sidePanel'],
      background: { service_worker: 'background.js' },
      side_panel: { default_path: 'panel.html' },
      minimum_chrome_version: '116', // sidePanel.open
    };
  }
  if (browser === 'firefox') {
    return {
      ...m,
      background: { scripts: ['background.js'] },
      sidebar_action: { default_panel: 'panel.html', default_title: '__MSG_extName__', default_icon: icons, open_at_install: false },
      browser_specific_settings: {
        // 140: the CSS Custom Highlight API, and the data collection declaration ("none": nothing
        // is collected or sent), which Firefox for Android has from 142.
        gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    };
  }
  throw new Error(`no such browser: ${browser}`);
}

/** index.html's parts marked `<!-- shared: NAME … -->` … `<!-- /shared: NAME -->`, by name. */
export function sharedParts(html) {
  const parts = new Map();
  for (const m of html.matchAll(/^[ \t]*<!-- shared: (\w+)[^>]*-->\n([^]*?)^[ \t]*<!-- \/shared: \1 -->\n/gm)) parts.set(m[1], m[2]);
  return parts;
}

/** extension/panel.html with index.html's shared parts in place of its `<!-- shared: NAME -->`. */
export function panelHtml() {
  const parts = sharedParts(readFileSync(path.join(WWW, 'index.html'), 'utf8'));
  return readFileSync(path.join(EXT, 'panel.html'), 'utf8').replace(/^[ \t]*<!-- shared: (\w+) -->\n/gm, (_, name) => {
    if (!parts.has(name)) throw new Error(`index.html has no shared part "${name}"`);
    return parts.get(name);
  });
}

const cargoVersion = () => readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

async function extension() {
  for (const f of FROM_PAGE) {
    if (!existsSync(path.join(PAGE, f))) throw new Error(`${PAGE}/${f} is missing: run scripts/build.mjs page`);
  }
  const { STRINGS } = await import(pathToFileURL(path.join(WWW, 'ui/strings.js')));
  const version = cargoVersion();
  rmSync(EXTENSION, { recursive: true, force: true });
  const zips = [];
  for (const browser of ['chrome', 'firefox']) {
    const out = path.join(EXTENSION, browser);
    mkdirSync(path.join(out, 'pkg'), { recursive: true });
    mkdirSync(path.join(out, 'icons'), { recursive: true });
    writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(extensionManifest(browser, version), null, 2)}\n`);
    for (const lang of ['en', 'fr']) {
      mkdirSync(path.join(out, '_locales', lang), { recursive: true });
      const messages = Object.fromEntries(EXTENSION_MESSAGES.map((k) => [k, { message: STRINGS[k][lang] }]));
      writeFileSync(path.join(out, '_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
    }
    for (const n of ICON_SIZES) writeFileSync(path.join(out, 'icons', `icon-${n}.png`), iconPng(n));
    for (const f of FROM_PAGE) cpSync(path.join(PAGE, f), path.join(out, f));
    // Every language's entity model: the panel's engine fetches the one it needs from here.
    cpSync(path.join(PAGE, MODELS_DIR), path.join(out, MODELS_DIR), { recursive: true });
    // The background stays as written: short, and readable where a reviewer looks.
    cpSync(path.join(EXT, 'background.js'), path.join(out, 'background.js'));
    writeFileSync(path.join(out, 'panel.html'), panelHtml());
    await esbuild.build({
      ...MINIFY,
      entryPoints: [path.join(EXT, 'panel.js')],
      outfile: path.join(out, 'panel.js'),
      bundle: true,
      format: 'esm',
      plugins: [separateModules],
    });
    await esbuild.build({ ...MINIFY, entryPoints: [path.join(EXT, 'panel.css')], outfile: path.join(out, 'panel.css') });
    const zip = path.join(EXTENSION, `nutshell-${version}-${browser}.zip`);
    zips.push([path.relative(ROOT, zip), zipFolder(out, zip)]);
  }
  return zips;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const what = process.argv[2];
  if (what === 'page') console.log(`build: the page in ${path.relative(ROOT, PAGE)}/, ${(await page()).length} files cached offline`);
  else if (what === 'npm') await npm();
  else if (what === 'extension') for (const [zip, size] of await extension()) console.log(`build: ${zip}, ${size} bytes`);
  else {
    console.error('usage: node scripts/build.mjs page|npm|extension');
    process.exit(2);
  }
}
