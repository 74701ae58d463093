// Nutshell's engine thread: it loads the WebAssembly build (pkg/, made by scripts/build-wasm.sh;
// engine.js compiles the .wasm and sends it here) in a Web Worker, so that a long analysis never
// freezes the page.
// Protocol (engine.js is the other side):
//   page → worker  {type: 'module', module}: the compiled WebAssembly.Module, or null (load it)
//   worker → page  {type: 'ready', version} once loaded, or {type: 'failed', message}
//   page → worker  {id, text, options} or {id, html, url, options}: an analysis;
//                  {id, format: 'markdown', text, options}: the Markdown export of one
//   worker → page  {id, result, ms} or {id, error, fatal}; `fatal` (a wasm trap, out of memory)
//                  means this engine's state can no longer be trusted: the page starts a fresh one.
import init, { analyze, analyzeHtml, exportMarkdown, version } from './pkg/nutshell.js';

// The page sends the compiled module first ({type: 'module', module}, `null` if it could not
// compile it, in which case init() fetches it itself); requests come only after 'ready'.
let loaded = null;
function load(module) {
  loaded = init(module ? { module_or_path: module } : undefined).then(
    () => self.postMessage({ type: 'ready', version: version() }),
    (e) => {
      self.postMessage({ type: 'failed', message: String((e && e.message) || e) });
      throw e;
    },
  );
}

self.onmessage = async (event) => {
  const data = event.data || {};
  if (data.type === 'module') {
    if (!loaded) load(data.module);
    return;
  }
  if (!loaded) load(null);
  await loaded;
  const { id, text, html, url, options, format } = data;
  const t0 = performance.now();
  try {
    let result;
    if (typeof html === 'string') result = analyzeHtml(html, url || undefined, options);
    else if (format === 'markdown') result = exportMarkdown(String(text ?? ''), options);
    else result = analyze(String(text ?? ''), options);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    // Bad options throw an Error from the engine; anything from the wasm machine itself (a trap
    // is a RuntimeError, memory exhaustion a RangeError) leaves the instance unusable.
    const fatal = e instanceof WebAssembly.RuntimeError || e instanceof RangeError || !(e instanceof Error);
    self.postMessage({ id, error: String((e && e.message) || e), fatal });
  }
};
