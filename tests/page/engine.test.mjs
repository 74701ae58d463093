// engine.js in Node, where there is no DOM at all (no document, no window): loading it, an
// analysis and a Markdown export on this thread, then the worker's protocol with a stand-in
// worker. Any use of the DOM would throw here. Runs the built page's engine.js and wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, PAGE } from '../../scripts/layout.mjs';

const ARTICLE = readFileSync(path.join(ROOT, 'tests/fixtures/nvidia-europe-fr.txt'), 'utf8');
if (!existsSync(path.join(PAGE, 'engine.js'))) throw new Error(`${PAGE} is not built (scripts/build-page.sh)`);

/** Stands in for the Web Worker: records what the page posts, and answers as the test says. */
class FakeWorker extends EventTarget {
  static all = [];
  constructor(url, options) {
    super();
    this.url = String(url);
    this.options = options;
    this.posted = [];
    this.terminated = false;
    FakeWorker.all.push(this);
  }
  postMessage(message) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker says something to the page. */
  say(data) {
    const e = new MessageEvent('message', { data });
    this.dispatchEvent(e);
    if (this.onmessage) this.onmessage(e);
  }
}

assert.equal(typeof globalThis.document, 'undefined', 'no DOM in Node');
assert.equal(typeof globalThis.window, 'undefined', 'no DOM in Node');
globalThis.self = globalThis;
globalThis.Worker = FakeWorker;
// What the page's boot script does: the module compiled from the first moment.
self.nutshellBoot = WebAssembly.compile(readFileSync(path.join(PAGE, 'pkg/nutshell_bg.wasm')));
const engine = await import(pathToFileURL(path.join(PAGE, 'engine.js')));
const states = [];
engine.onEngineState((s) => states.push(s));
const tick = () => new Promise((r) => setTimeout(r, 0));

test('engine.js loads and analyses on this thread without a DOM', async () => {
  const version = await engine.ready;
  assert.match(version, /^\d+\.\d+\.\d+/);
  const { result, ms } = await engine.run(ARTICLE, { sentences: 3 });
  assert.equal(result.language, 'fr');
  assert.equal(result.summary.length, 3);
  assert.ok(ms >= 0);
  const md = await engine.markdown(ARTICLE, { sentences: 3 });
  for (const i of result.summary) assert.ok(md.includes(` [§${i + 1}]`), `the Markdown refers to sentence ${i + 1}`);
});

test('the worker: started after the first request, sent the compiled module, then used', async () => {
  await tick();
  await tick();
  assert.equal(FakeWorker.all.length, 1, 'one worker started');
  const w = FakeWorker.all[0];
  assert.match(w.url, /\/worker\.js$/);
  assert.deepEqual(w.options, { type: 'module', name: 'nutshell-engine' });
  assert.deepEqual(states, ['starting']);
  assert.ok(w.posted[0].module instanceof WebAssembly.Module);

  // Until it is ready, a Markdown export waits for it (the text is long for this thread)…
  const long = `${ARTICLE}\n\n`.repeat(20);
  const md = engine.markdown(long, {});
  w.say({ type: 'ready', version: '0' });
  assert.deepEqual(states, ['starting', 'worker']);
  const job = w.posted.find((m) => m.format === 'markdown');
  assert.ok(job, 'the export is sent once the worker is ready');
  // …and an analysis that comes meanwhile does not replace it: both are answered.
  const stages = [];
  const analysis = engine.run(ARTICLE, {}, undefined, (p) => stages.push(p));
  await tick();
  const request = w.posted.find((m) => m.text === ARTICLE && !m.format);
  assert.ok(request && engine.busy());
  // The engine reports its stages as it enters them; the request is still running meanwhile.
  w.say({ id: request.id, progress: { stage: 'sentences', done: 0.12 } });
  w.say({ id: request.id, progress: { stage: 'names', done: 0.48 } });
  w.say({ id: job.id, progress: { stage: 'names', done: 0.48 } });
  assert.deepEqual(stages, [
    { stage: 'sentences', done: 0.12 },
    { stage: 'names', done: 0.48 },
  ]);
  assert.ok(engine.busy());
  w.say({ id: request.id, result: { summary: [1] }, ms: 2 });
  w.say({ id: job.id, result: '- markdown' });
  assert.deepEqual(await analysis, { result: { summary: [1] }, ms: 2 });
  assert.equal(await md, '- markdown');
  assert.equal(engine.busy(), false);
});

test('a crash of the worker fails what it was doing, and a fresh one is started', async () => {
  const w = FakeWorker.all.at(-1);
  const analysis = engine.run(ARTICLE, {});
  const md = engine.markdown(ARTICLE, {});
  await tick();
  // The analysis traps: the instance can no longer be trusted.
  w.say({ id: w.posted.at(-1).id, error: 'unreachable', fatal: true });
  await assert.rejects(analysis, engine.EngineStopped);
  await assert.rejects(md, engine.EngineStopped);
  assert.equal(w.terminated, true);
  assert.equal(FakeWorker.all.length, 2, 'a fresh worker');
  assert.equal(states.at(-1), 'starting');
});
