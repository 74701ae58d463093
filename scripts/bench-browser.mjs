#!/usr/bin/env node
// Browser benchmark of the built page (scripts/build-page.sh; served from its folder, as shipped,
// with its pkg/ beside it): headless Debian Chromium
// driven by playwright-core. `make bench-browser` runs it. A benchmark, not a test: it prints
// figures and ratios next to their targets and never fails on them.
//
// Absolute times say how fast this machine is, not how fast Nutshell is; what holds from one
// machine to another is a ratio against other work measured in the same run. So every figure
// comes with the references it is compared with, measured in the same browser, in the same page,
// on the same inputs, interleaved (each round runs every engine once, in a rotating order), as
// medians:
//
// - analyze: Nutshell's whole analysis (`analyze(text, {})` of the page's own pkg/, called in
//   the page's main thread) per input: the French reference article (5 KB), an English news text
//   of 5 KB, 50 KB and 5 MB (built at run time from ../shared/data/summaries).
// - peers: wink-nlp with its English web model (wink-eng-lite-web-model), doing sentences,
//   entities and tokens (`readDoc(text)`, then `.sentences().out()`, `.entities().out(its.detail)`
//   and `.tokens().out()`), and compromise (sentences, people, places and organisations, each
//   `.out('array')`). Both are pinned devDependencies, served from node_modules/ to this
//   benchmark's page only (wink's CommonJS files bundled at run time, below); the page never
//   loads them.
// - the limit: `countWords(text)`, one wasm pass over the text (the token scan every analysis
//   starts with, then nothing else): how many such passes the whole analysis costs.
// - growth 50 KB → 5 MB against linear; peak wasm memory (`memory.buffer.byteLength` after one
//   analysis of 5 MB by a fresh instance; linear memory never shrinks, so this is the peak)
//   against the input's size.
// - cold start: navigation → first summary of the reference article shown by the real page (the
//   article restored from storage, as after a reload), and navigation → the whole result (names,
//   key phrases, figures, quotations: the page shows the summary first, see README), against an
//   empty page's navigation → load event from the same server, a fresh browser context each,
//   interleaved.
// - extraction: analyzeHtml (article extraction, then analysis) per page of ../shared/data/pages.
//
//   BENCH_ROUNDS=30 BENCH_RUNS_5MB=3 BENCH_COLD=10 BENCH_PAGES=all node scripts/bench-browser.mjs
// (BENCH_ROUNDS: rounds for the 5 KB inputs, half of it for 50 KB; BENCH_RUNS_5MB: rounds for
// 5 MB, where compromise takes about a minute a run on 2 cores; BENCH_PAGES: pages per file.)
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { launch, ROOT, PAGE as PAGE_DIR, fixture } from '../tests/e2e/helpers.mjs';
import { serve } from '../tests/e2e/server.mjs';

/**
 * The page under test: the folder served (relative to the project) and the page's address in it;
 * its wasm glue is `pkg/nutshell.js` beside the page. The one place to change when the page's
 * build moves (for example to a minified build in another folder).
 */
const PAGE = { dir: path.relative(ROOT, PAGE_DIR), path: '/' };
const PKG = `${PAGE.path}pkg/nutshell.js`;
/** This benchmark's own files (its page, the empty page, the peers), under an address the page's
 * build does not use; written to target/ at run time, never into the page's folder. */
const BENCH = { dir: 'target/bench-browser', path: '/__bench/' };

