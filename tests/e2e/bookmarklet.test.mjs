// The bookmarklet on a news page of another origin, under the CSPs and opener policies that
// break bookmarklets in the wild, and the Nutshell page's checks on what it accepts.
// The bookmarklet's code is taken from the link the Nutshell page generates, and evaluated in
// the news page's own world, as a click on the bookmark would run it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveNutshell, watch, openNutshell, summaryOf, squash, FIXTURES, waitReady } from './helpers.mjs';
import { serve } from './server.mjs';

const STRICT = "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'";
const VARIANTS = {
  plain: {},
  csp: { 'Content-Security-Policy': STRICT },
  coop: { 'Content-Security-Policy': STRICT, 'Cross-Origin-Opener-Policy': 'same-origin' },
  tt: { 'Content-Security-Policy': `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'` },
};
const ARTICLE_SENTENCE = 'Le Tour de France s’élancera de Barcelone le 4 juillet 2026';
const JUNK = ['Abonnez-vous', 'Mentions légales', 'Tout accepter', 'À lire aussi'];

let browser;
let nutshell;
let news;
let code;
let href;

before(async () => {
  [browser, nutshell, news] = await Promise.all([
    launch(),
    serveNutshell(),
    // The news site: the same page under several policies, on a second origin (another port).
    serve(FIXTURES, {
      route: (p) => {
        const m = /^\/(\w+)\/news\.html$/.exec(p);
        return m && VARIANTS[m[1]] ? { file: 'news-fr.html', headers: VARIANTS[m[1]] } : null;
      },
    }),
  ]);
  const context = await browser.newContext();
  const page = await openNutshell(context, nutshell.origin);
  // The link as a bookmark stores it: the parsed URL.
  href = await page.$eval('#bookmarklet', (a) => a.href);
  await context.close();
  assert.ok(href.startsWith('javascript:'), 'the page offers a javascript: link');
  code = decodeURIComponent(href.slice('javascript:'.length));
  assert.ok(code.includes(`'${nutshell.origin}'`), 'with the page’s own origin baked in');
});
after(async () => {
  await browser?.close();
  await nutshell?.close();
  await news?.close();
});

async function newsPage(t, variant) {
  const context = await browser.newContext();
  t.after(() => context.close());
  const watched = watch(context, nutshell.origin);
  const page = await context.newPage();
  await page.goto(`${news.origin}/${variant}/news.html`);
  return { context, page, ...watched };
}

