// The controls of a result, wired the same way on the page (app.js) and in the extension's panel
// (extension/panel.js), which share the elements and their ids: the summary's settings (length,
// unit, language, quotations), the interface language switch, the article view (click, Tab and
// arrows, Enter; Escape closes the explanation), Cancel and the copy buttons.
import { $ } from './dom.js';
import { state, save } from './state.js';
import { t, currentLang, setLang } from './i18n.js';
import { renderLengthControl, summaryWords } from './render.js';
import { jumpTo, closeWhy } from './article.js';
import { cancelAnalysis } from './analysis.js';
import { copy, copyMarkdown, summaryText } from './copy.js';

/** `changed()`: a setting changed (save and analyse again); `cancelled()`: the reader pressed Cancel. */
export function wireControls({ changed, cancelled }) {
  $('unit').addEventListener('change', () => {
    const r = state.result;
    const unit = $('unit').value;
    if (unit === 'words') state.length = r ? Math.max(10, Math.round(summaryWords(r) / 10) * 10) : 100;
    else if (unit === 'sentences' && state.unit !== 'sentences') state.length = r ? Math.max(1, r.summary.length) : 3;
    state.unit = unit;
    renderLengthControl();
    changed();
  });
  $('length').addEventListener('input', () => {
    if (state.unit === 'auto') state.unit = 'sentences';
    state.length = Number($('length').value);
    changed();
  });
  $('lang').addEventListener('change', () => {
    state.lang = $('lang').value;
    changed();
  });
  $('skip-quotes').addEventListener('change', () => {
    state.skipQuotes = $('skip-quotes').checked;
    changed();
  });
  $('ui-lang').addEventListener('click', () => {
    setLang(currentLang() === 'fr' ? 'en' : 'fr');
    save();
  });
  $('article').addEventListener('keydown', (e) => {
    const s = e.target.closest('.s');
    if (!s) return;
    const i = Number(s.dataset.i);
    const next = $(`s${i + 1 + ({ ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key] || NaN)}`);
    if (e.key === 'Enter' || e.key === ' ') jumpTo(i);
    else if (next) {
      s.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    } else return;
    e.preventDefault();
  });
  $('article').addEventListener('click', (e) => {
    const s = e.target.closest('.s');
    if (s) jumpTo(Number(s.dataset.i));
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('why').hidden) $('why-close').click();
  });
  $('why-close').addEventListener('click', closeWhy);
  $('cancel').addEventListener('click', () => {
    cancelAnalysis();
    cancelled();
  });
  $('copy-text').addEventListener('click', () => copy(summaryText(), t('copiedText')));
  $('copy-md').addEventListener('click', copyMarkdown);
}

/** The interface language switch offers the other language, in that language. */
export function showLangSwitch(l) {
  const other = l === 'fr' ? 'en' : 'fr';
  $('ui-lang').lang = other;
  $('ui-lang').textContent = other === 'fr' ? 'Français' : 'English';
}
