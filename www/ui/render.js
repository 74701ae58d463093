// Shows the result: the stats line, the summary, the length control, the key phrases, and the
// panels of the other modules (article.js, names.js, facts.js).
import { $, el } from './dom.js';
import { state } from './state.js';
import { t, plural } from './i18n.js';
import { renderArticle, renderWhy, ref } from './article.js';
import { renderEntities } from './names.js';
import { renderFacts } from './facts.js';

// At most this many key phrases are listed.
const KEYPHRASES = 12;

/** The words of the summary of `r`, as the engine counts them (the unit of its `words` option). */
export const summaryWords = (r) => r.summary.reduce((n, i) => n + r.sentences[i].words, 0);

/** Shows state.result; `completing`: it is the whole result of the summary shown just before. */
export function render(completing = false) {
  const r = state.result;
  $('source').textContent = state.url ? t('from', state.url) : '';
  $('empty').hidden = !!r;
  $('results').hidden = !r;
  renderLengthControl();
  if (!r) return;

  const body = r.sentences.filter((s) => s.kind === 'body').length;
  const langName = $('lang').querySelector(`option[value="${r.language}"]`);
  $('stats').replaceChildren(
    el('span', { class: 'lang', id: 'language', text: r.language }),
    ` ${langName ? langName.textContent : t('undetermined')} ${state.lang ? t('chosen') : t('detected')}`,
    ` · ${r.summary.length} ${t('of')} ${plural(body, 'sentence')} · ${plural(summaryWords(r), 'word')} · `,
    el('span', { id: 'took', text: `${t('analysedIn')} ${formatMs(state.ms)}` }),
  );

  // The whole result after its own summary (engine.js, inTwoSteps) has the same summary and
  // article: their elements stay as they are, already laid out and painted.
  if (!completing) renderSummary(r);
  // A summary shown first (result.partial): the later stages' panels wait, busy, for the whole
  // result a few milliseconds later. <div id="results" data-result="summary|whole">.
  $('results').dataset.result = r.partial ? 'summary' : 'whole';
  for (const id of ['keyphrases', 'figures', 'quotes', 'entities']) {
    $(id).setAttribute('aria-busy', String(Boolean(r.partial)));
    if (r.partial) $(id).replaceChildren(el(id === 'entities' ? 'p' : 'li', { class: 'muted', text: '…' }));
  }
  if (r.partial) return;

  $('keyphrases').replaceChildren(
    ...(r.keyphrases.length
      ? r.keyphrases
          .slice(0, KEYPHRASES)
          .map((k) => el('li', { title: `${k.count}×` }, k.text, el('span', { class: 'count', text: ` ${k.count}` })))
      : [el('li', { class: 'muted', text: t('noKeyphrases') })]),
  );

  renderEntities(r);
  renderFacts(r, $('figures'), $('quotes'));
}

/** The summary's items, the article and the open explanation. */
function renderSummary(r) {
  $('summary').replaceChildren(
    ...r.summary.map((i) => el('li', {}, el('span', { class: 'sentence', text: r.sentences[i].text }), ' ', ref(i))),
  );
  renderArticle(r);
  renderWhy(r);
}

function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** The length slider and its label, for the current unit (and the result's sentences). */
export function renderLengthControl() {
  const r = state.result;
  $('lang').options[0].textContent = t('detect') + (r && !state.lang ? ` (${r.language})` : '');
  const slider = $('length');
  $('unit').value = state.unit;
  const body = r ? r.sentences.filter((s) => s.kind === 'body').length : 15;
  if (state.unit === 'words') {
    slider.min = 10;
    slider.max = 1000;
    slider.step = 10;
    slider.value = state.length;
    $('length-out').textContent = plural(state.length, 'word');
  } else {
    slider.min = 1;
    slider.max = Math.max(2, Math.min(30, body));
    slider.step = 1;
    const n = state.unit === 'auto' && r ? r.summary.length : state.length;
    slider.value = n;
    $('length-out').textContent = plural(n, 'sentence') + (state.unit === 'auto' ? t('automatic') : '');
  }
}