/** Waits until some Nutshell page of the context shows a summary; returns that page. */
async function nutshellWithSummary(context) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    for (const p of context.pages()) {
      if (!p.url().startsWith(nutshell.origin)) continue;
      if ((await p.$$('#summary li').catch(() => [])).length) return p;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no Nutshell page showed a summary; pages: ${context.pages().map((p) => p.url())}`);
}

async function checkReceived(p, variant) {
  const text = squash(await p.inputValue('#text'));
  assert.ok(text.includes(ARTICLE_SENTENCE), 'the article text arrived');
  for (const junk of JUNK) assert.ok(!text.includes(junk), `no page furniture: ${junk}`);
  const summary = (await summaryOf(p)).map(squash);
  assert.ok(summary.length >= 1);
  for (const s of summary) assert.ok(text.includes(s), `summary sentence from the article: ${s}`);
  assert.equal(await p.textContent('#language'), 'fr');
  assert.equal(await p.textContent('#source'), `From ${news.origin}/${variant}/news.html`);
  assert.equal(new URL(p.url()).hash, '', 'the fragment is cleared');
}

/** The news page's policy is really in force: no wasm under its CSP, no innerHTML under TT. */
async function checkPolicy(page, variant) {
  const wasm = await page.evaluate(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'allowed', () => 'blocked'),
  );
  assert.equal(wasm, variant === 'plain' ? 'allowed' : 'blocked');
  const html = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch {
      return 'blocked';
    }
  });
  assert.equal(html, variant === 'tt' ? 'blocked' : 'allowed');
}

const toasts = (page) =>
  page.$$eval('[data-nutshell="toast"]', (els) => els.map((e) => e.textContent)).catch(() => []);

for (const variant of ['plain', 'csp', 'tt']) {
  test(`bookmarklet hands the article over by message (${variant})`, async (t) => {
    const { context, page, errors, requests } = await newsPage(t, variant);
    await checkPolicy(page, variant);
    const popup = context.waitForEvent('page');
    await page.evaluate(code);
    const p = await nutshellWithSummary(context);
    assert.equal(p, await popup, 'in the window the bookmarklet opened');
    await checkReceived(p, variant);
    assert.match(await p.textContent('#handoff'), /Article received from/);
    // By message, not by the fallback (which would navigate the popup to #z= and say so).
    assert.equal(await p.getAttribute('body', 'data-received'), 'message');
    await page.waitForTimeout(2300); // past the bookmarklet’s wait for an answer
    assert.deepEqual(await toasts(page), []);
    assert.equal(await p.getAttribute('body', 'data-received'), 'message');
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => ![news.origin, nutshell.origin].includes(new URL(u).origin)), []);
  });
}

test('the bookmark runs as a javascript: URL, as a click on it does', async (t) => {
  // Without a CSP, a page may navigate itself to a javascript: URL: the same decoding as a bookmark.
  const { context, page, errors } = await newsPage(t, 'plain');
  await page.evaluate((h) => {
    location.href = h;
  }, href);
  const p = await nutshellWithSummary(context);
  await checkReceived(p, 'plain');
  assert.ok(page.url().endsWith('/plain/news.html'), 'the news page stays');
  assert.deepEqual(errors, []);
});

test('bookmarklet under Cross-Origin-Opener-Policy falls back to the address (#z=)', async (t) => {
  const { context, page, errors } = await newsPage(t, 'coop');
  await checkPolicy(page, 'coop');
  await page.evaluate(code);
  const p = await nutshellWithSummary(context);
  await checkReceived(p, 'coop');
  assert.equal(await p.getAttribute('body', 'data-received'), 'address');
  assert.equal(await p.evaluate(() => window.opener), null, 'the opener policy did cut the link');
  await page.waitForFunction(() => document.querySelector('[data-nutshell="toast"]'));
  assert.match((await toasts(page)).join(' '), /cut the link/);
  assert.deepEqual(errors, []);
});

test('bookmarklet sends the article in the address when Nutshell does not answer in time', async (t) => {
  const { context, page, errors } = await newsPage(t, 'csp');
  // Nutshell's script arrives late (a slow connection): nobody listens for the message in time.
  await context.route(`${nutshell.origin}/app.js`, async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  await page.evaluate(code);
  await page.waitForFunction(() => document.querySelector('[data-nutshell="toast"]'), null, { timeout: 5000 });
  assert.match((await toasts(page)).join(' '), /did not answer in time/);
  const p = await nutshellWithSummary(context);
  await checkReceived(p, 'csp');
  assert.equal(await p.getAttribute('body', 'data-received'), 'address');
  assert.equal(context.pages().length, 2, 'in the same Nutshell window');
  assert.deepEqual(errors, []);
});

test('bookmarklet with popups blocked offers a link carrying the article', async (t) => {
  const { context, page, errors } = await newsPage(t, 'csp');
  await page.evaluate(() => {
    window.open = () => null; // what a popup blocker returns
  });
  await page.evaluate(code);
  const link = page.locator('[data-nutshell="toast"] a');
  await link.waitFor();
  assert.match(await link.getAttribute('href'), new RegExp(`^${nutshell.origin}/#z=[A-Za-z0-9_-]+$`));
  await link.click();
  const p = await nutshellWithSummary(context);
  await checkReceived(p, 'csp');
  assert.equal(await p.getAttribute('body', 'data-received'), 'address');
  assert.deepEqual(errors, []);
});

