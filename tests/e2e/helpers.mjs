// Shared set-up for the end-to-end tests: Debian's Chromium (never a downloaded browser), the
// built Nutshell page (scripts/build.mjs page, in the folder scripts/layout.mjs names) served as
// it is shipped, and watchers for errors and requests.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { PAGE } from '../../scripts/layout.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built page's folder. */
export { PAGE };
if (!existsSync(path.join(PAGE, 'index.html'))) throw new Error(`${PAGE} is not built (scripts/build-page.sh)`);
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const fixture = (name) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The page's one inline script (the boot script that starts compiling the wasm), as shipped. */
export const BOOT_SCRIPT = readFileSync(path.join(PAGE, 'index.html'), 'utf8').match(/<script>([^<]*)<\/script>/)[1];
const bootHash = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

/** The page's CSP: scripts only from its own origin, and the boot script by its hash. */
export const CSP =
  `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${bootHash}; worker-src 'self'; style-src 'self'; img-src 'self' data:; ` +
  "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; " +
  // Trusted Types: no HTML or script from strings; the worker's and the service worker's
  // addresses through one policy each (engine.js, app.js).
  "require-trusted-types-for 'script'; trusted-types nutshell-worker nutshell-sw";

/** Debian's Chromium, and the flags every test starts it with (no sandbox in a container, none of
 * its own background requests). */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export function serveNutshell() {
  return serve(PAGE);
}

/**
 * For a test file: Chromium launched and the page served before its tests, both closed after
 * them; `started(browser, site)` receives them.
 */
export function useNutshell(started) {
  let browser;
  let site;
  before(async () => {
    [browser, site] = await Promise.all([launch(), serveNutshell()]);
    started(browser, site);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
}

/**
 * Watches every page of `context` whose URL starts with `origin`: console errors, uncaught
 * exceptions, and every request made by any page (with its URL).
 */
export function watch(context, origin) {
  const errors = [];
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const onPage = (page) => {
    page.on('pageerror', (e) => {
      if (page.url().startsWith(origin)) errors.push(`pageerror: ${e.message}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && page.url().startsWith(origin)) errors.push(`console: ${m.text()}`);
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return { errors, requests };
}

/** Opens the Nutshell page and waits until its engine is loaded. */
export async function openNutshell(context, origin, hash = '') {
  const page = await context.newPage();
  await page.goto(`${origin}/${hash}`);
  await waitReady(page);
  return page;
}

export async function waitReady(page) {
  await page.waitForFunction(() => /Ready/.test(document.getElementById('engine').textContent), null, {
    timeout: 15000,
  });
}

/** The summary as shown: the text of each item without its [§n] link. */
export function summaryOf(page) {
  return page.$$eval('#summary li .sentence', (items) => items.map((li) => li.textContent));
}

export const squash = (s) => s.replace(/\s+/g, ' ').trim();
