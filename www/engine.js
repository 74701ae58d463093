// The page's side of the engine: it runs the analysis in a Web Worker (worker.js), so the page
// stays responsive however long the text. Everything runs on this machine. One request is
// answered at a time; a newer request or cancel() replaces an older one.
//
// Cold start: the worker takes a while to start (a thread, its scripts, the module). Until it is
// ready, a short text (up to SHORT characters, a few milliseconds of work) is analysed right
// here with the same compiled module, so the first summary does not wait for the worker. Once
// the worker is ready, every analysis goes there. The worker itself is started only once this
// thread's engine has loaded and had its turn at the first request (the text restored from the
// last visit, both of its steps: see inTwoSteps): started alongside, on a 2-core machine, it
// slowed the first summary by about 10 ms. A long text, or an engine that cannot load here,
// starts it at once.

import * as glue from './pkg/nutshell.js';

/** What Nutshell accepts, in characters (UTF-16 code units; a byte each for plain ASCII text). */
export const LIMITS = {
  text: 20e6, // 20 MB of text
  html: 50e6, // 50 MB of HTML (a page, a dropped .html file)
};

/** Thrown (as a rejection) when a request was cancelled or replaced by a newer one. */
export class Superseded extends Error {
  constructor() {
    super('superseded');
    this.name = 'Superseded';
  }
}

/** The engine stopped (a wasm trap, out of memory, a crash); a fresh one has been started. */
export class EngineStopped extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'EngineStopped';
  }
}

/** An input over LIMITS: not analysed. */
export class TooLarge extends Error {
  constructor(kind, size) {
    super(`too large: ${size} characters of ${kind}, the limit is ${LIMITS[kind]}`);
    this.name = 'TooLarge';
    this.kind = kind;
    this.size = size;
  }
}

// A request that has run this long is not worth waiting for when a newer one comes: the worker is
// restarted instead (a restart costs a few tens of milliseconds).
const RESTART_AFTER_MS = 100;

// The longest text analysed on the page's thread while the worker starts: about 25 ms of work.
const SHORT = 50_000;

let worker = null;
let started = null; // resolves with the version when the current worker is ready
let pending = null; // { id, resolve, reject, t0 }
let nextId = 1;
// Exports (the Markdown of an analysis) do not replace the running analysis: each is a job of
// its own, answered in turn by the same worker, and sent again to a restarted one (a worker
// terminated for a newer analysis or a Cancel); a crash fails them.
const jobs = new Map(); // id ('x1', 'x2'…) -> { message, resolve, reject }
let nextJob = 1;

// The WebAssembly module: compiled by the page's inline boot script (index.html) from the first
// moment, or else here, as soon as this script runs. The compiled module is handed to the worker
// (a WebAssembly.Module can be posted), and to every restarted worker, so a restart costs no
// download and no compile. If compiling fails, the worker is sent `null` and loads the module
// itself (and reports what went wrong).
const compiled = (async () => {
  try {
    const booted = self.nutshellBoot && (await self.nutshellBoot);
    if (booted) return booted;
    const url = new URL('./pkg/nutshell_bg.wasm', import.meta.url);
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    return null;
  }
})();

// Entity models: the module has none built in; each language's file (models/entities-<lang>.bin,
// beside this script: ~38 KB gzip) is fetched the first time a text in that language is analysed,
// once per language for this page (the service worker keeps the ones fetched for offline use).
// The worker asks for a model before it analyses ({id, model: lang}) and gets it with
// {type: 'model', lang, bytes}, then the request again; a restarted worker is given every model
// fetched so far once it is ready. A model that cannot be fetched (offline, not cached) is null: the engine's entity
// rules then do the work.
const models = new Map(); // lang -> Promise<Uint8Array | null>
const fetched = new Map(); // lang -> Uint8Array, once it has come (for restarted workers)
function modelBytes(lang) {
  if (!models.has(lang)) {
    const url = new URL(`./models/entities-${encodeURIComponent(lang)}.bin`, import.meta.url);
    models.set(
      lang,
      fetch(url)
        .then((r) => (r.ok ? r.arrayBuffer() : null))
        .then((b) => (b ? fetched.set(lang, new Uint8Array(b)).get(lang) : null))
        .catch(() => null),
    );
  }
  return models.get(lang);
}

/** Gives the page thread's engine the model of the language `text` will be analysed in. */
async function localModel(text, options) {
  let lang;
  try {
    lang = local.detectLanguage(text, options);
  } catch {
    return; // bad options: the analysis says so
  }
  if (lang === 'und' || local.hasEntityModel(lang)) return;
  const bytes = await modelBytes(lang);
  try {
    if (bytes && local) local.loadEntityModel(lang, bytes);
  } catch {
    // Not a model: the rules, as without one.
  }
}

/** Sends the worker `lang`'s model (null if there is none). */
function sendModel(w, lang, bytes) {
  w.postMessage({ type: 'model', lang, bytes });
}

