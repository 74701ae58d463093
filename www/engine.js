// The page's side of the engine: it runs the analysis in a Web Worker (worker.js, the only module
// that knows pkg/), so the page stays responsive however long the text. Everything runs on this
// machine. One request is answered at a time; a newer request or cancel() replaces an older one.

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

let worker = null;
let started = null; // resolves with the version when the current worker is ready
let pending = null; // { id, resolve, reject, t0 }
let nextId = 1;

// The WebAssembly module is fetched and compiled here, as soon as this script runs, while the
// worker starts: the two no longer wait for each other. The compiled module is handed to the
// worker (a WebAssembly.Module can be posted), and to every restarted worker, so a restart costs
// no download and no compile. If compiling here fails, the worker is sent `null` and loads the
// module itself (and reports what went wrong).
const compiled = (async () => {
  try {
    const url = new URL('./pkg/nutshell_bg.wasm', import.meta.url);
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    return null;
  }
})();

function start() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'nutshell-engine' });
  const w = worker;
  compiled.then((module) => w.postMessage({ type: 'module', module }));
  let loaded = false;
  started = new Promise((resolve, reject) => {
    w.addEventListener('message', function first(e) {
      if (e.data && e.data.type === 'ready') {
        loaded = true;
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
    if (!d || d.type || !pending || d.id !== pending.id) return; // ready/failed, or a dropped request
    const p = pending;
    pending = null;
    if ('result' in d) p.resolve({ result: d.result, ms: d.ms });
    else if (d.fatal) {
      restart();
      p.reject(new EngineStopped(d.error));
    } else p.reject(new Error(d.error));
  };
  w.onerror = (e) => {
    // An uncaught error in the worker (it crashed, or could not even load).
    e.preventDefault();
    // A worker that never loaded is not restarted (it would fail again, forever): `ready` rejects.
    if (w !== worker || !loaded) return;
    const p = pending;
    pending = null;
    restart();
    if (p) p.reject(new EngineStopped(e.message || 'the engine crashed'));
  };
}

function restart() {
  if (worker) worker.terminate();
  start();
}

/** Resolves with the engine's version when it is loaded; rejects when it cannot load. */
export const ready = (() => {
  start();
  return started;
})();

function request(message, kind, size) {
  if (size > LIMITS[kind]) return Promise.reject(new TooLarge(kind, size));
  if (pending) {
    const old = pending;
    pending = null;
    if (performance.now() - old.t0 > RESTART_AFTER_MS) restart();
    old.reject(new Superseded());
  }
  const id = nextId++;
  return started.then(
    () =>
      new Promise((resolve, reject) => {
        if (id !== nextId - 1) {
          reject(new Superseded()); // replaced while the engine was (re)starting
          return;
        }
        pending = { id, resolve, reject, t0: performance.now() };
        worker.postMessage({ ...message, id });
      }),
  );
}

/** `analyze(text, options)` in the worker: resolves with `{result, ms}` (ms: time in the engine). */
export function run(text, options) {
  return request({ text, options }, 'text', text.length);
}

/** `analyzeHtml(html, url, options)` in the worker: the result has an `article`. */
export function runHtml(html, url, options) {
  return request({ html, url: url || undefined, options }, 'html', html.length);
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
