// Nutshell's engine thread: it loads the WebAssembly build (pkg/; engine.js compiles the .wasm
// and sends it here) in a Web Worker, so that a long analysis never freezes the page, and hands
// the worker's messages to the engine's own loop (serveWorker, src/web.rs).
// Protocol (engine.js is the other side):
//   page → worker  {type: 'module', module}: the compiled WebAssembly.Module, or null (load it)
//   worker → page  {type: 'ready', version} once loaded, or {type: 'failed', message}
//   page → worker  {id, text, options} or {id, html, url, options}: an analysis;
//                  {id, format: 'markdown', text, options}: the Markdown export of one
//   worker → page  {id, progress: {stage, done}} as a long analysis enters each stage, then
//                  {id, result, ms} or {id, error, fatal: false}. A trap or memory exhaustion is an
//                  uncaught error: the page sees the worker's 'error' event and starts a fresh one.
import init, { serveWorker, version } from './pkg/nutshell.js';

// The page sends the compiled module first ({type: 'module', module}, `null` if it could not
// compile it, in which case init() fetches it itself); requests come only after 'ready', and
// from then on the engine's loop receives them.
self.onmessage = (event) => {
  const data = event.data || {};
  if (data.type !== 'module') return;
  self.onmessage = null;
  init(data.module ? { module_or_path: data.module } : undefined).then(
    () => {
      serveWorker();
      self.postMessage({ type: 'ready', version: version() });
    },
    (e) => self.postMessage({ type: 'failed', message: String((e && e.message) || e) }),
  );
};
