// The article view: the text as paragraphs of sentence spans, shaded by salience, the summary's
// sentences marked, a selected name's mentions highlighted; and "why this sentence", the
// explanation of one sentence's score. References (§n) elsewhere on the page lead here.
import { $, el } from './dom.js';
import { state } from './state.js';
import { t } from './i18n.js';

// A long article is shown a part at a time (tens of thousands of sentence elements would freeze
// the page); the part follows the explained sentence.
const VIEW = 2000;

/** The article as paragraphs of sentence spans; gaps with a blank line start a paragraph. */
export function renderArticle(r) {
  const text = state.text;
  const max = r.sentences.reduce((m, s) => (s.kind === 'body' && s.score > m ? s.score : m), 1e-9);
  const n = r.sentences.length;
  const first = n <= VIEW || state.why === null ? 0 : Math.max(0, Math.min(n - VIEW, state.why - VIEW / 2));
  const last = Math.min(n, first + VIEW);
  const inSummary = new Set(r.summary);
  const mentions = state.entity === null ? [] : [...r.entities[state.entity].mentions].sort((a, b) => a.start - b.start);

  const out = [];
  let para = el('p');
  const gap = (from, to) => {
    const g = text.slice(from, to);
    if (/\n\s*\n/.test(g)) {
      if (para.childNodes.length) out.push(para);
      para = el('p');
    } else if (g.includes('\n')) {
      if (para.childNodes.length) para.append(el('br'));
    } else if (g) {
      para.append(g);
    }
  };
  let at = first ? r.sentences[first].start : 0;
  r.sentences.slice(first, last).forEach((s, k) => {
    const i = first + k;
    gap(at, s.start);
    const cls = ['s', `kind-${s.kind}`];
    if (inSummary.has(i)) cls.push('in-summary');
    else if (s.kind === 'body') cls.push(`sal-${Math.min(4, Math.floor((s.score / max) * 5))}`);
    if (state.why === i) cls.push('explained');
    const span = el('span', { class: cls.join(' '), id: `s${i + 1}`, 'data-i': String(i), tabindex: '-1' });
    appendWithMentions(span, text, s.start, s.end, mentions);
    para.append(span);
    at = s.end;
  });
  if (last === n) gap(at, text.length);
  if (para.childNodes.length) out.push(para);
  if (first > 0 || last < n) {
    out.unshift(el('p', { class: 'muted small', id: 'article-part', text: t('articlePart', first + 1, last, n) }));
  }
  $('article').replaceChildren(...out);
  // One sentence is in the Tab order (the explained one, else the first with the selected name,
  // else the first); arrows move between sentences, Enter explains one.
  const a = $('article');
  const tab = a.querySelector('.explained') || a.querySelector('.s:has(mark)') || a.querySelector('.s');
  if (tab) tab.tabIndex = 0;
}

function appendWithMentions(parent, text, start, end, mentions) {
  let at = start;
  for (const m of mentions) {
    const a = Math.max(m.start, start);
    const b = Math.min(m.end, end);
    if (a >= b || a < at) continue;
    if (a > at) parent.append(text.slice(at, a));
    parent.append(el('mark', { class: 'mention', text: text.slice(a, b) }));
    at = b;
  }
  if (at < end) parent.append(text.slice(at, end));
}

const jumpListeners = [];

/** Calls `fn(i)` each time sentence `i` is explained (the extension's panel then shows it on the
 * news page too). */
export function onJump(fn) {
  jumpListeners.push(fn);
}

/** Explains sentence `i` (null: none), shows it in the article and gives it the focus. */
export function jumpTo(i) {
  for (const fn of jumpListeners) fn(i);
  state.why = i;
  renderArticle(state.result);
  renderWhy(state.result);
  const span = $(`s${i + 1}`);
  span.scrollIntoView({ block: 'center', behavior: 'smooth' });
  span.focus({ preventScroll: true });
}

/** Closes the explanation; the sentence it explained keeps the focus. */
export function closeWhy() {
  const i = state.why;
  state.why = null;
  renderArticle(state.result);
  renderWhy(state.result);
  if (i !== null) $(`s${i + 1}`).focus();
}

/** "Why this sentence": the explained sentence, its kind, and each part of its score. */
export function renderWhy(r) {
  const s = state.why === null ? null : r.sentences[state.why];
  $('why').hidden = !s;
  if (!s) return;
  const inSummary = r.summary.includes(state.why);
  const kind = { body: t('kindBody'), heading: t('kindHeading'), boilerplate: t('kindBoilerplate') }[s.kind] || s.kind;
  $('why-text').replaceChildren(
    el('span', {
      class: 'muted small',
      text: `§${state.why + 1} · ${kind} · ${inSummary ? t('inTheSummary') : t('notInTheSummary')}`,
    }),
    el('br'),
    s.text,
  );
  const parts = {
    centrality: t('partCentrality'),
    position: t('partPosition'),
    title: t('partTitle'),
    density: t('partDensity'),
    form: t('partForm'),
    paragraph: t('partParagraph'),
    quotation: t('partQuotation'),
    cues: t('partCues'),
    novelty: t('partNovelty'),
    base: t('partBase'),
  };
  const rows = [[t('overallSalience'), s.score], ...Object.entries(s.parts).map(([k, v]) => [parts[k] || k, v])];
  $('why-parts').replaceChildren(
    ...rows.flatMap(([label, v]) => [
      el('dt', { text: label }),
      el('dd', {}, el('meter', { min: 0, max: 1, value: Math.max(0, Math.min(1, v)), 'aria-label': label }), ` ${v.toFixed(2)}`),
    ]),
  );
}

/** A `§n` link to sentence `i` of the article: following it explains the sentence. */
export function ref(i) {
  return el(
    'a',
    {
      href: `#s${i + 1}`,
      class: 'ref',
      title: t('sentenceRef', i + 1),
      onclick: (e) => {
        e.preventDefault();
        jumpTo(i);
      },
    },
    `§${i + 1}`,
  );
}
