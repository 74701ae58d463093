// The browser extension in Debian's Chromium, loaded unpacked from its build
// (dist-extension/chrome, `--load-extension` in a persistent profile), on news pages of another
// origin served under a strict CSP with Trusted Types: a real page of ../shared/data/pages and
// the French fixture. Every request of the browser goes through a proxy that refuses and records
// any to a third origin.
//
// What runs as in use: the toolbar button is "clicked" with the DevTools protocol's
// Extensions.triggerAction, the browser's own path for a click: it grants activeTab for the tab
// and dispatches action.onClicked as a user gesture, so background.js opens the real side panel
// and leaves its request; the panel reads the tab, analyses it and highlights the page, all with
// the permissions a click gives and no other. What it cannot cover: the pixels of the toolbar (the
// button's icon and placement), and the context menu's click (no protocol command opens it): the
// "Summarise selection" test calls the menu's handler, onMenu, in the service worker, on a tab the
// button has already been granted; the handler and everything after it are the real ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION } from '../../scripts/layout.mjs';
import { extensionManifest } from '../../scripts/build.mjs';
import { extractArticle } from '../../www/onpage/extract.js';
import { FIXTURES, CHROMIUM, CHROMIUM_ARGS } from './helpers.mjs';
import { serve } from './server.mjs';
import { startProxy, foreign } from './proxy.mjs';
import { tabTarget, extensionPage } from './cdp.mjs';
import { HAVE_PAGES, pageSet, strictCsp, pageResult, folded } from './data.mjs';

const DIR = path.join(EXTENSION, 'chrome');
// A sentence of the fixture's article that is not in its summary.
const FORGED =
  'Le parcours complet de l’édition 2026 sera présenté à Paris à l’automne, comme chaque année, lors d’une soirée réunissant les coureurs, les équipes et les villes étapes.';

let context;
let cdp;
let sw;
let extId;
let news;
let third;
let proxy;
let profile;
let panel = null;
let real = null;

