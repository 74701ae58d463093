// The page's interface beyond the analysis: French and English, the keyboard, the screen-reader
// status, the share link (settings only, never the text), the web app manifest, and the offline
// copy being replaced as a whole when the build changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watch, fixture, PAGE, useNutshell } from './helpers.mjs';
import { cachedFiles } from '../../scripts/layout.mjs';
import { serve } from './server.mjs';

const ARTICLE = fixture('nvidia-europe-fr.txt');
let browser;
let site;
useNutshell((b, s) => {
  browser = b;
  site = s;
});

/** A fresh context in `locale`, its page open on `url` once the engine is loaded (any language). */
async function open(t, { locale = 'en-US', url = `${site.origin}/` } = {}) {
  const context = await browser.newContext({ locale });
  t.after(() => context.close());
  const watched = watch(context, site.origin);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '', null, { timeout: 15000 });
  return { context, page, ...watched };
}

const label = (page, id) => page.textContent(`label[for="${id}"]`);

test('the interface follows the browser’s language, and the switch flips it and is remembered', async (t) => {
  const en = await open(t, { locale: 'en-US' });
  assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
  assert.equal(await label(en.page, 'length'), 'Length');
  assert.match(await en.page.textContent('#engine'), /^Ready/);

  const { page, errors } = await open(t, { locale: 'fr-FR' });
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await label(page, 'length'), 'Longueur');
  assert.equal(await label(page, 'unit'), 'Longueur du résumé en');
  assert.match(await page.textContent('#engine'), /^Prêt/);
  assert.equal(await page.getAttribute('#text', 'placeholder'), 'Collez un article ici…');
  assert.equal(await page.textContent('#ui-lang'), 'English');
  assert.equal(await page.getAttribute('#ui-lang', 'lang'), 'en');
  assert.match(await page.title(), /résumés/);
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
  assert.match(await page.textContent('#stats'), /français \(détectée\) · \d+ sur \d+ phrases · \d+ mots · analysé en/);
  assert.match(await page.textContent('#length-out'), /^\d+ phrases? \(automatique\)$/);
  assert.equal(await page.textContent('#figures-h'), 'Chiffres clés');
  // No English label is left on the French page (the article's own text aside).
  const shown = await page.evaluate(() => {
    document.getElementById('article').remove();
    document.getElementById('summary').remove();
    document.getElementById('quotes').remove();
    return document.body.innerText;
  });
  for (const english of ['Summary', 'Length', 'Clear', 'Key figures', 'Who said what', 'sentences', 'Private by design']) {
    assert.ok(!shown.includes(english), `no “${english}” in the French page`);
  }
  await page.reload();
  await page.waitForSelector('#summary li');

  await page.click('#ui-lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await label(page, 'length'), 'Length');
  assert.equal(await page.textContent('#summary-h'), 'Summary');
  assert.match(await page.textContent('#stats'), /français \(detected\) · \d+ of \d+ sentences/);
  assert.equal(await page.textContent('#ui-lang'), 'Français');
  // Remembered: the French browser now gets English after a reload, until switched back.
  await page.reload();
  await page.waitForSelector('#summary li');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('#ui-lang');
  assert.equal(await page.textContent('#summary-h'), 'Résumé');
  assert.deepEqual(errors, []);
});

test('results are announced to screen readers in a status region', async (t) => {
  const { page } = await open(t);
  assert.equal(await page.getAttribute('#live', 'role'), 'status');
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
  const n = (await page.$$('#summary li')).length;
  assert.equal(await page.textContent('#live'), `Summary ready: ${n} sentence${n === 1 ? '' : 's'}`);
  await page.selectOption('#unit', 'sentences');
  await page.fill('#length', '1');
  await page.waitForFunction(() => document.getElementById('live').textContent === 'Summary ready: 1 sentence');
});

