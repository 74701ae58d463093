// Long and hostile-to-the-engine input: the analysis runs in a worker, shows its progress and can
// be cancelled; inputs over the limits are refused in words; an engine that traps or crashes is
// reported in words and replaced, and the next analysis works. Also: what the page promises about
// privacy is visible, every request (page, worker, service worker) stays on the page's origin, and
// pasted text survives a reload without being sent anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, openNutshell, summaryOf, fixture, waitReady, useNutshell } from './helpers.mjs';

const ARTICLE = fixture('nvidia-europe-fr.txt');
let browser;
let site;
useNutshell((b, s) => {
  browser = b;
  site = s;
});

async function fresh(t, options = {}) {
  const context = await browser.newContext(options);
  t.after(() => context.close());
  const watched = watch(context, site.origin);
  return { context, ...watched };
}

/** Puts `text` in the box as a paste would (an input event), built in the page: no 1 MB round trip. */
const pasteRepeated = (page, text, times) =>
  page.evaluate(([t, n]) => {
    const box = document.getElementById('text');
    box.value = t.repeat(n);
    box.dispatchEvent(new Event('input'));
  }, [text, times]);

const shownError = (page) => page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));

test('a long analysis shows its progress, keeps the page responsive and can be cancelled', { timeout: 60000 }, async (t) => {
  const { context, errors } = await fresh(t);
  const page = await openNutshell(context, site.origin);
  // About 4.3 million characters: seconds of work in the worker (1.4 MB, enough once, now takes
  // about half a second).
  await pasteRepeated(page, `${ARTICLE}\n\n`, 1000);
  await page.waitForSelector('#progress:not([hidden])', { timeout: 10000 });
  // A real progress bar: the engine reports each stage it enters, with the share of work done.
  await page.waitForFunction(() => document.getElementById('progress-bar').value > 0, null, { timeout: 10000 });
  // (The text and the bar read together: the analysis moves on meanwhile.)
  const [shown, value] = await page.evaluate(() => [
    document.getElementById('progress-text').textContent,
    document.getElementById('progress-bar').value,
  ]);
  const m = shown.match(/^Analysing 4\.\d MB… (sentences|scoring|key phrases and figures|names|quotations) · (\d+) %$/);
  assert.ok(m, shown);
  assert.equal(Number(m[2]), Math.round(value * 100));
  // The page answers while the worker works.
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - t0 < 1000, `the page answered in ${Date.now() - t0} ms`);
  await page.click('#cancel');
  assert.equal(await page.isHidden('#progress'), true);
  assert.match(await page.textContent('#handoff'), /Analysis cancelled/);
  assert.equal(await page.isHidden('#results'), true);
  // A fresh engine: the next analysis works.
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
  assert.equal(await page.textContent('#language'), 'fr');
  assert.deepEqual(errors, []);
});

test('a result for text that has since changed is dropped', { timeout: 60000 }, async (t) => {
  const { context, errors } = await fresh(t);
  const page = await openNutshell(context, site.origin);
  const english = 'The council approved the budget last night after a long debate about the new bridge. ' +
    'The opposition asked for another vote next week. The mayor said work on the square starts in spring.';
  // About 2.6 million characters: a few hundred milliseconds of work, long enough for the
  // progress indicator (700,000 characters had become quick enough to finish before it shows).
  await pasteRepeated(page, `${ARTICLE}\n\n`, 600);
  await page.waitForSelector('#progress:not([hidden])', { timeout: 10000 });
  await page.fill('#text', english); // the reader pastes something else meanwhile
  // A summary of an earlier, shorter paste may still be on screen: wait for the English one.
  await page.waitForFunction(() => document.getElementById('language')?.textContent === 'en', null, {
    timeout: 15000,
  });
  await page.waitForTimeout(1500); // an answer for the long text would arrive about now: it must not show
  assert.equal(await page.textContent('#language'), 'en');
  assert.ok((await page.textContent('#article')).includes('The mayor said'));
  assert.equal(await page.isHidden('#progress'), true);
  assert.deepEqual(errors, []);
});

test('inputs over the limits are refused in words and not analysed', { timeout: 60000 }, async (t) => {
  const { context, errors } = await fresh(t);
  const page = await openNutshell(context, site.origin);
  // The engine's own check (what a paste of 20 MB + 1 meets), without a 20 MB text box.
  const refused = await page.evaluate(async () => {
    const { run, LIMITS } = await import('./engine.js');
    return run('a'.repeat(LIMITS.text + 1), {}).then(() => 'analysed', (e) => `${e.name} ${e.message}`);
  });
  assert.match(refused, /^TooLarge too large: 20000001 characters of text, the limit is 20000000$/);

  // A 21 MB text file.
  await page.setInputFiles('#file', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21e6, 'word ') });
  await page.waitForFunction(() => !document.getElementById('error').hidden);
  assert.equal(
    await shownError(page),
    'This file is too large for Nutshell (21.0 MB; the limit is 20.0 MB of text and 50.0 MB for a web page’s HTML), ' +
      'so it was not analysed. Try a part of it.',
  );
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.isHidden('#results'), true);

  // A 51 MB web page: not even read.
  await page.setInputFiles('#file', { name: 'huge.html', mimeType: 'text/html', buffer: Buffer.alloc(51e6, '<p>a</p>') });
  await page.waitForFunction(() => /51\.0 MB/.test(document.getElementById('error').textContent));
  assert.match(await shownError(page), /^This file is too large for Nutshell \(51\.0 MB; /);

  // The page still works.
  await page.fill('#text', ARTICLE);
  await page.waitForSelector('#summary li');
  assert.equal(await page.isHidden('#error'), true);
  assert.deepEqual(errors, []);
});

