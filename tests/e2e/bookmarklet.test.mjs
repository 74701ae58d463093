// The bookmarklet on a news page of another origin, under the CSPs and opener policies that
// break bookmarklets in the wild, and the Nutshell page's checks on what it accepts. After the
// hand-off by message, the summary comes back to the news page and is highlighted there
// (CSS.highlights, a panel of DOM nodes); Close or Escape leaves the page's DOM as it was. Forged
// messages (from the news page, a third origin, another Nutshell window) are ignored on both
// sides. The bookmarklet's code is taken from the link the Nutshell page generates, and evaluated
// in the news page's own world, as a click on the bookmark would run it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveNutshell, watch, openNutshell, summaryOf, squash, FIXTURES, waitReady } from './helpers.mjs';
import { serve } from './server.mjs';
import { folded } from './data.mjs';

const STRICT = "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'";
const VARIANTS = {
  plain: () => ({}),
  csp: () => ({ 'Content-Security-Policy': STRICT }),
  coop: () => ({ 'Content-Security-Policy': STRICT, 'Cross-Origin-Opener-Policy': 'same-origin' }),
  tt: () => ({ 'Content-Security-Policy': `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'` }),
  // Strict, but a frame of a third origin may be embedded (the forger's).
  frames: () => ({ 'Content-Security-Policy': `${STRICT}; frame-src ${third.origin}` }),
};
// A sentence of the article that is not in its summary: what the forgers try to have highlighted.
const FORGED =
  'Le parcours complet de l’édition 2026 sera présenté à Paris à l’automne, comme chaque année, lors d’une soirée réunissant les coureurs, les équipes et les villes étapes.';
const ARTICLE_SENTENCE = 'Le Tour de France s’élancera de Barcelone le 4 juillet 2026';
const JUNK = ['Abonnez-vous', 'Mentions légales', 'Tout accepter', 'À lire aussi'];

let browser;
let nutshell;
let news;
let third;
let code;
let href;

before(async () => {
  [browser, nutshell, news, third] = await Promise.all([
    launch(),
    serveNutshell(),
    // The news site: the same page under several policies, on a second origin (another port).
    serve(FIXTURES, {
      route: (p) => {
        const m = /^\/(\w+)\/news\.html$/.exec(p);
        return m && VARIANTS[m[1]] ? { file: 'news-fr.html', headers: VARIANTS[m[1]]() } : null;
      },
    }),
    // A third origin, whose frame on the news page forges Nutshell's answers (?token=…).
    serve(FIXTURES, {
      route: (p) =>
        p === '/forge.html'
          ? {
              body:
                '<!doctype html><script>const token = location.hash.slice(1); ' +
                `const summary = [{ text: ${JSON.stringify(FORGED)}, score: 1 }]; ` +
                'for (const type of ["nutshell-ack", "nutshell-result"]) parent.postMessage({ type, token, summary }, "*");</script>',
            }
          : null,
    }),
  ]);
  const context = await browser.newContext();
  const page = await openNutshell(context, nutshell.origin);
  // The link as a bookmark stores it: the parsed URL.
  href = await page.$eval('#bookmarklet', (a) => a.href);
  await context.close();
  assert.ok(href.startsWith('javascript:'), 'the page offers a javascript: link');
  code = decodeURIComponent(href.slice('javascript:'.length));
  assert.ok(code.includes(`"${nutshell.origin}"`), 'with the page’s own origin baked in');
});
after(async () => {
  await browser?.close();
  await nutshell?.close();
  await news?.close();
  await third?.close();
});

async function newsPage(t, variant) {
  const context = await browser.newContext();
  t.after(() => context.close());
  const watched = watch(context, nutshell.origin);
  const page = await context.newPage();
  await page.goto(`${news.origin}/${variant}/news.html`);
  // Everything the news page hears from Nutshell's origin, as it arrives.
  await page.evaluate((origin) => {
    window.fromNutshell = [];
    window.addEventListener('message', (e) => {
      if (e.origin === origin) window.fromNutshell.push(e.data);
    });
  }, nutshell.origin);
  return { context, page, before: await serialize(page), ...watched };
}

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
  test(`bookmarklet hands the article over by message and highlights the summary on the page (${variant})`, async (t) => {
    const { context, page, before, errors, requests } = await newsPage(t, variant);
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

    // The summary came back: highlighted on the news page, listed in its panel.
    const summary = await summaryOf(p);
    await page.waitForFunction(() => CSS.highlights.has('nutshell'));
    assert.equal(folded((await highlighted(page)).join(' ')), folded(summary.join(' ')));
    assert.equal(await serialize(page, true), before, 'the article’s elements are untouched');
    assert.deepEqual((await page.locator('[data-nutshell="panel"] li').allTextContents()).map(squash), summary.map(squash));
    assert.match(await page.locator('[data-nutshell="panel"] .status').textContent(), new RegExp(`^${summary.length} of ${summary.length} `));
    // All that came back: the ack, and the summary's sentence texts and scores.
    const got = await page.evaluate(() => window.fromNutshell);
    assert.deepEqual(got.map((d) => Object.keys(d).sort().join()), ['token,type', 'summary,token,type']);
    assert.deepEqual(got[1].summary.map((x) => Object.keys(x).sort().join()), summary.map(() => 'score,text'));
    assert.deepEqual(got[1].summary.map((x) => x.text).map(squash), summary.map(squash));
    // A longer summary in Nutshell comes back too, and replaces the marks (and again, after that).
    if (variant === 'plain') {
      for (const n of [5, 2]) {
        await p.selectOption('#unit', 'sentences');
        await p.evaluate((v) => {
          const slider = document.getElementById('length');
          slider.value = String(v);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        }, n);
        await page.waitForFunction((k) => document.querySelectorAll('[data-nutshell="panel"]').length === 1 &&
          document.querySelector('[data-nutshell="panel"]').shadowRoot.querySelectorAll('li').length === k, n);
        const longer = await summaryOf(p);
        assert.equal(longer.length, n);
        assert.equal(folded((await highlighted(page)).join(' ')), folded(longer.join(' ')));
      }
      summary.splice(0, summary.length, ...(await summaryOf(p)));
    }
    // A sentence in the panel scrolls to its mark; Close (or Escape) leaves the page as it was.
    await page.locator('[data-nutshell="panel"] li button').first().click();
    assert.equal(folded((await highlighted(page, 'nutshell-focus')).join(' ')), folded(summary[0]));
    if (variant === 'tt') await page.keyboard.press('Escape');
    else await page.locator('[data-nutshell="panel"] button.close').click();
    assert.equal(await serialize(page), before, 'after Close, the page’s DOM is what it was');
    assert.equal(await page.evaluate(() => CSS.highlights.size + document.adoptedStyleSheets.length), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => ![news.origin, nutshell.origin].includes(new URL(u).origin)), []);
  });
}

