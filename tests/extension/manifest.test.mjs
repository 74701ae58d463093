// The built extension, without a browser: the two manifests are the build script's, differ only
// where Chrome and Firefox differ, ask for the stated permissions and no site, allow no remote
// code and no connection; the zips hold exactly the folders' files; every panel string is in
// both languages (tests/page/strings.test.mjs checks the table itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXTENSION, listFiles } from '../../scripts/layout.mjs';
import { extensionManifest, EXTENSION_CSP, EXTENSION_MESSAGES } from '../../scripts/build.mjs';

const built = (browser) => JSON.parse(readFileSync(path.join(EXTENSION, browser, 'manifest.json'), 'utf8'));
const chrome = built('chrome');
const firefox = built('firefox');

test('the manifests are the build script’s, and differ only where the browsers do', () => {
  assert.deepEqual(chrome, extensionManifest('chrome', chrome.version));
  assert.deepEqual(firefox, extensionManifest('firefox', firefox.version));
  const ONLY = {
    chrome: ['side_panel', 'minimum_chrome_version'],
    firefox: ['sidebar_action', 'browser_specific_settings'],
    both: ['background', 'permissions'],
  };
  const keys = new Set([...Object.keys(chrome), ...Object.keys(firefox)]);
  for (const k of keys) {
    if (ONLY.chrome.includes(k)) assert.ok(!(k in firefox), `${k}: Chrome only`);
    else if (ONLY.firefox.includes(k)) assert.ok(!(k in chrome), `${k}: Firefox only`);
    else if (!ONLY.both.includes(k)) assert.deepEqual(chrome[k], firefox[k], `${k}: the same in both`);
  }
  assert.deepEqual(chrome.background, { service_worker: 'background.js' });
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  assert.equal(chrome.side_panel.default_path, firefox.sidebar_action.default_panel);
  // Chrome's side panel needs its own permission; otherwise the same.
  assert.deepEqual(chrome.permissions.filter((p) => p !== 'sidePanel'), firefox.permissions);
});

test('the permissions: activeTab, scripting, storage, contextMenus; no site, no content script, nothing exposed', () => {
  assert.deepEqual(firefox.permissions, ['activeTab', 'scripting', 'storage', 'contextMenus']);
  for (const m of [chrome, firefox]) {
    for (const k of ['host_permissions', 'optional_host_permissions', 'optional_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources']) {
      assert.equal(m[k], undefined, `no ${k}`);
    }
    assert.equal(m.manifest_version, 3);
  }
  assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
});

test('the extension pages’ CSP: own files only, the wasm allowed, no connection, Trusted Types required', () => {
  for (const m of [chrome, firefox]) assert.equal(m.content_security_policy.extension_pages, EXTENSION_CSP);
  const directives = Object.fromEntries(EXTENSION_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['require-trusted-types-for'], ["'script'"]);
  assert.ok(!/https?:|\*|'unsafe-(inline|eval)'/.test(EXTENSION_CSP), 'no remote source, no inline script, no eval');
  // No remote code: the panel loads its own files only.
  const panel = readFileSync(path.join(EXTENSION, 'chrome', 'panel.html'), 'utf8');
  for (const m of panel.matchAll(/\b(?:src|href)="([^"]*)"/g)) assert.ok(!/^[a-z]+:|^\/\//i.test(m[1]), `a file of its own: ${m[1]}`);
});

test('the zips hold exactly the folders’ files, byte for byte', () => {
  for (const browser of ['chrome', 'firefox']) {
    const zip = readFileSync(path.join(EXTENSION, readdirSync(EXTENSION).find((f) => f.endsWith(`-${browser}.zip`))));
    const names = [];
    for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; ) {
      const size = zip.readUInt32LE(at + 18);
      const nameLength = zip.readUInt16LE(at + 26);
      const name = zip.subarray(at + 30, at + 30 + nameLength).toString();
      const data = zlib.inflateRawSync(zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size));
      assert.deepEqual(data, readFileSync(path.join(EXTENSION, browser, name)), `${browser}: ${name}`);
      names.push(name);
      at += 30 + nameLength + size;
    }
    assert.deepEqual(names, listFiles(path.join(EXTENSION, browser)));
    assert.ok(names.includes('pkg/nutshell_bg.wasm') && names.includes('panel.js') && names.includes('_locales/fr/messages.json'));
  }
});

test('the manifest’s and the menu’s strings, in English and French', () => {
  for (const lang of ['en', 'fr']) {
    const messages = JSON.parse(readFileSync(path.join(EXTENSION, 'firefox', '_locales', lang, 'messages.json'), 'utf8'));
    assert.deepEqual(Object.keys(messages), EXTENSION_MESSAGES);
    for (const k of EXTENSION_MESSAGES) assert.ok(messages[k].message.trim(), `${lang} ${k}`);
  }
  assert.ok(chrome.description.startsWith('__MSG_'));
  const en = JSON.parse(readFileSync(path.join(EXTENSION, 'chrome', '_locales', 'en', 'messages.json'), 'utf8'));
  assert.ok(en.extDescription.message.length <= 132, 'Chrome’s limit for a description');
});