test('sentences, their explanation and the names are used with the keyboard alone', async (t) => {
  const { page } = await open(t);
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
  // Exactly one sentence is in the Tab order; Tab reaches it.
  assert.equal(await page.$$eval('#article .s[tabindex="0"]', (s) => s.length), 1);
  await page.focus('#copy-md');
  let at = '';
  for (let i = 0; i < 200 && !at.startsWith('s'); i++) {
    await page.keyboard.press('Tab');
    at = await page.evaluate(() => (document.activeElement.closest('#article') ? document.activeElement.id : ''));
  }
  assert.equal(at, 's1', 'Tab reaches the article’s first sentence');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 's3');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  assert.equal(await page.isHidden('#why'), false);
  assert.match(await page.textContent('#why-text'), /^§2 /);
  assert.equal(await page.evaluate(() => document.activeElement.id), 's2', 'focus stays on the explained sentence');
  assert.equal(await page.$$eval('#why-parts meter', (m) => m.every((x) => x.getAttribute('aria-label').length > 5)), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#why'), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 's2');

  const names = await page.$$('#entities button.entity');
  if (!names.length) return;
  await names[0].focus();
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => [document.activeElement.matches('button.entity'), document.activeElement.getAttribute('aria-pressed')]);
  assert.deepEqual(focused, [true, 'true'], 'the selected name keeps the focus');
  // The first sentence naming it is the one Tab reaches.
  assert.equal(await page.$$eval('#article .s[tabindex="0"] mark.mention', (m) => m.length > 0), true);
  await page.keyboard.press(' ');
  assert.equal(await page.$$eval('#article mark.mention', (m) => m.length), 0);
});

test('a share link carries the settings, never the text, and opening it sets them', async (t) => {
  const secret = 'Zyxwvutsrq';
  const { page, errors } = await open(t);
  await page.fill('#text', `${ARTICLE}\n\n${secret} a déclaré que le projet serait rentable dès 2027.`);
  await page.waitForSelector('#summary li');
  await page.selectOption('#unit', 'words');
  await page.fill('#length', '120');
  await page.selectOption('#lang', 'fr');
  await page.check('#skip-quotes');
  await page.click('#ui-lang');
  await page.click('#share');
  const link = await page.inputValue('#share-url');
  assert.equal(await page.isVisible('#share-url'), true);
  const url = new URL(link);
  assert.equal(url.origin + url.pathname, `${site.origin}/`);
  assert.equal(url.search, '');
  assert.match(url.hash, /^#opts=/);
  assert.deepEqual(Object.fromEntries(new URLSearchParams(url.hash.slice(6))), { u: 'words', n: '120', l: 'fr', q: '1', ui: 'fr' });
  assert.ok(!link.includes(secret) && !/Nvidia|nvidia/.test(link), 'no article text in the link');
  assert.ok(link.length < 120, link);

  // Opened in another browser (English, empty storage): the settings, and no text.
  const other = await open(t, { locale: 'en-US', url: link });
  const p = other.page;
  assert.equal(await p.inputValue('#unit'), 'words');
  assert.equal(await p.inputValue('#lang'), 'fr');
  assert.equal(await p.isChecked('#skip-quotes'), true);
  assert.equal(await p.getAttribute('html', 'lang'), 'fr');
  assert.equal(await p.textContent('#length-out'), '120 mots');
  assert.equal(await p.inputValue('#text'), '');
  assert.equal(new URL(p.url()).hash, '', 'the fragment is cleared once read');
  await p.fill('#text', ARTICLE);
  await p.waitForSelector('#summary li');
  assert.match(await p.textContent('#stats'), /\(choisie\)/);

  // A link with nonsense in it changes nothing it should not.
  const bad = await open(t, { url: `${site.origin}/#opts=u=lines&n=1e9&l=xx&ui=de` });
  assert.equal(await bad.page.inputValue('#unit'), 'auto');
  assert.equal(await bad.page.inputValue('#lang'), '');
  assert.equal(await bad.page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual([...errors, ...other.errors, ...bad.errors], []);
});

test('the web app manifest is linked, allowed by the CSP and valid', async (t) => {
  const { context, page, errors } = await open(t);
  const href = await page.getAttribute('link[rel="manifest"]', 'href');
  assert.equal(href, 'manifest.webmanifest');
  const cdp = await context.newCDPSession(page);
  const got = await cdp.send('Page.getAppManifest');
  assert.deepEqual(got.errors, []);
  assert.equal(got.url, `${site.origin}/manifest.webmanifest`);
  const m = JSON.parse(got.data);
  assert.equal(m.short_name, 'Nutshell');
  assert.equal(m.display, 'standalone');
  assert.equal(m.start_url, './');
  assert.equal(m.lang, 'en');
  assert.ok(m.theme_color && m.background_color);
  assert.deepEqual(m.icons.map((i) => [i.src, i.type]), [['icon.svg', 'image/svg+xml']]);
  // Installed, the page is a share target: a GET of title, text and url.
  assert.deepEqual(m.share_target, {
    action: './',
    method: 'GET',
    enctype: 'application/x-www-form-urlencoded',
    params: { title: 'title', text: 'text', url: 'url' },
  });
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /manifest-src 'self'/);
  assert.deepEqual(errors, []);
});

// What Android's share sheet does once the page is installed: it opens the manifest's share_target
// with the shared title, text and address in the query. (A real phone's share sheet is not here:
// this opens the address it would open, in the installed page's service worker.)
test('text shared to the installed page is summarised; the address is never fetched, the text never sent', { timeout: 60000 }, async (t) => {
  const { context, page, errors, requests } = await open(t);
  await cacheNames(page); // installed: its service worker controls it
  const link = 'https://news.example/2026/tour-de-france';
  const shared = `${site.origin}/?${new URLSearchParams({ title: 'Le Tour à Barcelone', text: ARTICLE, url: link })}`;
  await page.goto(shared);
  await page.waitForSelector('#summary li');
  assert.equal(await page.inputValue('#text'), ARTICLE);
  assert.equal(await page.textContent('#language'), 'fr');
  assert.equal(await page.textContent('#source'), `From ${link}`);
  assert.match(await page.textContent('#handoff'), /Shared text received \(from https:\/\/news\.example\/2026\/tour-de-france, which was not opened\)/);
  assert.equal(new URL(page.url()).search, '', 'the query left the address');
  assert.equal(await page.getAttribute('body', 'data-received'), 'share');
  // Nothing went to the shared address, and the server never saw the text (the service worker
  // fetched the page without its query).
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== site.origin), []);
  assert.deepEqual(site.urls.filter((u) => u.includes('text=') || u.includes('Nvidia')), []);

  // A shared address alone is no article: the page says so, and fetches nothing.
  await page.goto(`${site.origin}/?${new URLSearchParams({ title: 'Un lien', text: link })}`);
  await page.waitForFunction(() => !document.getElementById('handoff').hidden);
  assert.match(await page.textContent('#handoff'), /Only text can be summarised/);
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== site.origin), []);
  assert.deepEqual(errors, []);
});