test('the bookmarklet ignores forged answers: from the news page, a third origin, another Nutshell window', async (t) => {
  const { context, page, errors } = await newsPage(t, 'frames');
  // Nutshell's worker arrives late, so its answer waits (the ack does not): time for the forgers.
  await context.route(`${nutshell.origin}/worker.js`, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.evaluate(() => {
    // What the forgers may know: the token, from the window's address.
    const open = window.open;
    window.open = (url, name) => {
      window.nutshellUrl = url;
      return open.call(window, url, name);
    };
  });
  const popup = context.waitForEvent('page');
  await page.evaluate(code);
  const p = await popup;
  await p.waitForFunction(() => document.body.dataset.received === 'message');
  const token = new URL(await page.evaluate(() => window.nutshellUrl)).hash.slice('#bm='.length);
  assert.match(token, /^[0-9a-f]{32}$/);
  const summary = [{ text: FORGED, score: 1 }];
  // 1. The news page itself.
  await page.evaluate(([token, summary]) => {
    for (const type of ['nutshell-ack', 'nutshell-result']) window.postMessage({ type, token, summary }, '*');
  }, [token, summary]);
  // 2. A frame of a third origin.
  const framed = page.waitForEvent('framenavigated', (f) => f.url().startsWith(third.origin));
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
  }, `${third.origin}/forge.html#${token}`);
  await framed;
  // 3. Another window of Nutshell's own origin.
  const [other] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate((url) => window.open(url, '_blank'), `${nutshell.origin}/icon.svg`),
  ]);
  await other.waitForLoadState();
  await other.evaluate(([token, summary]) => {
    for (const type of ['nutshell-ack', 'nutshell-result']) opener.postMessage({ type, token, summary }, '*');
  }, [token, summary]);
  await page.waitForTimeout(300);
  assert.equal(await highlighted(page), null, 'nothing was highlighted by a forger');
  assert.equal(await page.locator('[data-nutshell="panel"]').count(), 0);

  // Then Nutshell's own answer: its summary, and not the forged sentence.
  await page.waitForFunction(() => CSS.highlights.has('nutshell'), null, { timeout: 15000 });
  const real = await summaryOf(p);
  assert.ok(!real.map(squash).includes(squash(FORGED)));
  assert.equal(folded((await highlighted(page)).join(' ')), folded(real.join(' ')));
  assert.deepEqual(errors, []);
});

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
  // No link back, so no highlights: the reader is told, in one line, that the extension has them.
  const lines = await page.$$eval('[data-nutshell="toast"] p', (ps) => ps.map((e) => e.textContent));
  assert.equal(lines.filter((l) => /Highlights on this page need the Nutshell extension/.test(l)).length, 1);
  assert.equal(await highlighted(page), null);
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
        window.results = [];
        window.addEventListener('message', (e) => {
          const d = e.data || {};
          if (d.type === 'nutshell-result') window.results.push([e.origin, d.token, d.summary.length]);
          else window.acks.push([e.origin, d.type, d.token]);
        });
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
  // The right token from the opener, but saying it comes from another origin than its own: ignored.
  await page.evaluate(
    ([origin, tok]) =>
      window.nutshell.postMessage({ type: 'nutshell-article', token: tok, html: '<p>Texte piégé, autre adresse.</p>', url: 'http://evil.example/a' }, origin),
    [nutshell.origin, token],
  );
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
  // And the summary, to the opener's origin, with the token.
  await page.waitForFunction(() => window.results.length === 1);
  assert.deepEqual(await page.evaluate(() => window.results), [[nutshell.origin, token, 1]]);

  // A second message with the same token: ignored.
  await post(token, 'Texte piégé, second envoi.');
  await popup.waitForTimeout(300);
  assert.ok((await shown()).includes(phrase));
  assert.ok(!(await shown()).includes('piégé'));
  assert.equal(await page.evaluate(() => window.acks.length), 1);
});
