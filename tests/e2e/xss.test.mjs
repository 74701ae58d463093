// Real cross-site-scripting payloads (../shared/data/xss: payloadbox's list and the HTML5 Security
// Cheatsheet vectors, read at test time, never copied here) fed to the page three ways: pasted as
// text, as .html files (raw markup, and the same payloads escaped as an article's text), and
// through the bookmarklet hand-off from a news page of another origin. Nothing may execute: no
// dialog, no console error, no page error, no CSP violation, no request off the page's origin, no
// element with an event-handler attribute, no new script, frame or javascript: link; and payloads
// given as text are shown as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, serveNutshell, watch, openNutshell, ROOT, FIXTURES, fixture, BOOT_SCRIPT } from './helpers.mjs';
import { serve } from './server.mjs';

const XSS = path.join(ROOT, '..', 'shared', 'data', 'xss');
const HAVE = existsSync(path.join(XSS, 'payloadbox-xss-payload-list.txt')) && existsSync(path.join(XSS, 'h5sc-vectors.txt'));
const BATCH = 200;

function payloads() {
  const list = readFileSync(path.join(XSS, 'payloadbox-xss-payload-list.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const h5sc = readFileSync(path.join(XSS, 'h5sc-vectors.txt'), 'utf8');
  const vectors = [...h5sc.matchAll(/<div id="\d+">([\s\S]*?)\/\/\["'`-->\]\]>\]<\/div>/g)].map((m) => m[1]);
  assert.ok(list.length > 6000 && vectors.length > 100, 'the corpus was read');
  return [...list, ...vectors];
}
const batches = (all, n) => Array.from({ length: Math.ceil(all.length / n) }, (_, i) => all.slice(i * n, (i + 1) * n));
const bare = (s) => s.replace(/\s+/g, '');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let browser;
let site;
let news;
const tried = { pasted: 0, htmlRaw: 0, htmlEscaped: 0, bookmarklet: 0 };

before(async () => {
  if (!HAVE) return;
  [browser, site, news] = await Promise.all([launch(), serveNutshell(), serve(FIXTURES)]);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await news?.close();
  if (HAVE) console.log(`xss: payloads tried ${JSON.stringify(tried)}; total ${Object.values(tried).reduce((a, b) => a + b, 0)}`);
});

/** A context whose every page records dialogs and CSP violations, besides errors and requests. */
async function hostileContext(t) {
  const context = await browser.newContext();
  t.after(() => context.close());
  const watched = watch(context, site.origin);
  const dialogs = [];
  const onPage = (p) =>
    p.on('dialog', (d) => {
      dialogs.push(`${p.url()}: ${d.type()} ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  context.on('page', onPage);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, dialogs, ...watched };
}

/** The Nutshell page's own DOM: nothing a payload could have injected. */
async function checkInert(page, { dialogs, errors, requests }, where, newsFiles = []) {
  const found = await page.evaluate((boot) => {
    const bad = [];
    for (const e of document.querySelectorAll('*')) {
      for (const a of e.attributes) if (/^on/i.test(a.name)) bad.push(`${e.tagName} ${a.name}`);
    }
    const scripts = [...document.scripts].map((s) => s.getAttribute('src') ?? `inline: ${s.textContent}`);
    if (scripts.join('\n') !== [`inline: ${boot}`, 'engine.js', 'app.js'].join('\n')) bad.push(`scripts: ${scripts}`);
    for (const e of document.querySelectorAll('iframe, frame, object, embed, form, base, svg:not(header h1 > svg), math, img, video, audio, link:not([rel="stylesheet"]):not([rel="icon"]):not([rel="manifest"]):not([rel="modulepreload"]):not([rel="preload"][href="pkg/nutshell_bg.wasm"]), meta[http-equiv="refresh"], style')) {
      bad.push(`element ${e.tagName}`);
    }
    for (const a of document.querySelectorAll('a[href]:not(#bookmarklet)')) {
      if (!a.getAttribute('href').startsWith('#')) bad.push(`link ${a.getAttribute('href').slice(0, 60)}`);
    }
    // Where article text is shown, only the elements the page itself builds.
    const allowed = new Set(['P', 'SPAN', 'BR', 'MARK', 'LI', 'OL', 'UL', 'BUTTON', 'DIV', 'H3', 'A', 'DT', 'DD', 'METER']);
    const areas = '#summary, #keyphrases, #entities, #article, #why-text, #why-parts, #stats';
    for (const e of document.querySelectorAll(areas.split(', ').map((x) => `${x} *`).join(', '))) if (!allowed.has(e.tagName)) bad.push(`in results: ${e.tagName}`);
    return { bad, violations: window.__violations, pwned: typeof window.pwned, href: location.pathname };
  }, BOOT_SCRIPT);
  assert.deepEqual(found.bad, [], `${where}: injected markup`);
  assert.deepEqual(found.violations, [], `${where}: CSP violations`);
  assert.equal(found.href, '/', `${where}: the page did not navigate`);
  assert.deepEqual(dialogs, [], `${where}: dialogs`);
  assert.deepEqual(errors, [], `${where}: errors`);
  // Only the page's own files; in the bookmarklet test, also the news page and its stylesheet.
  const foreign = requests.filter((u) => new URL(u).origin !== site.origin && !newsFiles.includes(u));
  assert.deepEqual(foreign, [], `${where}: foreign requests`);
}

/** Waits until the analysis of the text ending with `marker` is shown; returns the article view's text. */
async function shownWith(page, marker) {
  await page.waitForFunction((m) => document.getElementById('article').textContent.includes(m), marker, { timeout: 20000 });
  return page.textContent('#article');
}

test('XSS payloads pasted as text stay text', { skip: !HAVE && 'no ../shared/data/xss beside the project', timeout: 120000 }, async (t) => {
  const all = payloads();
  const w = await hostileContext(t);
  const page = await openNutshell(w.context, site.origin);
  for (const [k, batch] of batches(all, BATCH).entries()) {
    const marker = `Fin du lot ${k + 1}.`;
    await page.fill('#text', `${batch.join('\n\n')}\n\n${marker}`);
    const shown = bare(await shownWith(page, marker));
    const missing = batch.filter((p) => !shown.includes(bare(p)));
    assert.deepEqual(missing, [], `batch ${k + 1}: every payload is shown verbatim, as text`);
    tried.pasted += batch.length;
    if (k % 5 === 4) await checkInert(page, w, `paste batch ${k + 1}`);
  }
  await checkInert(page, w, 'paste, the end');
  assert.equal(tried.pasted, all.length);
});

test('XSS payloads in .html files: raw markup and escaped text', { skip: !HAVE && 'no ../shared/data/xss beside the project', timeout: 120000 }, async (t) => {
  const all = payloads();
  const w = await hostileContext(t);
  const page = await openNutshell(w.context, site.origin);
  let verbatim = 0;
  for (const [k, batch] of batches(all, 1000).entries()) {
    // The payloads as the markup of a page.
    const raw = `<!doctype html><html><head><title>Raw ${k}</title></head><body><article><h1>Lot brut ${k + 1}</h1>\n` +
      `${batch.map((p) => `<p>${p}</p>`).join('\n')}\n<p>Le conseil municipal a voté le budget du lot brut ${k + 1} hier soir.</p></article></body></html>`;
    await page.setInputFiles('#file', { name: `raw-${k}.html`, mimeType: 'text/html', buffer: Buffer.from(raw) });
    await page.waitForFunction((n) => document.getElementById('source').textContent === `From raw-${n}.html`, k, { timeout: 20000 });
    await checkInert(page, w, `raw html batch ${k + 1}`);
    tried.htmlRaw += batch.length;

    // The same payloads quoted as text in an article (escaped): they must come out verbatim.
    const marker = `Fin du lot échappé ${k + 1}.`;
    const escaped = `<!doctype html><html><head><title>Escaped ${k}</title></head><body><article><h1>Lot ${k + 1}</h1>\n` +
      `${batch.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n<p>${marker}</p></article></body></html>`;
    await page.setInputFiles('#file', { name: `escaped-${k}.html`, mimeType: 'text/html', buffer: Buffer.from(escaped) });
    const shown = bare(await shownWith(page, marker));
    const box = bare(await page.inputValue('#text'));
    const kept = batch.filter((p) => box.includes(bare(p)));
    verbatim += kept.filter((p) => shown.includes(bare(p))).length;
    await checkInert(page, w, `escaped html batch ${k + 1}`);
    tried.htmlEscaped += batch.length;
  }
  console.log(`xss: ${verbatim} of ${all.length} escaped payloads were kept by extraction and shown verbatim`);
  assert.ok(verbatim > all.length / 2, 'most escaped payloads are shown verbatim');
});

test('XSS payloads in a news article handed over by the bookmarklet', { skip: !HAVE && 'no ../shared/data/xss beside the project', timeout: 120000 }, async (t) => {
  const all = payloads();
  const w = await hostileContext(t);
  // The bookmarklet's code, as the page offers it.
  const home = await openNutshell(w.context, site.origin);
  const code = decodeURIComponent((await home.$eval('#bookmarklet', (a) => a.href)).slice('javascript:'.length));
  await home.close();
  const base = fixture('news-fr.html');
  const picks = [all.slice(0, BATCH), all.slice(3000, 3000 + BATCH), all.slice(-139)]; // both lists, every H5SC vector
  for (const [k, batch] of picks.entries()) {
    const marker = `Fin de la dépêche piégée ${k + 1}.`;
    const body = `${batch.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n<p>${marker}</p>\n</article>`;
    assert.ok(base.includes('</article>'));
    await w.context.route(`${news.origin}/xss-${k}.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" },
        body: base.replace('</article>', body),
      }),
    );
    const newsPage = await w.context.newPage();
    await newsPage.goto(`${news.origin}/xss-${k}.html`);
    const popup = w.context.waitForEvent('page');
    await newsPage.evaluate(code);
    const p = await popup;
    const shown = bare(await shownWith(p, marker));
    const box = bare(await p.inputValue('#text'));
    const kept = batch.filter((x) => box.includes(bare(x)));
    assert.ok(kept.length > batch.length / 2, `bookmarklet batch ${k + 1}: ${kept.length} of ${batch.length} payloads arrived as text`);
    assert.deepEqual(kept.filter((x) => !shown.includes(bare(x))), [], 'and every one that arrived is shown verbatim');
    assert.equal(await p.getAttribute('body', 'data-received'), 'message');
    const newsFiles = picks.map((_, j) => `${news.origin}/xss-${j}.html`).concat(`${news.origin}/news.css`);
    await checkInert(p, w, `bookmarklet batch ${k + 1}`, newsFiles);
    tried.bookmarklet += batch.length;
    await p.close();
    await newsPage.close();
  }
});
