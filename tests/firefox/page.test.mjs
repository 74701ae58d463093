// The Nutshell page in Firefox (Debian's firefox-esr through geckodriver): the smoke test of what
// a reader does first, paste the reference article and read its summary, with the page's CSP and
// Trusted Types in force, then the interface in French. Every request goes through the test proxy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE, ROOT } from '../../scripts/layout.mjs';
import { serve } from '../e2e/server.mjs';
import { startProxy, foreign } from '../e2e/proxy.mjs';
import { startFirefox, proxyPrefs } from './webdriver.mjs';

const ARTICLE = readFileSync(path.join(ROOT, 'tests/fixtures/nvidia-europe-fr.txt'), 'utf8');
const squash = (s) => s.replace(/\s+/g, ' ').trim();
let ff;
let site;
let proxy;

before(async () => {
  site = await serve(PAGE);
  proxy = await startProxy(() => [site.origin]);
  ff = await startFirefox({ prefs: { ...proxyPrefs(proxy.port), 'intl.accept_languages': 'en-GB' } });
});
after(async () => {
  await ff?.close();
  await site?.close();
  await proxy?.close();
});

test('Firefox: a pasted article gets its summary, under the page’s CSP and Trusted Types; the interface in French', { timeout: 60000 }, async () => {
  await ff.go(`${site.origin}/`);
  await ff.waitFor(() => /Ready/.test(document.getElementById('engine').textContent));
  const policy = await ff.exec(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(policy, /require-trusted-types-for 'script'/);
  // Trusted Types are enforced here: HTML from a string is refused.
  assert.equal(
    await ff.exec(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'blocked';
      }
    }),
    'blocked',
  );
  await ff.exec((text) => {
    const box = document.getElementById('text');
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, ARTICLE);
  const summary = await ff.waitFor(() => {
    const items = [...document.querySelectorAll('#summary li .sentence')].map((e) => e.textContent);
    return items.length ? items : null;
  });
  assert.ok(summary.length >= 1);
  for (const s of summary) assert.ok(squash(ARTICLE).includes(squash(s)), `a sentence of the article: ${s}`);
  assert.equal(await ff.exec(() => document.getElementById('language').textContent), 'fr');
  assert.ok((await ff.exec(() => document.querySelectorAll('#article .s.in-summary').length)) === summary.length, 'the article view marks them');
  // The worker took over (its address went through the page's Trusted Types policy).
  await ff.waitFor(() => document.documentElement.dataset.engine === 'worker');

  await ff.click(await ff.find('#ui-lang'));
  assert.equal(await ff.exec(() => document.getElementById('summary-h').textContent), 'Résumé');
  assert.equal(await ff.exec(() => document.documentElement.lang), 'fr');
  assert.deepEqual(await ff.exec(() => [...document.querySelectorAll('#summary li .sentence')].map((e) => e.textContent)), summary);
  assert.deepEqual(foreign(proxy.refused), [], 'no request left the page’s origin');
  assert.ok(proxy.seen.some((u) => u.endsWith('/pkg/nutshell_bg.wasm')), 'the proxy saw the page’s requests');
});
