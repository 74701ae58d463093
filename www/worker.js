// Nutshell's engine thread: the only module that knows about the WebAssembly build (pkg/, made by
// scripts/build-wasm.sh). It runs in a Web Worker so that a long analysis never freezes the page.
// Protocol (engine.js is the other side):
//   worker → page  {type: 'ready', version} once loaded, or {type: 'failed', message}
//   page → worker  {id, text, options} or {id, html, url, options}
//   worker → page  {id, result, ms} or {id, error, fatal}; `fatal` (a wasm trap, out of memory)
//                  means this engine's state can no longer be trusted: the page starts a fresh one.
import init, { analyze, analyzeHtml, version } from './pkg/nutshell.js';

const loaded = init().then(
  () => self.postMessage({ type: 'ready', version: version() }),
  (e) => {
    self.postMessage({ type: 'failed', message: String((e && e.message) || e) });
    throw e;
  },
);

self.onmessage = async (event) => {
  await loaded;
  const { id, text, html, url, options } = event.data || {};
  const t0 = performance.now();
  try {
    const result = typeof html === 'string' ? analyzeHtml(html, url || undefined, options) : analyze(String(text ?? ''), options);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    // Bad options throw an Error from the engine; anything from the wasm machine itself (a trap
    // is a RuntimeError, memory exhaustion a RangeError) leaves the instance unusable.
    const fatal = e instanceof WebAssembly.RuntimeError || e instanceof RangeError || !(e instanceof Error);
    self.postMessage({ id, error: String((e && e.message) || e), fatal });
  }
};