before(async () => {
  if (HAVE_PAGES) real = pageSet('scrapinghub').find((p) => p.lang === 'en');
  third = await serve(FIXTURES, {
    // A frame of a third origin that posts what a forger would: results and articles, to its parent.
    route: (p) =>
      p === '/forge.html'
        ? {
            body:
              '<!doctype html><script>for (const type of ["nutshell-result", "nutshell-article", "nutshell-ack"]) ' +
              `parent.postMessage({ type, token: "x", summary: [{ text: ${JSON.stringify(FORGED)}, score: 1 }] }, "*");</script>`,
          }
        : null,
  });
  news = await serve(FIXTURES, {
    route: (p) => {
      if (p === '/real/page.html' && real) return { body: real.html, headers: { 'Content-Security-Policy': strictCsp({ tt: true }) } };
      if (p === '/csp/news.html') {
        return { file: 'news-fr.html', headers: { 'Content-Security-Policy': strictCsp({ tt: true, frames: [third.origin] }) } };
      }
      return null;
    },
  });
  proxy = await startProxy(() => [news.origin, third.origin]);
  profile = mkdtempSync(path.join(os.tmpdir(), 'nutshell-ext-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-GB',
    // Playwright starts Chromium without extensions unless told otherwise.
    ignoreDefaultArgs: ['--disable-extensions'],
    proxy: { server: proxy.url },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${DIR}`,
      `--load-extension=${DIR}`,
      '--enable-unsafe-extension-debugging',
      // Chromium's own services, which would talk to their servers (and through the proxy).
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
      '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter',
    ],
  });
  sw = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  extId = new URL(sw.url()).host;
  cdp = await context.browser().newBrowserCDPSession();
});

after(async () => {
  await context?.close();
  await Promise.all([news?.close(), third?.close(), proxy?.close()]);
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The page's DOM as text; without Nutshell's panel if asked (to compare with before). */
const serialize = (page, withoutPanel = false) =>
  page.evaluate((without) => {
    const root = document.documentElement.cloneNode(true);
    if (without) root.querySelectorAll('[data-nutshell="panel"]').forEach((e) => e.remove());
    return root.outerHTML;
  }, withoutPanel);

/** The text of each range of the page's Nutshell highlights (null: none registered). */
const highlighted = (page, name = 'nutshell') =>
  page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : null;
  }, name);

/** Clicks the toolbar button on `page` (see the top of this file) and waits for the side panel to
 * have read, analysed and highlighted it. Resolves with the side panel. */
async function clickButton(page) {
  await page.bringToFront();
  const run = panel ? Number(await panel.eval(() => document.body.dataset.run || 0)) : 0;
  await cdp.send('Extensions.triggerAction', { id: extId, targetId: await tabTarget(cdp, page.url()) });
  panel = panel || (await extensionPage(cdp, `chrome-extension://${extId}/panel.html`));
  await panel
    .waitFor((n) => Number(document.body.dataset.run) > n && document.body.dataset.state === 'highlighted', [run])
    .catch(async (e) => {
      const seen = await panel.eval(() => [document.body.dataset.state, document.getElementById('notice').textContent, document.getElementById('error').textContent, document.getElementById('onpage').textContent, document.getElementById('engine').textContent]);
      throw new Error(`${e.message}; the panel: ${JSON.stringify(seen)}; errors: ${panel.errors}`);
    });
  return panel;
}

/** What the side panel shows. */
const shownInPanel = () =>
  panel.eval(() => ({
    summary: [...document.querySelectorAll('#summary li .sentence')].map((e) => e.textContent),
    language: document.getElementById('language').textContent,
    names: document.querySelectorAll('#entities button.entity').length,
    figures: document.querySelectorAll('#figures li').length,
    quotes: document.querySelectorAll('#quotes li').length,
    onpage: document.getElementById('onpage').textContent,
    source: document.getElementById('source').textContent,
    article: document.getElementById('article').textContent,
    heading: document.getElementById('summary-h').textContent,
  }));

test('installing asks for no site access: Chrome shows no permission warning', async () => {
  const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest, extensionManifest('chrome', manifest.version), 'the built manifest is the build script’s');
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'storage', 'contextMenus', 'sidePanel']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  const warnings = (m) => sw.evaluate((s) => chrome.management.getPermissionWarningsByManifest(s), JSON.stringify(m));
  assert.deepEqual(await warnings(manifest), []);
  // The check itself: a host permission does warn.
  assert.ok((await warnings({ ...manifest, host_permissions: ['<all_urls>'] })).length > 0);
});

test('the toolbar button on a real news page: the side panel’s summary, highlights on the page, Close leaves it as it was', { skip: !HAVE_PAGES, timeout: 60000 }, async (t) => {
  const page = await context.newPage();
  t.after(() => page.close());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${news.origin}/real/page.html`);
  const before = await serialize(page);
  const expected = await pageResult(await page.evaluate(extractArticle));
  const summary = expected.result.summary.map((i) => expected.result.sentences[i].text);
  assert.ok(summary.length >= 2, 'the page has a summary');

  await clickButton(page);
  const shown = await shownInPanel();
  // The same summary, language, names, figures and quotations as the page would show.
  assert.deepEqual(shown.summary, summary);
  assert.equal(shown.language, expected.result.language);
  const kinds = ['person', 'organization', 'place', 'other'];
  const names = kinds.reduce((n, k) => n + Math.min(60, expected.result.entities.filter((e) => e.kind === k).length), 0);
  assert.equal(shown.names, names, 'the same names');
  assert.equal(shown.source, `From ${news.origin}/real/page.html`);
  assert.equal(shown.onpage, `${summary.length} of ${summary.length} summary sentences highlighted on the page.`);

  // On the page: the summary's sentences, and nothing else, in CSS.highlights; one element added.
  assert.equal(folded((await highlighted(page)).join(' ')), folded(summary.join(' ')));
  assert.equal(await serialize(page, true), before, 'the article’s elements are untouched');
  assert.equal(await page.locator('[data-nutshell="panel"]').count(), 1);
  const listed = await page.locator('[data-nutshell="panel"] li').allTextContents();
  assert.equal(listed.length, summary.length);
  listed.forEach((text, i) => assert.ok(text.startsWith(summary[i].replace(/\s+/g, ' ').trim()), `the panel lists: ${text}`));

  // A click in the page's panel marks its sentence; "why this sentence" in the side panel does too.
  await page.locator('[data-nutshell="panel"] li button').nth(1).click();
  assert.equal(folded((await highlighted(page, 'nutshell-focus')).join(' ')), folded(summary[1]));
  await panel.eval(() => document.querySelector('#summary .ref').click());
  await panel.waitFor(() => !document.getElementById('why').hidden);
  await page.waitForFunction((s) => {
    const h = CSS.highlights.get('nutshell-focus');
    const f = (x) => (x.match(/[\p{L}\p{N}\p{M}]+/gu) || []).map((w) => w.toLowerCase()).join('');
    return h && f([...h].map((r) => r.toString()).join(' ')) === f(s);
  }, summary[0]);

  await page.locator('[data-nutshell="panel"] button.close').click();
  assert.equal(await serialize(page), before, 'after Close, the page’s DOM is what it was');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(panel.errors, []);
  assert.deepEqual(foreign(proxy.refused, real.html), [], 'no request left the two origins');
  console.log(`extension: ${real.id}: ${summary.length} sentences highlighted, ${shown.names} names, ${shown.figures} figures`);
});

test('Escape removes the highlights; forged messages from the page and a third origin change nothing', { timeout: 60000 }, async (t) => {
  const page = await context.newPage();
  t.after(() => page.close());
  await page.goto(`${news.origin}/csp/news.html`);
  // The page's policy is really in force: no wasm, no HTML from strings.
  assert.equal(await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'allowed', () => 'blocked')), 'blocked');
  assert.equal(await page.evaluate(() => { try { document.body.innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'blocked'; } }), 'blocked');
  // No extension listens to the page: it cannot even name one.
  assert.equal(await page.evaluate(() => typeof chrome === 'undefined' || !chrome.runtime || !chrome.runtime.sendMessage), true);
  const before = await serialize(page);
  await clickButton(page);
  const shown = await shownInPanel();
  assert.equal(shown.language, 'fr');
  assert.ok(!shown.summary.includes(FORGED));
  const marks = await highlighted(page);
  assert.equal(folded(marks.join(' ')), folded(shown.summary.join(' ')));

  // Forgeries: from the news page itself, and from a frame of a third origin.
  await page.evaluate((text) => {
    for (const type of ['nutshell-result', 'nutshell-article', 'nutshell-ack']) {
      window.postMessage({ type, token: 'x', summary: [{ text, score: 1 }] }, '*');
    }
  }, FORGED);
  const frame = page.waitForEvent('framenavigated', (f) => f.url().startsWith(third.origin));
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
  }, `${third.origin}/forge.html`);
  await frame;
  await page.waitForTimeout(500);
  assert.deepEqual(await highlighted(page), marks, 'the highlights are unchanged');
  assert.equal(await page.locator('[data-nutshell="panel"] li').count(), shown.summary.length);
  await page.evaluate(() => document.querySelector('iframe').remove());

  await page.keyboard.press('Escape');
  assert.equal(await serialize(page), before, 'after Escape, the page’s DOM is what it was');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.deepEqual(panel.errors, []);
  assert.deepEqual(foreign(proxy.refused, real ? real.html : ''), []);
});

test('“Summarise selection” summarises the selection only; the panel speaks French', { timeout: 60000 }, async (t) => {
  const page = await context.newPage();
  t.after(() => page.close());
  await page.goto(`${news.origin}/csp/news.html`);
  await clickButton(page); // the whole page, and activeTab for this tab
  const chosen = await page.evaluate(() => {
    const ps = document.querySelectorAll('article > p');
    const range = document.createRange();
    range.setStartBefore(ps[4]);
    range.setEndAfter(ps[6]);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return [ps[4].textContent, ps[0].textContent];
  });
  const run = Number(await panel.eval(() => document.body.dataset.run));
  // What the menu entry's click runs (see the top of this file).
  await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await onMenu({ menuItemId: 'nutshell-selection', frameId: 0 }, tab);
  });
  await panel.waitFor((n) => Number(document.body.dataset.run) > n && document.body.dataset.state === 'highlighted', [run]);
  const shown = await shownInPanel();
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  assert.ok(squash(shown.article).includes(squash(chosen[0])), 'the selection was read');
  assert.ok(!squash(shown.article).includes(squash(chosen[1])), 'and only the selection');

  // In French: the panel, and the panel on the page once shown again.
  await panel.eval(() => document.getElementById('ui-lang').click());
  assert.equal((await shownInPanel()).heading, 'Résumé');
  await panel.eval(() => document.getElementById('show-onpage').click());
  await panel.waitFor(() => /surlignées sur la page/.test(document.getElementById('onpage').textContent));
  assert.match(await page.locator('[data-nutshell="panel"] h2').textContent(), /Résumé Nutshell/);
  await page.keyboard.press('Escape');
  await panel.eval(() => document.getElementById('ui-lang').click());
  assert.deepEqual(panel.errors, []);
  assert.deepEqual(foreign(proxy.refused, real ? real.html : ''), []);
});