// The files the service worker keeps: every file of the built page but sw.js, and './'.
const FILES = cachedFiles(PAGE).length;

/** Waits until the service worker controls the page and its cache holds a complete copy. */
async function cacheNames(page, not = null) {
  return page.evaluate(async ([not, files]) => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    for (;;) {
      // The entity models' cache (sw.js) is not the build's copy.
      const keys = (await caches.keys()).filter((k) => k !== 'nutshell-models');
      if (keys.length === 1 && keys[0] !== not && (await (await caches.open(keys[0])).keys()).length === files) return keys;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, [not, FILES]);
}

test('a new build replaces the offline copy as a whole, and the old cache is deleted', { timeout: 60000 }, async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nutshell-build-'));
  cpSync(PAGE, dir, { recursive: true });
  const built = await serve(dir);
  t.after(async () => {
    await built.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${built.origin}/`);
  const [first] = await cacheNames(page);
  assert.match(first, /^nutshell-[0-9a-f]{16}$/);
  // It keeps exactly the built files.
  const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), first);
  assert.deepEqual(cached.sort(), cachedFiles(PAGE).map((f) => `/${f === './' ? '' : f}`).sort());
  // Reloading the same build keeps the same cache.
  await page.reload();
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  assert.deepEqual(await cacheNames(page), [first]);

  // A new build: one file changes (sw.js does not).
  appendFileSync(path.join(dir, 'style.css'), '\n/* build B */\n');
  await page.reload();
  const [second] = await cacheNames(page, first);
  assert.notEqual(second, first);
  assert.equal(await page.evaluate((old) => caches.has(old), first), false, 'the old cache is gone');

  // Offline, the page is build B's, and it still works.
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => /Ready/.test(document.getElementById('engine').textContent), null, { timeout: 15000 });
  assert.match(await page.evaluate(() => fetch('style.css').then((r) => r.text())), /build B/);
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
});
