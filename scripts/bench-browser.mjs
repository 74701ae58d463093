#!/usr/bin/env node
// Browser benchmark of the built page (scripts/build-page.sh; served from its folder, as shipped):
// headless Debian Chromium driven by playwright-core. `make bench-browser` runs it. A benchmark, not a test: it prints
// figures next to their budgets and never fails on them.
//
// - analyze: the engine called directly in the page's main thread (pkg/ imported in page context,
//   the same module the worker runs), median after warm-up, per input size; 50 KB → 5 MB growth
//   compared with linear.
// - cold start: navigation → first summary of the reference article shown by the real page (the
//   article restored from storage, as after a reload), a fresh browser context each run; and
//   navigation → the whole result (names, key phrases, figures, quotations: the page shows the
//   summary first, see README).
// - extraction: analyzeHtml (article extraction, then analysis) per page of ../shared/data/pages.
// - memory: the wasm linear memory (`memory.buffer.byteLength` of the init() return value) after
//   the 5 MB runs; linear memory never shrinks, so this is the peak.
// Inputs are built at run time from ../shared/data/summaries (nothing copied into the project).
//   BENCH_RUNS_5MB=3 BENCH_COLD=10 BENCH_PAGES=all node scripts/bench-browser.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { launch, serveNutshell, ROOT, PAGE, fixture } from '../tests/e2e/helpers.mjs';

