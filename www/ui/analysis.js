// The page's side of the engine (engine.js runs it, in a worker): what is analysed and when,
// the progress shown for long analyses, and errors said in words. Each analysis gets a number;
// only the latest one's answer is shown (never one for text that has changed since).
import { run, runHtml, cancel, busy, LIMITS, Superseded, EngineStopped, TooLarge } from '../engine.js';
import { $ } from './dom.js';
import { state, save, options } from './state.js';
import { t, plural } from './i18n.js';
import { render } from './render.js';

let engineReady = false;
let readyQueue = [];
let seq = 0;
const resultListeners = [];

/** Calls `fn(result)` after each whole result is shown (not a summary shown first): the hand-off
 * sends it back to the bookmarklet, the extension's panel to the news page. */
export function onResult(fn) {
  resultListeners.push(fn);
}

/** What the news page gets back of a result, and all it gets (the bookmarklet's hand-off, the
 * extension): the summary's sentences, their text and salience. */
export const summaryForPage = (r) =>
  r.summary.map((i) => ({ text: r.sentences[i].text, score: Math.round(r.sentences[i].score * 1000) / 1000 }));

/** Runs `fn` once the engine is loaded (at once if it is). */
export function whenReady(fn) {
  if (engineReady) fn();
  else readyQueue.push(fn);
}

/** The engine has loaded: what waited for it runs, the restored text first. */
export function engineLoaded() {
  engineReady = true;
  analyzeNow({ summaryFirst: true });
  for (const fn of readyQueue) fn();
  readyQueue = [];
}

/** Analyses state.text and shows the result. `summaryFirst`: the text restored at load may show
 * its summary before the rest (engine.js, inTwoSteps); any other analysis comes whole. */
export async function analyzeNow({ summaryFirst = false } = {}) {
  $('error').hidden = true;
  if (!engineReady) return;
  const my = ++seq;
  if (!state.text.trim()) {
    if (busy()) cancel();
    hideProgress();
    state.result = null;
    render();
    return;
  }
  const progress = showProgressLater(t('analysing'), state.text.length);
  const show = (answer, completing) => {
    hideProgress();
    state.result = answer.result;
    state.ms = answer.ms;
    if (state.entity !== null && !state.result.entities[state.entity]) state.entity = null;
    if (state.why !== null && !state.result.sentences[state.why]) state.why = null;
    render(completing);
  };
  let answer;
  let summaryShown = false;
  try {
    const onSummary = (summary) => {
      if (my !== seq) return;
      show(summary);
      summaryShown = true;
    };
    answer = await run(state.text, options(), summaryFirst ? onSummary : undefined, progress);
  } catch (e) {
    if (my === seq && !(e instanceof Superseded)) failed(e, 'text');
    return;
  }
  if (my !== seq) return;
  show(answer, summaryShown);
  for (const fn of resultListeners) fn(answer.result);
  // For screen readers: a short status once the summary is on the page.
  $('live').textContent = t('summaryReady') + plural(answer.result.summary.length, 'sentence');
}

/** Stops the running analysis (the reader pressed Cancel); its answer, if any, is dropped. */
export function cancelAnalysis() {
  cancel();
  seq++;
  hideProgress();
}

export function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
}

const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
function formatSize(chars) {
  if (chars < 1e3) return plural(chars, 'character');
  return chars < 1e6 ? `${(chars / 1e3).toFixed(1)} KB` : mb(chars);
}

/** A failed analysis of a `what` ("text", "page", "file"): says why in words; no stale result
 * stays shown. */
export function failed(e, what) {
  hideProgress();
  state.result = null;
  render();
  if (e instanceof TooLarge) showError(t('tooLarge', what, mb(e.size), mb(LIMITS.text), mb(LIMITS.html)));
  else if (e instanceof EngineStopped) showError(t('engineStopped', what, e.message));
  else showError(t('notAnalysed', what, e.message));
}

// ---- progress
// Shown only for analyses over 100 ms: the stage the engine is in, a bar of the share done (the
// engine reports each stage as it enters it), and a Cancel button.

let progressTimer = 0;
/** A stage's name in the interface language (the engine's stages: src/progress.rs). */
const stageName = (stage) =>
  ({
    article: t('stage_article'),
    words: t('stage_words'),
    sentences: t('stage_sentences'),
    salience: t('stage_salience'),
    facts: t('stage_facts'),
    names: t('stage_names'),
    quotes: t('stage_quotes'),
    done: t('stage_done'),
  })[stage] || stage;
/** Starts the progress display for an input of `chars` characters; returns the function the
 * engine calls with each stage ({stage, done}). */
function showProgressLater(verb, chars) {
  clearTimeout(progressTimer);
  const size = formatSize(chars);
  let stage = null;
  let done = 0;
  const paint = () => {
    const percent = Math.round(done * 100);
    $('progress-text').textContent = stage
      ? `${verb} ${size}… ${stageName(stage)} · ${percent} %`
      : `${verb} ${size}…`;
    $('progress-bar').value = done;
  };
  paint();
  progressTimer = setTimeout(() => {
    progressTimer = 0;
    $('progress').hidden = false;
  }, 100);
  return (p) => {
    stage = p.stage;
    done = p.done;
    paint();
  };
}

function hideProgress() {
  clearTimeout(progressTimer);
  progressTimer = 0;
  $('progress').hidden = true;
}

/** Loads a page's HTML: the engine extracts the article, which then becomes the text. */
export async function loadHtml(html, url, pageTitle) {
  $('error').hidden = true;
  const my = ++seq;
  const progress = showProgressLater(t('reading'), html.length);
  let extracted;
  try {
    extracted = (await runHtml(html, url, state.lang ? { lang: state.lang } : undefined, progress)).result;
  } catch (e) {
    if (my === seq && !(e instanceof Superseded)) failed(e, 'page');
    return;
  }
  if (my !== seq) return;
  hideProgress();
  const article = extracted.article || {};
  setText(article.text || '', {
    title: (article.title || pageTitle || '').trim() || null,
    url: url || null,
  });
}

/** A new text (from a file, a page, the bookmarklet, Clear): shown, saved and analysed. */
export function setText(text, { title = null, url = null } = {}) {
  if (text.length > LIMITS.text) {
    // Refused before the text box: a box holding 20 MB is itself slow.
    ++seq;
    failed(new TooLarge('text', text.length), url ? 'file' : 'text');
    return;
  }
  state.text = text;
  state.title = title;
  state.url = url;
  state.entity = null;
  state.why = null;
  // The extension's panel has no text box.
  if ($('text')) $('text').value = text;
  save();
  analyzeNow();
}

/** A dropped or opened file: HTML goes through article extraction, anything else is text. */
export async function readFile(file) {
  // Not even read when over the larger limit; the engine checks the exact one.
  if (file.size > LIMITS.html) {
    failed(new TooLarge('html', file.size), 'file');
    return;
  }
  const content = await file.text();
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype|html)/i.test(content);
  whenReady(() => (html ? loadHtml(content, file.name, null) : setText(content, { url: file.name })));
}
