// How well the summary is found on the page it came from: real pages of ../shared/data/pages
// (the first 14 of each set, 70 pages in five sets and several languages), each loaded in
// Chromium at its own address with its scripts off and nothing fetched (every request is
// answered here: the page itself, nothing else), read with onpage/extract.js as the bookmarklet
// and the extension read it, summarised by the built engine as the page would (data.mjs), and
// its summary highlighted with onpage/highlight.js. Prints the share of summary sentences found
// and highlighted; the floor is 95 %. Each found sentence's highlighted text must be the sentence
// (as letters and digits: what the matching compares).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './helpers.mjs';
import { HAVE_PAGES, pageSet, pageSets, pageResult, folded } from './data.mjs';
import { extractArticle } from '../../www/onpage/extract.js';
import { highlightOnPage } from '../../www/onpage/highlight.js';

const PER_SET = 14;
const FLOOR = 0.95;
let browser;
before(async () => {
  if (HAVE_PAGES) browser = await launch();
});
after(() => browser?.close());

test('summary sentences found and highlighted on 70 real pages', { skip: !HAVE_PAGES, timeout: 300000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  let current = null;
  await context.route('**/*', (route) => {
    if (current && route.request().url() === current.url) {
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': "script-src 'none'" }, body: current.html });
    } else route.abort();
  });
  const page = await context.newPage();
  let pages = 0;
  let sentences = 0;
  let found = 0;
  const misses = [];
  const bySet = {};
  for (const set of pageSets()) {
    bySet[set] = [0, 0];
    for (const record of pageSet(set).slice(0, PER_SET)) {
      // Its own address where it has one (some records have none, or a made-up one).
      const url = /^https?:\/\//.test(record.url || '') ? record.url : `https://pages.example/${encodeURIComponent(record.id)}`;
      current = { url: new URL(url).href, html: record.html };
      await page.goto(current.url, { waitUntil: 'domcontentloaded' });
      const read = await page.evaluate(extractArticle);
      const { result } = await pageResult(read);
      const summary = result.summary.map((i) => ({ text: result.sentences[i].text, score: result.sentences[i].score }));
      if (!summary.length) continue;
      const shown = await page.evaluate(`(${highlightOnPage})('show', ${JSON.stringify({ summary })})`);
      const marked = await page.evaluate(() => [...(CSS.highlights.get('nutshell') || [])].map((r) => r.toString()).join(' '));
      const missing = new Set(shown.missing);
      assert.equal(folded(marked), folded(summary.filter((_, i) => !missing.has(i)).map((s) => s.text).join(' ')), `${record.id}: the marks are the sentences`);
      pages++;
      sentences += shown.total;
      found += shown.found;
      bySet[set][0] += shown.found;
      bySet[set][1] += shown.total;
      for (const i of shown.missing) misses.push(`${record.id} (${record.lang}): ${summary[i].text.slice(0, 100)}`);
      await page.evaluate(`(${highlightOnPage})('close')`);
    }
  }
  const share = found / sentences;
  console.log(
    `matching: ${found} of ${sentences} summary sentences found and highlighted (${(share * 100).toFixed(1)} %) on ${pages} real pages; ` +
      Object.entries(bySet)
        .map(([set, [f, n]]) => `${set} ${f}/${n}`)
        .join(', '),
  );
  for (const m of misses) console.log(`matching: not found: ${m}`);
  assert.ok(pages >= 50, `${pages} pages had a summary`);
  assert.ok(share >= FLOOR, `${(share * 100).toFixed(1)} % found, the floor is ${FLOOR * 100} %`);
});