const SHARED = path.join(ROOT, '..', 'shared', 'data');
const env = (k, d) => (process.env[k] ? Number(process.env[k]) : d);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const fmtMs = (ms) => (ms < 10 ? `${ms.toFixed(3)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtB = (b) => (b < 1e6 ? `${(b / 1e3).toFixed(1)} KB` : `${(b / 1e6).toFixed(2)} MB`);

if (!existsSync(path.join(PAGE, 'pkg/nutshell_bg.wasm'))) {
  console.error(`bench-browser: ${PAGE} is not built (scripts/build-page.sh)`);
  process.exit(1);
}
if (!existsSync(SHARED)) {
  console.error(`bench-browser: ${SHARED} is missing (the shared data must sit beside the project)`);
  process.exit(1);
}

// ---- inputs ----------------------------------------------------------------------------------
const jsonl = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const english = jsonl(path.join(SHARED, 'summaries/cnndm_en.jsonl')).map((r) => r.text);
const french = jsonl(path.join(SHARED, 'summaries/orangesum_fr.jsonl')).map((r) => r.text);
/** Whole articles, separated by blank lines, repeated as needed, cut at a space near `size` bytes. */
function concat(texts, size) {
  let out = '';
  for (let i = 0; bytes(out) < size; i++) out += `${texts[i % texts.length]}\n\n`;
  out = Buffer.from(out).subarray(0, size).toString('utf8');
  return out.slice(0, out.lastIndexOf(' '));
}
const mixed = english.flatMap((t, i) => [t, french[i % french.length]]);
const inputs = [
  // [name, text, samples, calls per sample (performance.now() is coarse: 0.1 ms without isolation)]
  ['5 KB French (reference article)', fixture('nvidia-europe-fr.txt'), 60, 10],
  ['5 KB English (CNN/DM)', concat(english, 5000), 60, 10],
  ['50 KB (CNN/DM + OrangeSum)', concat(mixed, 50000), 30, 1],
  ['5 MB (CNN/DM + OrangeSum)', concat(mixed, 5000000), env('BENCH_RUNS_5MB', 3), 1],
];

const [browser, site] = await Promise.all([launch(), serveNutshell()]);
const rows = [];
const row = (what, figure, budget, verdict) => rows.push([what, figure, budget, verdict]);
const ok = (good) => (good ? 'within' : 'OVER');

try {
  // ---- analyze, per size ---------------------------------------------------------------------
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  await page.evaluate(async () => {
    const pkg = await import('./pkg/nutshell.js');
    window.__bench = { pkg, wasm: await pkg.default() };
  });
  const times = {};
  for (const [name, text, runs, per] of inputs) {
    process.stderr.write(`bench-browser: analyze ${name}: ${runs} × ${per}…\n`);
    const ms = await page.evaluate(
      ([t, n, k, warm]) => {
        const { analyze } = window.__bench.pkg;
        for (let i = 0; i < warm; i++) analyze(t, {});
        const out = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          for (let j = 0; j < k; j++) analyze(t, {});
          out.push((performance.now() - t0) / k);
        }
        return out;
      },
      [text, runs, per, runs > 5 ? 10 : 1],
    );
    times[name] = median(ms);
  }
  const memory = await page.evaluate(() => window.__bench.wasm.memory.buffer.byteLength);
  const [fr5, en5, k50, m5] = inputs.map(([name]) => times[name]);
  row(`analyze ${inputs[0][0]}, ${fmtB(bytes(inputs[0][1]))}`, fmtMs(fr5), '≤ 1 ms', ok(fr5 <= 1));
  row(`analyze ${inputs[1][0]}, ${fmtB(bytes(inputs[1][1]))}`, fmtMs(en5), '≤ 1 ms', ok(en5 <= 1));
  row(`analyze ${inputs[2][0]}, ${fmtB(bytes(inputs[2][1]))}`, fmtMs(k50), '—', '');
  row(`analyze ${inputs[3][0]}, ${fmtB(bytes(inputs[3][1]))}`, fmtMs(m5), '≤ 0.5 s', ok(m5 <= 500));
  const growth = m5 / k50 / (bytes(inputs[3][1]) / bytes(inputs[2][1]));
  row('growth 50 KB → 5 MB, × linear', `${growth.toFixed(2)}×`, '≤ 1.3×', ok(growth <= 1.3));
  const ratio = memory / bytes(inputs[3][1]);
  row('peak wasm memory after 5 MB', `${fmtB(memory)} (${ratio.toFixed(1)}× input)`, '≤ 10× input', ok(ratio <= 10));
  await context.close();

  // ---- cold start ------------------------------------------------------------------------------
  const article = fixture('nvidia-europe-fr.txt');
  const cold = [];
  const coldWhole = [];
  for (let i = 0; i < env('BENCH_COLD', 10); i++) {
    const c = await browser.newContext({ serviceWorkers: 'block' });
    await c.addInitScript((text) => {
      if (location.pathname !== '/') return;
      localStorage.setItem('nutshell:v1', JSON.stringify({ text, title: null, url: null, unit: 'auto', length: 3, lang: '' }));
      new MutationObserver((_, obs) => {
        // Both since navigation start.
        if (window.__firstResult === undefined && document.querySelector('#summary li')) window.__firstResult = performance.now();
        if (document.querySelector('#results[data-result="whole"]')) {
          window.__wholeResult = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-result'] });
    }, article);
    const p = await c.newPage();
    await p.goto(`${site.origin}/`);
    await p.waitForFunction(() => window.__wholeResult !== undefined, null, { timeout: 30000 });
    const [first, whole] = await p.evaluate(() => [window.__firstResult, window.__wholeResult]);
    cold.push(first);
    coldWhole.push(whole);
    await c.close();
  }
  const coldMs = median(cold);
  row(`cold start: navigation → first summary (median of ${cold.length})`, fmtMs(coldMs), '≤ 100 ms', ok(coldMs <= 100));
  row('  navigation → whole result (names, key phrases…)', fmtMs(median(coldWhole)), '—', '');

  // ---- extraction ---------------------------------------------------------------------------
  const c = await browser.newContext({ serviceWorkers: 'block' });
  const p = await c.newPage();
  await p.goto(`${site.origin}/`);
  await p.evaluate(async () => {
    const pkg = await import('./pkg/nutshell.js');
    await pkg.default();
    window.__pkg = pkg;
  });
  const dir = path.join(SHARED, 'pages');
  const perPage = [];
  const limit = process.env.BENCH_PAGES && process.env.BENCH_PAGES !== 'all' ? Number(process.env.BENCH_PAGES) : Infinity;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort()) {
    const records = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    process.stderr.write(`bench-browser: analyzeHtml ${file} (${records.length} pages)…\n`);
    for (const r of records.slice(0, limit)) {
      if (typeof r.html !== 'string') continue;
      perPage.push(
        await p.evaluate(
          ([html, url]) => {
            const { analyzeHtml } = window.__pkg;
            analyzeHtml(html, url || undefined, {}); // warm
            const t0 = performance.now();
            analyzeHtml(html, url || undefined, {});
            return performance.now() - t0;
          },
          [r.html, r.url],
        ),
      );
    }
  }
  await c.close();
  const ext = perPage.length ? median(perPage) : NaN;
  row(`extraction: analyzeHtml per page, median of ${perPage.length} pages`, fmtMs(ext), '≤ 10 ms', ok(ext <= 10));
  row('  (90th percentile)', fmtMs([...perPage].sort((a, b) => a - b)[Math.floor(perPage.length * 0.9)]), '', '');
} finally {
  await browser.close();
  await site.close();
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['what', 'figure', 'budget', ''][i].length));
const line = (r) => r.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
console.log(`\nNutshell in headless Chromium (${new Date().toISOString().slice(0, 10)}; analyze timed in the page's main thread)`);
console.log(line(['what', 'figure', 'budget', '']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
