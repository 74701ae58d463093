// The extension's side panel: the page's result view, with the page's own modules (www/ui/) on the
// page's own elements (index.html's parts, put into panel.html by the build), for the tab the
// reader clicked Nutshell on.
// 1. background.js opens this panel and leaves a request in storage.session: which tab, which
//    frame, and whether only its selection.
// 2. summariseTab() reads that tab's article with onpage/extract.js, the bookmarklet's own code,
//    run by scripting.executeScript in the extension's isolated world (activeTab, granted by the
//    click, allows it; the page's scripts cannot see or change it).
// 3. The engine analyses it here: engine.js, its worker and the wasm run in this extension page,
//    under the extension's CSP, never in the news page, whose CSP therefore cannot stop them.
// 4. The result is shown here, and its summary highlighted on the news page with
//    onpage/highlight.js, again by executeScript: the summary's sentence texts and scores are all
//    that goes there. Explaining a sentence here ("why this sentence") scrolls the page to it.
// Nothing is fetched: the extension's CSP allows connections to its own files only.
import { ready } from '../www/engine.js';
import { $ } from '../www/ui/dom.js';
import { state, save, restore, savedLang, saveText } from '../www/ui/state.js';
import { t, setLang, preferred, onLangChange } from '../www/ui/i18n.js';
import { render } from '../www/ui/render.js';
import { analyzeNow, engineLoaded, loadHtml, onResult, showError, summaryForPage, whenReady } from '../www/ui/analysis.js';
import { onJump } from '../www/ui/article.js';
import { wireControls, showLangSwitch } from '../www/ui/controls.js';
import { extractArticle } from '../www/onpage/extract.js';
import { highlightOnPage } from '../www/onpage/highlight.js';

const api = globalThis.browser || globalThis.chrome;

// The tab (and frame) whose article is shown, while the reader's click lets us reach it.
let target = null;
// The request ids already taken (the panel may hear of one twice: at start and by its change).
const taken = new Set();

function notice(message) {
  $('notice').textContent = message;
  $('notice').hidden = !message;
}

/** For the tests and the reader alike: what the panel is doing, on <body data-state>
 * ('idle', 'reading', 'failed', 'shown', 'highlighted'), and how many pages it was asked to read
 * (<body data-run>). */
function setState(s) {
  document.body.dataset.state = s;
}
let runs = 0;

/**
 * The entry point, what the toolbar button and the menu entry lead to: reads the article of tab
 * `tabId` (its selection only, when `selection`), analyses it, and highlights its summary there.
 */
export async function summariseTab(tabId, { selection = false, frameId = 0 } = {}) {
  document.body.dataset.run = String(++runs);
  setState('reading');
  notice(t('extReading'));
  $('onpage').textContent = '';
  $('show-onpage').hidden = true;
  let page = null;
  try {
    const [answer] = await api.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: extractArticle,
      args: [selection ? 'selection' : 'page'],
    });
    page = answer && answer.result;
  } catch (e) {
    setState('failed');
    notice(t('extCannotRead', (e && e.message) || String(e)));
    return;
  }
  if (!page || typeof page.html !== 'string' || !page.html) {
    setState('failed');
    notice(selection ? t('extNoSelection') : t('nothingFound'));
    return;
  }
  target = { tabId, frameId };
  notice('');
  whenReady(() => loadHtml(page.html, typeof page.url === 'string' ? page.url : null, typeof page.title === 'string' ? page.title : null));
}

/** Runs onpage/highlight.js in the target tab with `command` and `data`; resolves with its answer. */
async function onPage(command, data) {
  if (!target) return null;
  const [answer] = await api.scripting.executeScript({
    target: { tabId: target.tabId, frameIds: [target.frameId] },
    func: highlightOnPage,
    args: [command, data],
  });
  return answer ? answer.result : null;
}

/** The summary of `r` highlighted on the news page, in the interface's language. */
async function highlight(r) {
  if (!target || !r) return;
  const labels = {
    heading: t('onpageHeading'),
    close: t('close'),
    status: t('onpageStatus'),
    missing: t('onpageMissing'),
    hint: t('onpageHint'),
  };
  try {
    const shown = await onPage('show', { summary: summaryForPage(r), labels });
    $('onpage').textContent = t('onpageShown', shown.found, shown.total);
    setState('highlighted');
  } catch (e) {
    $('onpage').textContent = t('onpageFailed', (e && e.message) || String(e));
    setState('shown');
  }
  $('show-onpage').hidden = false;
}

onResult(highlight);
onJump((i) => {
  const s = state.result && state.result.sentences[i];
  if (s) onPage('focus', { text: s.text }).catch(() => {});
});

/** A request left by background.js for this window: taken once, by one panel. */
async function takeRequest() {
  const { request } = await api.storage.session.get('request');
  if (!request || taken.has(request.id)) return;
  // Not for a copy of this panel opened in a tab, nor for another window's panel.
  if (await api.tabs.getCurrent()) return;
  const win = await api.windows.getCurrent();
  if (request.windowId !== win.id) return;
  taken.add(request.id);
  await api.storage.session.remove('request');
  summariseTab(request.tabId, { selection: Boolean(request.selection), frameId: request.frameId || 0 });
}

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && changes.request && changes.request.newValue) takeRequest();
});
// The page it showed has gone (a reload, a link followed): so has the permission to reach it.
api.tabs.onUpdated.addListener((tabId, change) => {
  if (target && tabId === target.tabId && change.status === 'loading') {
    target = null;
    $('show-onpage').hidden = true;
    $('onpage').textContent = '';
    notice(t('extPageChanged'));
  }
});

// ---- start

let engineState = 'loading';
function showEngine() {
  $('engine').textContent = { loading: t('engineLoading'), ready: t('engineReady'), failed: '' }[engineState];
}

onLangChange((l) => {
  showLangSwitch(l);
  showEngine();
  render();
});

saveText(false);
restore();
setLang(preferred(savedLang()));
$('lang').value = state.lang;
$('skip-quotes').checked = Boolean(state.skipQuotes);
wireControls({
  changed: () => {
    save();
    analyzeNow();
  },
  cancelled: () => notice(t('analysisCancelled')),
});
$('show-onpage').addEventListener('click', () => highlight(state.result));
render();
notice(t('extIdle'));
setState('idle');
takeRequest();

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