test('bookmarklet copies the text when the page is too long for an address and popups are blocked', async (t) => {
  const { context, page } = await newsPage(t, 'csp');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: news.origin });
  await page.evaluate(() => {
    window.open = () => null;
    // 2.3 MB of incompressible text in the article: more than an address can carry.
    const chunks = [];
    for (let i = 0; i < 27; i++) {
      const bytes = crypto.getRandomValues(new Uint8Array(65536));
      chunks.push(btoa(String.fromCharCode(...bytes)));
    }
    const p = document.createElement('p');
    p.textContent = chunks.join('');
    document.querySelector('article').append(p);
  });
  await page.evaluate(code);
  await page.waitForFunction(() => document.querySelector('[data-nutshell="toast"]'), null, { timeout: 10000 });
  assert.match((await toasts(page)).join(' '), /too long .* copied: paste it into Nutshell/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(squash(copied).includes(ARTICLE_SENTENCE));
  assert.ok(!copied.includes('Abonnez-vous'));
  assert.equal(await page.getAttribute('[data-nutshell="toast"] a', 'href'), `${nutshell.origin}/`);
});

test('bookmarklet sends only the selection when there is one', async (t) => {
  const { context, page } = await newsPage(t, 'csp');
  const chosen = await page.evaluate(() => {
    const ps = document.querySelectorAll('article > p');
    const range = document.createRange();
    range.setStartBefore(ps[1]);
    range.setEndAfter(ps[2]);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return [ps[1].textContent, ps[2].textContent, ps[0].textContent];
  });
  await page.evaluate(code);
  const p = await nutshellWithSummary(context);
  const text = squash(await p.inputValue('#text'));
  assert.ok(text.includes(squash(chosen[0])) && text.includes(squash(chosen[1])));
  assert.ok(!text.includes(squash(chosen[2])), 'not the rest of the article');
});

test('the page accepts an article only from its opener, with its token, once', async (t) => {
  const { context, page } = await newsPage(t, 'csp');
  const token = 'a1b2c3d4e5f6';
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(
      ([origin, tok]) => {
        window.acks = [];
        window.addEventListener('message', (e) => window.acks.push([e.origin, e.data && e.data.type, e.data && e.data.token]));
        window.nutshell = window.open(`${origin}/#bm=${tok}`, '_blank');
      },
      [nutshell.origin, token],
    ),
  ]);
  await popup.waitForLoadState();
  await waitReady(popup);
  const post = (tok, words) =>
    page.evaluate(
      ([origin, tok, words]) =>
        window.nutshell.postMessage({ type: 'nutshell-article', token: tok, html: `<p>${words}</p>`, url: location.href }, origin),
      [nutshell.origin, tok, words],
    );
  const shown = () => popup.inputValue('#text');
  const phrase = 'Le conseil régional a adopté hier le nouveau plan de transport pour les lycéens de la région.';

  // A wrong token from the real opener: ignored.
  await post('not-the-token', 'Texte piégé, mauvais jeton.');
  // The right token, but not from the opener (another window, another origin): ignored.
  await popup.evaluate((tok) => {
    const data = { type: 'nutshell-article', token: tok, html: '<p>Texte piégé, autre source.</p>' };
    window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://evil.example', source: window }));
    window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://evil.example', source: null }));
  }, token);
  await popup.waitForTimeout(300);
  assert.equal(await shown(), '');
  assert.deepEqual(await page.evaluate(() => window.acks), []);

  // The opener with the token: accepted, acknowledged to its origin, fragment cleared.
  await post(token, phrase);
  await popup.waitForFunction((p) => document.getElementById('text').value.includes(p), phrase);
  await page.waitForFunction(() => window.acks.length === 1);
  assert.deepEqual(await page.evaluate(() => window.acks), [[nutshell.origin, 'nutshell-ack', token]]);
  assert.equal(new URL(popup.url()).hash, '');

  // A second message with the same token: ignored.
  await post(token, 'Texte piégé, second envoi.');
  await popup.waitForTimeout(300);
  assert.ok((await shown()).includes(phrase));
  assert.ok(!(await shown()).includes('piégé'));
  assert.equal(await page.evaluate(() => window.acks.length), 1);
});
