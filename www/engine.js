// The only module that knows about the WebAssembly build (pkg/, made by scripts/build-wasm.sh).
// It loads the engine once and times each call; everything runs on this machine.
import init, { analyze, analyzeHtml, version } from './pkg/nutshell.js';

/** Resolves when the engine is loaded; rejects with the reason when it cannot load. */
export const ready = init().then(() => version());

function timed(fn) {
  const t0 = performance.now();
  const result = fn();
  return { result, ms: performance.now() - t0 };
}

/** `analyze(text, options)` with its run time in milliseconds: `{result, ms}`. Throws on bad options. */
export function run(text, options) {
  return timed(() => analyze(text, options));
}

/** `analyzeHtml(html, url, options)` with its run time: the result has an `article`. */
export function runHtml(html, url, options) {
  return timed(() => analyzeHtml(html, url || undefined, options));
}