// The engine on the page's thread, for the cold start only (see the top of this file): the glue
// and an instance of the same compiled module. null if it could not load, or once it trapped.
// The glue is imported with this script (statically: it is ready when the module is).
let local = null;
const localReady = (async () => {
  const module = await compiled;
  if (!module) throw new Error('no module');
  await glue.default({ module_or_path: module });
  local = glue;
  return glue.version();
})();
localReady.catch(() => {});
let workerReady = false;

// Who wants to know where analyses run: 'starting' (a worker is starting, analyses run on this
// thread meanwhile when they can) or 'worker'. This file touches no DOM: the page shows it.
const stateListeners = [];
let workerState = null;
function setWorkerState(s) {
  workerState = s;
  for (const fn of stateListeners) fn(s);
}

/** Calls `fn('starting' | 'worker')` on each change of the worker's state (at once if it has one). */
export function onEngineState(fn) {
  stateListeners.push(fn);
  if (workerState) fn(workerState);
}

// Trusted Types: the page and the extension's panel require them for scripts (their CSP has
// require-trusted-types-for 'script'), and a worker's address is such a sink. This policy lets
// through this module's own worker.js and nothing else. (No Trusted Types in Node: a plain URL.)
const WORKER_URL = new URL('./worker.js', import.meta.url).href;
const workerPolicy = self.trustedTypes?.createPolicy('nutshell-worker', {
  createScriptURL: (url) => {
    if (url !== WORKER_URL) throw new TypeError(`not Nutshell's worker: ${url}`);
    return url;
  },
});

function start() {
  const url = workerPolicy ? workerPolicy.createScriptURL(WORKER_URL) : WORKER_URL;
  worker = new Worker(url, { type: 'module', name: 'nutshell-engine' });
  const w = worker;
  setWorkerState('starting');
  compiled.then((module) => w.postMessage({ type: 'module', module }));
  let loaded = false;
  started = new Promise((resolve, reject) => {
    w.addEventListener('message', function first(e) {
      if (e.data && e.data.type === 'ready') {
        loaded = true;
        workerReady = true;
        setWorkerState('worker');
        for (const [lang, bytes] of fetched) sendModel(w, lang, bytes);
        for (const job of jobs.values()) w.postMessage(job.message);
        resolve(e.data.version);
      } else if (e.data && e.data.type === 'failed') reject(new Error(e.data.message));
      else return;
      w.removeEventListener('message', first);
    });
    w.addEventListener('error', (e) => reject(new Error(e.message || 'the engine could not start')), { once: true });
  });
  started.catch(() => {});
  w.onmessage = (e) => {
    const d = e.data;
    if (!d || d.type) return; // ready/failed
    const job = jobs.get(d.id);
    const p = job || (pending && d.id === pending.id ? pending : null);
    if (!p) return; // a dropped request
    if (d.model) {
      // The worker lacks the model of this request's language: it gets it (or null), then the
      // request again.
      modelBytes(d.model).then((bytes) => {
        if (w !== worker) return;
        sendModel(w, d.model, bytes);
        if (job ? jobs.has(d.id) : pending && pending.id === d.id) w.postMessage(p.message);
      });
      return;
    }
    if (d.progress) {
      // A stage of a long analysis: {stage, done}; the answer comes later.
      if (p.onProgress) p.onProgress(d.progress);
      return;
    }
    if (job) jobs.delete(d.id);
    else pending = null;
    if ('result' in d) p.resolve(job ? d.result : { result: d.result, ms: d.ms });
    else if (d.fatal) {
      p.reject(new EngineStopped(d.error));
      crashed(d.error);
    } else p.reject(new Error(d.error));
  };
  w.onerror = (e) => {
    // An uncaught error in the worker (it crashed, or could not even load).
    e.preventDefault();
    // A worker that never loaded is not restarted (it would fail again, forever): `ready` rejects.
    if (w !== worker || !loaded) return;
    crashed(e.message || 'the engine crashed');
  };
}

/** The worker's engine stopped: a fresh one is started, and what it was doing fails. */
function crashed(message) {
  const p = pending;
  pending = null;
  const failed = [...jobs.values()];
  jobs.clear();
  restart();
  if (p) p.reject(new EngineStopped(message));
  for (const job of failed) job.reject(new EngineStopped(message));
}

function restart() {
  if (worker) worker.terminate();
  workerReady = false;
  start();
}

/** Resolves with the engine's version when it is loaded: on this thread, or in the worker when it
 * cannot load here; rejects when neither can load. */
export const ready = localReady.catch(() => {
  ensureStarted();
  return started;
});
// After the page's own engine has loaded, the tasks already queued (the first request among
// them) run first; then the worker starts (after the first request's second step, if it has one).
let secondStep = false;
localReady.then(
  () => setTimeout(() => secondStep || ensureStarted(), 0),
  () => {},
);

function ensureStarted() {
  if (!worker) start();
}

// Whether this thread's engine has analysed a text yet. Its first analysis is slow (about 20 ms
// for the reference article against 1 ms later): V8 compiles each WebAssembly function the first
// time it runs, and an analysis runs most of them.
let localWarm = false;

/** As in worker.js: a trap (RuntimeError) or memory exhaustion leaves an instance unusable; bad
 * options are a plain Error. */