// A worker.js that fails on purpose, served only to this test (route interception): a request
// whose text holds TEST-TRAP fails as a wasm trap does in the engine's message loop (an uncaught
// RuntimeError: unreachable), one that holds TEST-CRASH crashes the worker outright (an uncaught
// error). The listener runs before the engine's own and stops it. Nothing of this ships.
const SABOTAGE = `
self.addEventListener('message', (e) => {
  const t = (e.data && (e.data.text || e.data.html)) || '';
  if (t.includes('TEST-TRAP')) {
    e.stopImmediatePropagation();
    throw new WebAssembly.RuntimeError('unreachable');
  }
  if (t.includes('TEST-CRASH')) {
    e.stopImmediatePropagation();
    throw new Error('test crash');
  }
});
`;

test('an engine that traps or crashes is reported in words, and the next analysis works', { timeout: 60000 }, async (t) => {
  // Service workers off: requests must reach the route, not a cached copy.
  const { context, errors } = await fresh(t, { serviceWorkers: 'block' });
  let served = 0;
  await context.route(`${site.origin}/worker.js`, async (route) => {
    const real = await (await route.fetch()).text();
    // The sabotage first: it must wrap WebAssembly before the worker instantiates the engine.
    served++;
    await route.fulfill({ contentType: 'text/javascript', body: `${SABOTAGE}\n${real}` });
  });
  const page = await openNutshell(context, site.origin);
  for (const [marker, reason] of [['TEST-TRAP', /unreachable/], ['TEST-CRASH', /test crash/]]) {
    // Until the (sabotaged) worker is ready, a short text is analysed on the page's own thread.
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'worker');
    await page.fill('#text', `${ARTICLE}\n${marker}`);
    await page.waitForFunction(() => !document.getElementById('error').hidden);
    const message = await shownError(page);
    assert.match(message, /^Nutshell could not analyse this text \(its engine stopped: (.*)\)\. The page still works; try a shorter text\.$/);
    assert.match(message, reason);
    assert.equal(await page.isHidden('#results'), true);
    await page.fill('#text', ARTICLE);
    await page.waitForSelector('#summary li');
    assert.equal(await page.isHidden('#error'), true);
    assert.equal(await page.textContent('#language'), 'fr');
  }
  assert.equal(served, 3, 'a fresh worker after each failure');
  assert.deepEqual(errors.filter((e) => !/test crash/.test(e)), []);
});

test('the privacy promise is visible, and every request of page, worker and service worker stays home', { timeout: 30000 }, async (t) => {
  const { context, requests, errors } = await fresh(t);
  // The server is shared by the file's tests: what it saw during this one (other tests fetch
  // other languages' entity models).
  const before = site.requests.length;
  const sent = [];
  context.on('request', (r) => sent.push({ url: r.url(), method: r.method(), body: r.postData() }));
  const page = await openNutshell(context, site.origin);
  const promise = await page.locator('#privacy');
  assert.ok(await promise.isVisible());
  const words = (await promise.textContent()).replace(/\s+/g, ' ');
  for (const phrase of ['never sent', 'Content-Security-Policy', 'only their own files', 'connect to nothing else', 'access to no site']) {
    assert.ok(words.includes(phrase), `the page says: ${phrase}`);
  }
  // Wait for the service worker to take over (its install fetches every file again).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  const marker = 'Zorglub-7f3a9 a déclaré hier que le conseil avait voté le budget.';
  await page.fill('#text', `${ARTICLE}\n\n${marker}`);
  await page.waitForSelector('#summary li');
  await page.waitForTimeout(300); // the debounced save
  await page.reload();
  await waitReady(page);
  await page.waitForSelector('#summary li');
  assert.ok((await page.inputValue('#text')).endsWith(marker), 'the pasted text survived the reload');

  const seen = new Set(requests.map((u) => new URL(u).pathname));
  for (const path of ['/worker.js', '/pkg/nutshell_bg.wasm', '/sw.js']) assert.ok(seen.has(path), `${path} was recorded`);
  // The server saw nothing that the recording missed (page, worker and service worker alike).
  for (const path of site.requests.slice(before)) assert.ok(seen.has(path), `the server's ${path} is in the recording`);
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== site.origin), []);
  assert.deepEqual(sent.filter((r) => r.method !== 'GET'), []);
  assert.deepEqual(sent.filter((r) => r.url.includes('Zorglub') || (r.body || '').includes('Zorglub')), []);
  assert.deepEqual(errors, []);
});
