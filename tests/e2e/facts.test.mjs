// Key figures and "who said what" on the page, for the reference article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, openNutshell, fixture, useNutshell } from './helpers.mjs';

let browser;
let site;
useNutshell((b, s) => {
  browser = b;
  site = s;
});

test('the page lists key figures and who said what, linked to their sentences', async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const { errors } = watch(context, site.origin);
  const page = await openNutshell(context, site.origin);
  await page.fill('#text', fixture('nvidia-europe-fr.txt'));
  await page.waitForSelector('#quotes > li strong');

  const figures = await page.locator('#figures > li').allTextContents();
  assert.ok(figures.some((f) => f.includes('18.000 superpuces Blackwell') || f.includes('%')), figures.join('\n'));
  const quotes = await page.locator('#quotes > li').allTextContents();
  assert.ok(
    quotes.some((q) => q.startsWith('Jensen Huang') && q.includes('En deux ans, nous allons augmenter')),
    quotes.join('\n'),
  );
  // Every reference points at a sentence of the article, and following one selects it.
  const refs = await page.locator('#figures a.ref, #quotes a.ref').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(refs.length >= 2 && refs.every((h) => /^#s\d+$/.test(h)), refs.join(' '));
  assert.deepEqual(errors, []);
});

test('"Leave quotations out" takes quotations out of the summary, and is remembered', async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const { errors } = watch(context, site.origin);
  const page = await openNutshell(context, site.origin);
  await page.fill('#text', fixture('nvidia-europe-fr.txt'));
  await page.waitForSelector('#summary li');
  const opensWithQuote = (items) => items.some((s) => /^[“«"]/.test(s.trim()));
  const before = await page.$$eval('#summary li .sentence', (l) => l.map((e) => e.textContent));
  assert.ok(opensWithQuote(before), `the default summary of the reference article quotes Huang: ${before.join(' | ')}`);
  await page.check('#skip-quotes');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#summary li .sentence')].every((e) => !/^[“«"]/.test(e.textContent.trim())),
  );
  const after = await page.$$eval('#summary li .sentence', (l) => l.map((e) => e.textContent));
  assert.equal(after.length, before.length, 'the same length, other sentences');
  await page.reload();
  await page.waitForSelector('#summary li');
  assert.equal(await page.isChecked('#skip-quotes'), true);
  assert.deepEqual(errors, []);
});