const isFatal = (e) => e instanceof WebAssembly.RuntimeError || e instanceof RangeError || !(e instanceof Error);

/** Analyses a short text on this thread, at once (the worker is not ready yet); `call` is the
 * engine's function (analyze by default). */
async function runHere(text, options, call = (engine) => engine.analyze(text, options)) {
  localWarm = true;
  await localModel(text, options);
  return new Promise((resolve, reject) => {
    if (!local) {
      reject(new EngineStopped('the engine stopped'));
      return;
    }
    const t0 = performance.now();
    try {
      resolve({ result: call(local), ms: performance.now() - t0 });
    } catch (e) {
      const fatal = isFatal(e);
      const message = String((e && e.message) || e);
      if (fatal) local = null;
      reject(fatal ? new EngineStopped(message) : new Error(message));
    }
  });
}

/**
 * The first analysis on this thread, in two steps: the summary alone (`summarize`: about a third
 * of the time, as most of the code it would compile belongs to the later stages) goes to
 * `onSummary` at once; the whole analysis follows in a task of its own, so that the page can show
 * the summary in between. Resolves as runHere does; rejects with Superseded when a newer request
 * came meanwhile.
 */
function inTwoSteps(id, text, options, onSummary) {
  localWarm = true;
  const t0 = performance.now();
  let first = null;
  try {
    first = { result: { ...local.summarize(text, options), partial: true }, ms: performance.now() - t0 };
  } catch (e) {
    // Bad options: the whole analysis says so. A trap: as in runHere, this instance is done.
    if (isFatal(e)) local = null;
  }
  if (first) onSummary(first);
  secondStep = true;
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      secondStep = false;
      setTimeout(ensureStarted, 0);
      if (id !== nextId - 1) reject(new Superseded());
      else if (!local) reject(new EngineStopped('the engine stopped'));
      else runHere(text, options).then(resolve, reject);
    }, 0);
  });
}

function request(message, kind, size, onSummary, onProgress) {
  if (size > LIMITS[kind]) return Promise.reject(new TooLarge(kind, size));
  if (pending) {
    const old = pending;
    pending = null;
    if (performance.now() - old.t0 > RESTART_AFTER_MS) restart();
    old.reject(new Superseded());
  }
  const id = nextId++;
  if (!workerReady && local && kind === 'text' && size <= SHORT) {
    if (onSummary && !localWarm) return inTwoSteps(id, message.text, message.options, onSummary);
    return runHere(message.text, message.options);
  }
  ensureStarted();
  return started.then(
    () =>
      new Promise((resolve, reject) => {
        if (id !== nextId - 1) {
          reject(new Superseded()); // replaced while the engine was (re)starting
          return;
        }
        const m = { ...message, id };
        pending = { id, resolve, reject, t0: performance.now(), onProgress, message: m };
        worker.postMessage(m);
      }),
  );
}

/**
 * `analyze(text, options)` in the worker: resolves with `{result, ms}` (ms: time in the engine).
 * `onSummary`, if given, may be called first with `{result, ms}` where `result.partial` is true:
 * the same summary, with no entities, key phrases, quotes or figures yet. This happens only for
 * the first analysis on the page's thread, while its code is still being compiled (see
 * inTwoSteps); the page asks for it for the text restored at load. `onProgress`, if given, is
 * called with `{stage, done}` as an analysis in the worker enters each stage (`stage`: "words",
 * "sentences", "salience", "facts", "names", "quotes", "done"; `done`: the share of the work
 * done, 0 to 1).
 */
export function run(text, options, onSummary, onProgress) {
  return request({ text, options }, 'text', text.length, onSummary, onProgress);
}

/** `analyzeHtml(html, url, options)` in the worker: the result has an `article`; `onProgress` as
 * in run (the first stage is "article", the extraction). */
export function runHtml(html, url, options, onProgress) {
  return request({ html, url: url || undefined, options }, 'html', html.length, undefined, onProgress);
}

/**
 * `exportMarkdown(text, options)`: the engine's Markdown export of the analysis of `text` (the
 * summary with its [§n] references, the names, figures and quotations). Resolves with the
 * string. A running analysis goes on (see `jobs`).
 */
export function markdown(text, options) {
  if (text.length > LIMITS.text) return Promise.reject(new TooLarge('text', text.length));
  if (!workerReady && local && text.length <= SHORT) {
    return runHere(text, options, (engine) => engine.exportMarkdown(text, options)).then((answer) => answer.result);
  }
  ensureStarted();
  return new Promise((resolve, reject) => {
    const id = `x${nextJob++}`;
    const message = { id, format: 'markdown', text, options };
    jobs.set(id, { message, resolve, reject });
    if (workerReady) worker.postMessage(message);
    // A worker that cannot load answers nothing.
    started.catch((e) => jobs.delete(id) && reject(e));
  });
}

/** Stops the current analysis at once (the worker is terminated and a fresh one started). */
export function cancel() {
  const p = pending;
  pending = null;
  restart();
  if (p) p.reject(new Superseded());
}

/** Is an analysis running? */
export const busy = () => pending !== null;
