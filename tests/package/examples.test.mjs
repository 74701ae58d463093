// The examples, run as a user would: examples/node.mjs in Node, examples/browser.html in headless
// Chromium (served from the repository's root by tests/e2e/server.mjs), and the package's manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { fixture, pkg, root } from './helpers.mjs';
import { serve } from '../e2e/server.mjs';

const run = promisify(execFile);
const golden = async () =>
  (await readFile(`${root}tests/golden/nvidia-europe-fr.3.txt`, 'utf8')).trimEnd().split('\n');
const cargoVersion = async () =>
  /^version = "([^"]+)"/m.exec(await readFile(`${root}Cargo.toml`, 'utf8'))[1];

test('examples/node.mjs prints the reference article\'s summary', async () => {
  const { stdout, stderr } = await run(process.execPath, [`${root}examples/node.mjs`], { cwd: root });
  assert.equal(stderr, '');
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], `# Nvidia passe à l’offensive en Europe  [nutshell ${await cargoVersion()}, fr]`);
  assert.deepEqual(lines.slice(1, 4), (await golden()).map((s) => `- ${s}`));
  assert.match(lines[4], /^People: .*Jensen Huang \(\d+\)/);
  assert.equal(lines.length, 5, stdout);
});

test('examples/browser.html summarises in Chromium under its CSP, with no console error', async () => {
  const server = await serve(root);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    const response = await page.goto(`${server.origin}/examples/browser.html`);
    assert.equal(response.status(), 200);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await page.fill('#text', await fixture('nvidia-europe-fr.txt'));
    await page.click('#go');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length > 0);
    const items = await page.$$eval('#summary li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(items, await golden());
    assert.match(await page.textContent('#status'), /^3 of \d+ sentences, language fr\.$/);
    // The module and the wasm came from the package, nothing from elsewhere.
    assert.ok(server.requests.includes('/pkg/nutshell.js'), server.requests.join(' '));
    assert.ok(server.requests.includes('/pkg/nutshell_bg.wasm'), server.requests.join(' '));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('pkg/package.json describes the files that are there', async () => {
  const manifest = JSON.parse(await readFile(`${pkg}package.json`, 'utf8'));
  assert.equal(manifest.version, await cargoVersion());
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  assert.equal(manifest.exports['.'].types, './nutshell.d.ts');
  assert.equal(manifest.exports['.'].default, manifest.main);
  const present = (await readdir(pkg)).sort();
  assert.deepEqual(present, [...manifest.files, 'package.json'].sort());
  for (const f of [manifest.main, manifest.module, manifest.types]) {
    assert.ok(present.includes(f.replace('./', '')), f);
  }
  // The shipped declarations are ours, not wasm-bindgen's `any`.
  const dts = await readFile(`${pkg}nutshell.d.ts`, 'utf8');
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bany\b/);
  assert.match(dts, /export function analyze\(text: string, options\?: Options \| null\): Analysis;/);
});