const SHARED = path.join(ROOT, '..', 'shared', 'data');
const env = (k, d) => (process.env[k] ? Number(process.env[k]) : d);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const fmtMs = (ms) =>
  ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 10 ? `${ms.toFixed(3)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;
const fmtB = (b) => (b < 1e6 ? `${(b / 1e3).toFixed(1)} KB` : `${(b / 1e6).toFixed(2)} MB`);
const fmtX = (x) => (x < 10 ? `${x.toFixed(2)}×` : `${x.toFixed(1)}×`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
const log = (s) => process.stderr.write(`bench-browser: ${s}\n`);

if (!existsSync(path.join(ROOT, PAGE.dir, 'pkg/nutshell_bg.wasm'))) {
  console.error(`bench-browser: ${PAGE.dir}/pkg/ is not built (scripts/build-page.sh)`);
  process.exit(1);
}
if (!existsSync(SHARED)) {
  console.error(`bench-browser: ${SHARED} is missing (the shared data must sit beside the project)`);
  process.exit(1);
}

// ---- the peers, as files the benchmark's page can load --------------------------------------
/**
 * A CommonJS module and everything it requires, as one classic script (what a bundler does,
 * enough for wink-nlp: static `require('...')` of .js and .json files). `entry` is the source of
 * the first module, resolved from the project's root.
 */
function bundleCommonJs(entry) {
  const modules = [];
  const ids = new Map();
  const add = (file, source) => {
    if (ids.has(file)) return ids.get(file);
    const id = modules.length;
    ids.set(file, id);
    modules.push(null);
    const src = source ?? readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
      modules[id] = `[function(module){module.exports=${src};},{}]`;
      return id;
    }
    const resolve = createRequire(file).resolve;
    const deps = {};
    for (const [, , spec] of src.matchAll(/\brequire\(\s*(['"])([^'"]+)\1\s*\)/g)) {
      let target;
      try {
        target = resolve(spec);
      } catch {
        continue; // in a comment, or on a path never taken: it throws if ever run
      }
      if (path.isAbsolute(target)) deps[spec] = add(target);
    }
    modules[id] = `[function(module,exports,require){${src}\n},${JSON.stringify(deps)}]`;
    return id;
  };
  add(path.join(ROOT, 'bench-entry.js'), entry);
  return `(function(){var m=[${modules.join(',\n')}],c={};
function load(i){if(c[i])return c[i].exports;var mod=c[i]={exports:{}};
m[i][0].call(mod.exports,mod,mod.exports,function(s){if(!(s in m[i][1]))throw new Error('bench bundle: no module '+s);return load(m[i][1][s]);});
return mod.exports;}load(0);})();\n`;
}

const benchDir = path.join(ROOT, BENCH.dir);
mkdirSync(benchDir, { recursive: true });
const nodeModule = (p) => path.join(ROOT, 'node_modules', p);
const version = (p) => JSON.parse(readFileSync(nodeModule(`${p}/package.json`), 'utf8')).version;
const PEERS = {
  wink: `wink-nlp ${version('wink-nlp')} + wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}`,
  compromise: `compromise ${version('compromise')}`,
};
writeFileSync(
  path.join(benchDir, 'wink.js'),
  bundleCommonJs("self.__wink = { winkNLP: require('wink-nlp'), model: require('wink-eng-lite-web-model') };"),
);
const BENCH_FILES = {
  // The benchmark's page: no script of its own, no CSP; the engines are loaded into it below.
  'index.html': { file: path.join(BENCH.dir, 'index.html'), body: '<!doctype html><meta charset="utf-8"><title>Nutshell benchmark</title>\n' },
  // The cold start's reference: the least a page can be.
  'empty.html': { file: path.join(BENCH.dir, 'empty.html'), body: '<!doctype html><meta charset="utf-8"><title>empty</title>\n' },
  'wink.js': { file: path.join(BENCH.dir, 'wink.js') },
  'compromise.mjs': { file: 'node_modules/compromise/builds/three/compromise-three.mjs' },
};
for (const { file, body } of Object.values(BENCH_FILES)) if (body) writeFileSync(path.join(ROOT, file), body);

/** The project served from its root, every address mapped: the page's folder, or BENCH's files. */
function serveBench() {
  return serve(ROOT, {
    route: (pathname) => {
      if (pathname.startsWith(BENCH.path)) {
        const f = BENCH_FILES[pathname.slice(BENCH.path.length)];
        return { file: f ? f.file : `${BENCH.dir}/missing` };
      }
      return { file: path.posix.join(PAGE.dir, pathname) };
    },
  });
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
const rounds = env('BENCH_ROUNDS', 30);
const inputs = [
  // [name, text, rounds, warm-up calls per engine at least (5 MB: none, the smaller inputs warmed
  // every engine)]
  ['5 KB French (reference article)', fixture('nvidia-europe-fr.txt'), rounds, 10],
  ['5 KB English (CNN/DM)', concat(english, 5000), rounds, 5],
  ['50 KB (CNN/DM + OrangeSum)', concat(mixed, 50000), Math.max(3, Math.round(rounds / 2)), 2],
  ['5 MB (CNN/DM + OrangeSum)', concat(mixed, 5000000), env('BENCH_RUNS_5MB', 3), 0],
];
const ENGINES = ['nutshell', 'countWords', 'wink', 'compromise'];
/** A sample lasts at least this long (calls repeated), as performance.now() is coarse (0.1 ms
 * without cross-origin isolation). */
const SAMPLE_MS = 20;
// Warm-up before the first input: 1 s per engine on the reference article, 0.2 s on the others.

const loadStart = load();
const [browser, site] = await Promise.all([launch(), serveBench()]);
const chromium = browser.version();
const rows = [];
const row = (what, figure, ratio = '', target = '', verdict = '') => rows.push([what, figure, ratio, target, verdict]);
const ok = (good) => (good ? 'met' : 'NOT MET');

try {
  // ---- analyze against the peers and the single pass, per size -------------------------------
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  await page.goto(`${site.origin}${BENCH.path}index.html`);
  await page.evaluate(
    async ([pkgUrl, benchPath]) => {
      const pkg = await import(pkgUrl);
      const wasm = await pkg.default();
      // The entity models of the inputs' languages, as the page loads them (fetched from the
      // page's models/ before its first analysis in that language): without them the module
      // names people, organisations and places by its rules alone, which is not what the page runs.
      for (const lang of ['en', 'fr']) {
        const res = await fetch(`${pkgUrl.replace(/pkg\/nutshell\.js$/, '')}models/entities-${lang}.bin`);
        if (!res.ok) throw new Error(`models/entities-${lang}.bin: ${res.status}`);
        pkg.loadEntityModel(lang, new Uint8Array(await res.arrayBuffer()));
      }
      await new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = `${benchPath}wink.js`;
        s.onload = resolve;
        s.onerror = () => reject(new Error('wink.js did not load'));
        document.head.append(s);
      });
      const nlp = self.__wink.winkNLP(self.__wink.model);
      const its = nlp.its;
      const compromise = (await import(`${benchPath}compromise.mjs`)).default;
      let sink;
      const engines = {
        nutshell: (t) => pkg.analyze(t, {}),
        countWords: (t) => pkg.countWords(t),
        wink: (t) => {
          const doc = nlp.readDoc(t);
          return [doc.sentences().out(), doc.entities().out(its.detail), doc.tokens().out()];
        },
        compromise: (t) => {
          const doc = compromise(t);
          return [doc.sentences().out('array'), doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
        },
      };
      /** What an engine's result holds, for the record (the engines do different work). */
      const describe = {
        nutshell: (a) => `${a.sentences.length} sentences, ${a.entities.length} entities`,
        countWords: (n) => `${n} words`,
        wink: ([s, e, t]) => `${s.length} sentences, ${e.length} entities, ${t.length} tokens`,
        compromise: ([s, ...named]) => `${s.length} sentences, ${named.reduce((n, x) => n + x.length, 0)} people, places, organisations`,
      };
      /** One sample: [ms per call of `engine` on input `i` over `calls` calls, what it found]. */
      const sample = (engine, i, calls) => {
        const f = engines[engine];
        const t = window.__inputs[i];
        const t0 = performance.now();
        for (let j = 0; j < calls; j++) sink = f(t);
        return [(performance.now() - t0) / calls, describe[engine](sink)];
      };
      /**
       * Warms `engine` up on input `i` (calls for at least `warmMs`, at least `warmCalls` of
       * them: V8 optimises WebAssembly and JavaScript functions once they have run a while),
       * then returns how many calls make a sample of at least `sampleMs`.
       */
      const calibrate = (engine, i, warmCalls, warmMs, sampleMs) => {
        const t0 = performance.now();
        for (let k = 0; k < warmCalls || performance.now() - t0 < warmMs; k++) sample(engine, i, 1);
        let calls = 1;
        for (;;) {
          const [ms] = sample(engine, i, calls);
          if (ms * calls >= sampleMs / 2) return Math.max(1, Math.ceil(sampleMs / ms));
          calls *= 2;
        }
      };
      window.__bench = { wasm, engines, sample, calibrate, keep: () => sink };
      window.__inputs = [];
    },
    [PKG, BENCH.path],
  );
  const times = {};
  const counts = {};
  for (const [i, [name, text, n, warm]] of inputs.entries()) {
    await page.evaluate(([j, t]) => (window.__inputs[j] = t), [i, text]);
    // Warm-up, then calibration: calls per sample so that a sample lasts SAMPLE_MS (5 MB: one
    // call, no warm-up, the smaller inputs warmed every engine).
    const calls = {};
    for (const e of ENGINES) {
      calls[e] = warm === 0 ? 1 : await page.evaluate((a) => window.__bench.calibrate(...a), [e, i, warm, i === 0 ? 1000 : 200, SAMPLE_MS]);
    }
    log(`${name}: ${n} rounds (calls per sample: ${ENGINES.map((e) => `${e} ${calls[e]}`).join(', ')})…`);
    const samples = Object.fromEntries(ENGINES.map((e) => [e, []]));
    counts[name] = {};
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < ENGINES.length; k++) {
        const e = ENGINES[(r + k) % ENGINES.length];
        const [ms, found] = await page.evaluate(([e, j, c]) => window.__bench.sample(e, j, c), [e, i, calls[e]]);
        samples[e].push(ms);
        counts[name][e] = found;
      }
    }
    times[name] = Object.fromEntries(ENGINES.map((e) => [e, median(samples[e])]));
  }
  await context.close();
  // Peak memory of one analysis of 5 MB: a fresh module instance in a fresh page, one call.
  // (Measured in the page above, it would also hold what the other calls left: the single pass
  // run between two analyses fragments the heap, and linear memory never shrinks.)
  const memContext = await browser.newContext({ serviceWorkers: 'block' });
  const memPage = await memContext.newPage();
  await memPage.goto(`${site.origin}${BENCH.path}index.html`);
  const memory = await memPage.evaluate(
    async ([pkgUrl, t]) => {
      const pkg = await import(pkgUrl);
      const wasm = await pkg.default();
      for (const lang of ['en', 'fr']) {
        const res = await fetch(`${pkgUrl.replace(/pkg\/nutshell\.js$/, '')}models/entities-${lang}.bin`);
        pkg.loadEntityModel(lang, new Uint8Array(await res.arrayBuffer()));
      }
      pkg.analyze(t, {});
      return wasm.memory.buffer.byteLength;
    },
    [PKG, inputs[3][1]],
  );
  await memContext.close();

  for (const [name, text] of inputs) {
    const t = times[name];
    const size = fmtB(bytes(text));
    row(`${name}, ${size}`, '', '', '', '');
    row('  Nutshell analyze', fmtMs(t.nutshell), '', '', '');
    row(`  ${PEERS.wink}`, fmtMs(t.wink), `Nutshell ${fmtX(t.wink / t.nutshell)} its speed`, '≥ 2×', ok(t.wink / t.nutshell >= 2));
    row(`  ${PEERS.compromise}`, fmtMs(t.compromise), `Nutshell ${fmtX(t.compromise / t.nutshell)} its speed`, '≥ 20×', ok(t.compromise / t.nutshell >= 20));
    row('  one pass (countWords)', fmtMs(t.countWords), `analyze = ${fmtX(t.nutshell / t.countWords)} a pass`, '', '');
  }
  const [k50, m5] = inputs.slice(2);
  const linear = bytes(m5[1]) / bytes(k50[1]);
  row('growth 50 KB → 5 MB, time ÷ size ratio', '', '', '', '');
  for (const [e, label] of [['nutshell', 'Nutshell analyze'], ['countWords', 'one pass (countWords)'], ['wink', 'wink-nlp'], ['compromise', 'compromise']]) {
    const g = times[m5[0]][e] / times[k50[0]][e] / linear;
    row(`  ${label}`, `${fmtX(g)} linear`, '', e === 'nutshell' ? '≤ 1.3×' : '', e === 'nutshell' ? ok(g <= 1.3) : '');
  }
  const memRatio = memory / bytes(m5[1]);
  row('peak wasm memory, one analyze of 5 MB', fmtB(memory), `${fmtX(memRatio)} the input`, '≤ 8×', ok(memRatio <= 8));

  // ---- cold start: the page against an empty page, interleaved ---------------------------------
  const article = fixture('nvidia-europe-fr.txt');
  const empty = [];
  const cold = [];
  const coldWhole = [];
  const n = env('BENCH_COLD', 10);
  log(`cold start: ${n} × (empty page, Nutshell's page)…`);
  for (let i = 0; i < 2 * n; i++) {
    const c = await browser.newContext({ serviceWorkers: 'block' });
    const p = await c.newPage();
    if (i % 2 === 0) {
      await p.goto(`${site.origin}${BENCH.path}empty.html`, { waitUntil: 'load' });
      await p.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
      empty.push(await p.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
    } else {
      await c.addInitScript(
        ([text, pagePath]) => {
          if (location.pathname !== pagePath) return;
          localStorage.setItem('nutshell:v1', JSON.stringify({ text, title: null, url: null, unit: 'auto', length: 3, lang: '' }));
          new MutationObserver((_, obs) => {
            // Both since navigation start.
            if (window.__firstResult === undefined && document.querySelector('#summary li')) window.__firstResult = performance.now();
            if (document.querySelector('#results[data-result="whole"]')) {
              window.__wholeResult = performance.now();
              obs.disconnect();
            }
          }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-result'] });
        },
        [article, PAGE.path],
      );
      await p.goto(`${site.origin}${PAGE.path}`);
      await p.waitForFunction(() => window.__wholeResult !== undefined, null, { timeout: 30000 });
      const [first, whole] = await p.evaluate(() => [window.__firstResult, window.__wholeResult]);
      cold.push(first);
      coldWhole.push(whole);
    }
    await c.close();
  }
  const [e0, c0, w0] = [median(empty), median(cold), median(coldWhole)];
  row(`cold start (fresh context each, median of ${n}, interleaved)`, '', '', '', '');
  row('  empty page: navigation → load', fmtMs(e0), '1×', '', '');
  row('  navigation → first summary (reference article)', fmtMs(c0), `${fmtX(c0 / e0)} the empty page`, '≤ 2.5×', ok(c0 / e0 <= 2.5));
  row('  navigation → whole result (names, key phrases…)', fmtMs(w0), `${fmtX(w0 / e0)} the empty page`, '≤ 3.5×', ok(w0 / e0 <= 3.5));

  // ---- extraction ---------------------------------------------------------------------------
  const c = await browser.newContext({ serviceWorkers: 'block' });
  const p = await c.newPage();
  await p.goto(`${site.origin}${BENCH.path}index.html`);
  await p.evaluate(async (pkgUrl) => {
    const pkg = await import(pkgUrl);
    await pkg.default();
    // Every language's entity model: each page's analysis runs with its own, as in the page.
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'fi', 'ro']) {
      const res = await fetch(`${pkgUrl.replace(/pkg\/nutshell\.js$/, '')}models/entities-${lang}.bin`);
      pkg.loadEntityModel(lang, new Uint8Array(await res.arrayBuffer()));
    }
    window.__pkg = pkg;
  }, PKG);
  const dir = path.join(SHARED, 'pages');
  const perPage = [];
  const limit = process.env.BENCH_PAGES && process.env.BENCH_PAGES !== 'all' ? Number(process.env.BENCH_PAGES) : Infinity;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort()) {
    const records = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    log(`analyzeHtml ${file} (${Math.min(records.length, limit)} pages)…`);
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
  const sorted = [...perPage].sort((a, b) => a - b);
  row(`extraction: analyzeHtml per page, median of ${perPage.length} pages`, fmtMs(median(perPage)), '', '', '');
  row('  (90th percentile)', fmtMs(sorted[Math.floor(sorted.length * 0.9)]), '', '', '');

  // What each engine found in each input (they do different work: the record, not a score).
  rows.push(null);
  for (const [name] of inputs) {
    row(`found in ${name}`, '', '', '', '');
    for (const e of ENGINES) row(`  ${e}`, counts[name][e], '', '', '');
  }
} finally {
  await browser.close();
  await site.close();
}

const header = ['what', 'figure', 'ratio (same run)', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.filter(Boolean).map((r) => (i === 0 && !r[1] ? 0 : r[i].length))));
const line = (r) => r.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) || [])[1] || 'unknown CPU';
console.log(`\nNutshell in headless Chromium ${chromium} (${new Date().toISOString().slice(0, 10)}; ${os.availableParallelism()} cores, ${cpu})`);
console.log(`load average at start ${loadStart}; at end ${load()}. Times: medians in the page's main thread, engines interleaved.`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(r ? line(r) : '');
