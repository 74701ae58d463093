// Nutshell's page: the interface only. The engine (engine.js → worker.js → pkg/) analyses; the
// modules of ui/ show and remember:
//   ui/state.js      what is shown and remembered (localStorage)
//   ui/i18n.js       the interface language, with ui/strings.js (every string, English and French)
//   ui/analysis.js   the page's side of the engine: requests, progress, errors in words
//   ui/render.js     the result: stats, summary, length control, key phrases
//   ui/article.js    the article view and "why this sentence"     ui/names.js   the names panel
//   ui/facts.js      key figures and who said what                 ui/copy.js    copying the summary
//   ui/handoff.js    the bookmarklet's hand-off (messages, the address)   ui/share.js   share links
//   ui/bookmarklet-link.js   the bookmarklet link                  ui/dom.js     $ and el()
//   ui/controls.js   the result's controls (settings, article view, copy), shared with the
//                    extension's panel
// This file wires the controls to them and starts the page. Article text only ever enters the
// page as text nodes, never as HTML.
import { ready, onEngineState } from './engine.js';
import { $ } from './ui/dom.js';
import { state, save, restore, savedLang, forget } from './ui/state.js';
import { t, setLang, preferred, onLangChange } from './ui/i18n.js';
import { render } from './ui/render.js';
import { analyzeNow, engineLoaded, readFile, setText, showError } from './ui/analysis.js';
import { copy } from './ui/copy.js';
import { wireControls, showLangSwitch } from './ui/controls.js';
import { notice, onFragment, onMessage, onShare } from './ui/handoff.js';
import { shareLink } from './ui/share.js';
import { makeBookmarklet } from './ui/bookmarklet-link.js';

// ---- the engine's state, for the reader (#engine) and for tests (<html data-engine>)

let engineState = 'loading'; // 'loading' | 'ready' | 'failed'
function showEngine() {
  $('engine').textContent = { loading: t('engineLoading'), ready: t('engineReady'), failed: '' }[engineState];
}
onEngineState((s) => {
  document.documentElement.dataset.engine = s; // 'starting' | 'worker'
});

// ---- wiring

/** A setting changed: saved, and the text analysed again. */
function settingsChanged() {
  save();
  analyzeNow();
}

let typing = 0;
function wire() {
  $('text').addEventListener('input', () => {
    state.text = $('text').value;
    state.url = null;
    state.title = null;
    clearTimeout(typing);
    typing = setTimeout(settingsChanged, 200);
  });
  $('clear').addEventListener('click', () => {
    setText('');
    forget();
    $('copied').textContent = '';
    notice('');
    $('text').focus();
  });
  $('share').addEventListener('click', () => {
    const box = $('share-url');
    box.value = shareLink();
    box.hidden = false;
    box.select();
    copy(box.value, t('linkCopied'));
  });
  wireControls({ changed: settingsChanged, cancelled: () => notice(t('analysisCancelled')) });
  $('file').addEventListener('change', () => {
    const f = $('file').files[0];
    if (f) readFile(f);
    $('file').value = '';
  });
  // Files dropped anywhere on the page.
  document.addEventListener('dragover', (e) => {
    if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) {
      e.preventDefault();
      document.body.classList.add('dropping');
    }
  });
  document.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', (e) => {
    document.body.classList.remove('dropping');
    const f = e.dataTransfer && e.dataTransfer.files[0];
    if (f) {
      e.preventDefault();
      readFile(f);
    }
  });
  window.addEventListener('message', onMessage);
  window.addEventListener('hashchange', onFragment);
}

// ---- start

// A new interface language: the switch offers the other one, and what the scripts wrote is
// written again.
onLangChange((l) => {
  showLangSwitch(l);
  showEngine();
  render();
});

restore();
setLang(preferred(savedLang()));
$('text').value = state.text;
$('lang').value = state.lang;
$('skip-quotes').checked = Boolean(state.skipQuotes);
wire();
render();
onFragment();
onShare();
// In a task of its own: the restored text's first summary, when the engine is ready by now, goes
// first.
setTimeout(makeBookmarklet, 0);

ready.then(
  (version) => {
    engineState = 'ready';
    showEngine();
    $('version').textContent = version;
    engineLoaded();
  },
  (e) => {
    engineState = 'failed';
    showEngine();
    showError(t('engineFailed', e.message));
  },
);

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  // For offline use (sw.js). Under Trusted Types (the page's CSP requires them for scripts) a
  // service worker's address is a sink: this policy lets through sw.js alone.
  const url = new URL('sw.js', location.href).href;
  const policy = self.trustedTypes?.createPolicy('nutshell-sw', {
    createScriptURL: (u) => {
      if (u !== url) throw new TypeError(`not Nutshell's service worker: ${u}`);
      return u;
    },
  });
  navigator.serviceWorker.register(policy ? policy.createScriptURL(url) : url).catch(() => {});
}
