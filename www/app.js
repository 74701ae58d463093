// Nutshell's page: UI only (the engine, engine.js → worker.js → pkg/, analyses in a worker). Article
// text only ever enters the page as text nodes, never as HTML.
import { ready, run, runHtml, cancel, busy, LIMITS, Superseded, EngineStopped, TooLarge } from './engine.js';

// ---- interface language
// English (the page as written) or French (written for this page): FR is the page's text nodes in
// document order (not translate="no", not the language names); text written here uses t(en, fr).
const FR = [
  'Des résumés d’articles qui ne quittent jamais votre navigateur.',
  'Votre article',
  'Collez ou tapez un article, ou déposez ici un fichier .txt ou .html',
  'Ouvrir un fichier…',
  'Effacer',
  'Longueur du résumé en',
  'automatique',
  'phrases',
  'mots',
  'Longueur',
  'Langue',
  'Laisser les citations de côté',
  'Lien vers ces réglages',
  'Votre résumé apparaîtra ici.',
  'Annuler',
  'Résumé',
  'Copier le texte',
  'Copier en Markdown',
  'Expressions clés',
  'Chiffres clés',
  'Qui a dit quoi',
  'Noms',
  'Choisissez un nom pour voir où il apparaît.',
  'Article',
  'Dans le résumé',
  '· plus c’est foncé, plus c’est saillant · choisissez une phrase (ou Tab, flèches, Entrée) pour savoir pourquoi.',
  'Pourquoi cette phrase',
  'Fermer',
  'Privé par construction',
  'Nutshell fonctionne entièrement dans votre navigateur. La page ne charge que ses propres fichiers et sa Content-Security-Policy lui interdit toute autre connexion : ce que vous collez n’est jamais envoyé. Votre texte reste dans ce navigateur jusqu’à ce que vous appuyiez sur',
  'Effacer',
  '. Une fois chargée, la page marche hors ligne.',
  'Résumer toute page : le bookmarklet',
  'Glissez ce lien dans vos favoris :',
  '. Sur un site d’actualité, sélectionnez une partie (ou rien) et cliquez-le : le texte s’ouvre ici, sans serveur.',
  'Si les fenêtres liées sont interdites, le texte passe après le',
  'de l’adresse (jamais envoyé à un serveur), ou est copié pour que vous le colliez.',
];
// placeholder and aria-label attributes, in document order.
const FR_ATTR = [
  'Collez un article ici…',
  'Réglages du résumé',
  'Lien vers ces réglages (jamais le texte)',
  'Résumé et faits clés',
  'Fermer l’explication',
];

let lang = 'en';
const t = (en, fr) => (lang === 'fr' ? fr : en);

let texts;
let attrs;
let shown = 'en'; // the language the page's own text is in (index.html is in English)
/** Puts the page's own text in `l` ('en' or 'fr'). */
function setLang(l) {
  if (!texts) {
    texts = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n; (n = walk.nextNode()); ) {
      if (n.data.trim() && !n.parentElement.closest('[translate=no],#lang')) texts.push([n, n.data]);
    }
    attrs = [...document.querySelectorAll('[placeholder],[aria-label]')].map((e) => {
      const a = e.hasAttribute('placeholder') ? 'placeholder' : 'aria-label';
      return [e, a, e.getAttribute(a)];
    });
  }
  lang = l;
  document.documentElement.lang = l;
  document.title = `Nutshell — ${t('private article summaries', 'résumés d’articles privés')}`;
  // The page's text is rewritten only when it changes language (not at start in English: each
  // rewritten node would be laid out again).
  if (l === shown) return;
  shown = l;
  // The leading and trailing white space of each text node is kept.
  texts.forEach(([n, en], i) => (n.data = l === 'fr' ? en.replace(/\S(?:[^]*\S)?/, () => FR[i]) : en));
  attrs.forEach(([e, a, en], i) => e.setAttribute(a, t(en, FR_ATTR[i])));
}

/** The language to show: the one chosen before, else the browser's first English or French. */
function preferred(saved) {
  if (saved === 'en' || saved === 'fr') return saved;
  const l = (navigator.languages || [navigator.language]).map((x) => x.slice(0, 2)).find((x) => x === 'en' || x === 'fr');
  return l || 'en';
}

const $ = (id) => document.getElementById(id);
const STORE = 'nutshell:v1';
const KINDS = () => [
  ['person', t('People', 'Personnes')],
  ['organization', 'Organisations'],
  ['place', t('Places', 'Lieux')],
  ['other', t('Other names', 'Autres noms')],
];
const PARTS = () => ({
  centrality: t('Centrality: shares words with the rest of the article', 'Centralité : partage des mots avec le reste de l’article'),
  position: t('Position: early sentences carry the news', 'Position : les premières phrases portent l’information'),
  title: t('Title: shares words with the headline', 'Titre : partage des mots avec le titre'),
  density: t('Density: rich in key phrases and names', 'Densité : riche en expressions clés et en noms'),
  form: t('Form: a complete, well-formed sentence', 'Forme : une phrase complète et bien formée'),
});
const plural = (n, en, fr) => `${n} ${t(en, fr)}${n === 1 ? '' : 's'}`;

/** Builds an element; children are nodes or strings (strings become text nodes). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

// ---- state

const state = {
  text: '',
  title: null, // the headline, when the text came from a page
  url: null, // where it came from (a page, a file name)
  unit: 'auto', // 'auto' | 'sentences' | 'words'
  length: 3,
  lang: '',
  skipQuotes: false, // keep quotations out of the summary
  result: null,
  ms: 0,
  entity: null, // index of the highlighted entity
  why: null, // index of the explained sentence
};

function save() {
  try {
    localStorage.setItem(STORE + ':ui', document.documentElement.lang);
    const { text, title, url, unit, length, lang, skipQuotes } = state;
    localStorage.setItem(STORE, JSON.stringify({ text, title, url, unit, length, lang, skipQuotes }));
  } catch {
    // Storage full or disabled: the text just won't survive a reload.
  }
}

function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (saved && typeof saved.text === 'string') Object.assign(state, saved);
  } catch {
    localStorage.removeItem(STORE);
  }
}

// ---- analysis

function options() {
  const o = {};
  if (state.lang) o.lang = state.lang;
  if (state.title) o.title = state.title;
  if (state.unit === 'sentences' || state.unit === 'words') o[state.unit] = state.length;
  if (state.skipQuotes) o.skipQuotes = true;
  return o;
}

let engineReady = false;
// Each analysis gets a number; only the latest one's answer is shown (not one for stale text).
let seq = 0;

/** Analyses state.text and shows the result. `summaryFirst`: the text restored at load may show
 * its summary before the rest (engine.js, inTwoSteps); any other analysis comes whole. */
async function analyzeNow({ summaryFirst = false } = {}) {
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
  showProgressLater(t('Analysing', 'Analyse de'), state.text.length);
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
    answer = await run(state.text, options(), summaryFirst ? onSummary : undefined);
  } catch (e) {
    if (my === seq && !(e instanceof Superseded)) failed(e, 'text');
    return;
  }
  if (my !== seq) return;
  show(answer, summaryShown);
  // For screen readers: a short status once the summary is on the page.
  $('live').textContent = t('Summary ready: ', 'Résumé prêt : ') + plural(answer.result.summary.length, 'sentence', 'phrase');
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
}

const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
function formatSize(chars) {
  if (chars < 1e3) return plural(chars, 'character', 'caractère');
  return chars < 1e6 ? `${(chars / 1e3).toFixed(1)} KB` : mb(chars);
}

/** A failed analysis: says why in words; no stale result stays shown. */
function failed(e, what) {
  hideProgress();
  state.result = null;
  render();
  if (e instanceof TooLarge) {
    showError(
      t(
        `This ${what} is too large for Nutshell (${mb(e.size)}; the limit is ${mb(LIMITS.text)} of text and ` +
          `${mb(LIMITS.html)} for a web page’s HTML), so it was not analysed. Try a part of it.`,
        `Trop grand (${mb(e.size)} ; limites : ${mb(LIMITS.text)} de texte, ${mb(LIMITS.html)} de HTML) : non analysé.`,
      ),
    );
  } else if (e instanceof EngineStopped) {
    showError(
      t(
        `Nutshell could not analyse this ${what} (its engine stopped: ${e.message}). The page still works; try a shorter text.`,
        `Moteur arrêté (${e.message}) : essayez un texte plus court.`,
      ),
    );
  } else {
    showError(t(`Nutshell could not analyse this ${what}: `, 'Nutshell n’a pas pu analyser ceci : ') + e.message);
  }
}

// ---- progress
// Shown only for analyses over 100 ms, with the time and a Cancel button.

let progressTimer = 0;
function showProgressLater(verb, chars) {
  clearInterval(progressTimer);
  const t0 = performance.now();
  const size = formatSize(chars);
  progressTimer = setInterval(() => {
    $('progress-text').textContent = `${verb} ${size}… ${((performance.now() - t0) / 1000).toFixed(1)} s`;
    $('progress').hidden = false;
  }, 100);
}

function hideProgress() {
  clearInterval(progressTimer);
  $('progress').hidden = true;
}

/** Loads a page's HTML: the engine extracts the article, which then becomes the text. */
async function loadHtml(html, url, pageTitle) {
  $('error').hidden = true;
  const my = ++seq;
  showProgressLater(t('Reading', 'Lecture de'), html.length);
  let extracted;
  try {
    extracted = (await runHtml(html, url, state.lang ? { lang: state.lang } : undefined)).result;
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

function setText(text, { title = null, url = null } = {}) {
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
  $('text').value = text;
  save();
  analyzeNow();
}

// ---- rendering

function words(s) {
  return (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) || []).length;
}

/** Shows state.result; `completing`: it is the whole result of the summary shown just before. */
function render(completing = false) {
  const r = state.result;
  $('source').textContent = state.url ? t('From ', 'Depuis ') + state.url : '';
  $('empty').hidden = !!r;
  $('results').hidden = !r;
  renderLengthControl();
  if (!r) return;

  const body = r.sentences.filter((s) => s.kind === 'body').length;
  const summaryWords = r.summary.reduce((n, i) => n + words(r.sentences[i].text), 0);
  const langName = $('lang').querySelector(`option[value="${r.language}"]`);
  $('stats').replaceChildren(
    el('span', { class: 'lang', id: 'language', text: r.language }),
    ` ${langName ? langName.textContent : t('undetermined', 'indéterminée')} ${state.lang ? t('(chosen)', '(choisie)') : t('(detected)', '(détectée)')}`,
    ` · ${r.summary.length} ${t('of', 'sur')} ${plural(body, 'sentence', 'phrase')} · ${plural(summaryWords, 'word', 'mot')} · `,
    el('span', { id: 'took', text: `${t('analysed in', 'analysé en')} ${formatMs(state.ms)}` }),
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
      ? r.keyphrases.slice(0, 12).map((k) => el('li', { title: `${k.count}×` }, k.text, el('span', { class: 'count', text: ` ${k.count}` })))
      : [el('li', { class: 'muted', text: t('None found.', 'Aucune.') })]),
  );

  renderEntities(r);
  renderFacts(r, $('figures'), $('quotes'));
}

/** The summary's items, the article and the open explanation. */
function renderSummary(r) {
  $('summary').replaceChildren(
    ...r.summary.map((i) =>
      el(
        'li',
        {},
        el('span', { class: 'sentence', text: r.sentences[i].text }),
        ' ',
        ref(i),
      ),
    ),
  );

  renderArticle(r);
  renderWhy(r);
}

function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

function renderEntities(r) {
  const groups = KINDS().map(([kind, label]) => {
    const all = r.entities.map((e, i) => [e, i]).filter(([e]) => e.kind === kind);
    if (!all.length) return null;
    // The most mentioned first (the engine's order); a huge text can name thousands.
    const items = all.slice(0, 60);
    return el(
      'div',
      { class: 'entity-group' },
      el('h3', { text: label }),
      el(
        'ul',
        { class: 'chips' },
        ...items.map(([e, i]) =>
          el(
            'li',
            {},
            el(
              'button',
              {
                type: 'button',
                class: `entity ${kind}`,
                'data-e': String(i),
                'aria-pressed': String(state.entity === i),
                onclick: () => toggleEntity(i),
              },
              e.text,
              el('span', { class: 'count', text: ` ${e.count}` }),
            ),
          ),
        ),
      ),
      all.length > items.length ? el('p', { class: 'muted small', text: `${t('and', 'et')} ${all.length - items.length} ${t('more', 'de plus')}` }) : '',
    );
  }).filter(Boolean);
  $('entities').replaceChildren(...(groups.length ? groups : [el('p', { class: 'muted', text: t('None found.', 'Aucun.') })]));
}

function toggleEntity(i) {
  state.entity = state.entity === i ? null : i;
  renderEntities(state.result);
  renderArticle(state.result);
  // The new button keeps the keyboard focus.
  $('entities').querySelector(`[data-e="${i}"]`).focus({ preventScroll: true });
  if (state.entity !== null) {
    const first = $('article').querySelector('mark.mention');
    if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

// A long article is shown a part at a time (tens of thousands of sentence elements would freeze
// the page); the part follows the explained sentence.
const VIEW = 2000;

/** The article as paragraphs of sentence spans; gaps with a blank line start a paragraph. */
function renderArticle(r) {
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
    out.unshift(
      el('p', {
        class: 'muted small',
        id: 'article-part',
        text: t(
          `This article is long: sentences ${first + 1} to ${last} of ${n} are shown. Select a summary reference (§) to see another part.`,
          `Article long : phrases ${first + 1} à ${last} sur ${n} ; les références (§) du résumé montrent les autres.`,
        ),
      }),
    );
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

function jumpTo(i) {
  state.why = i;
  renderArticle(state.result);
  renderWhy(state.result);
  const span = $(`s${i + 1}`);
  span.scrollIntoView({ block: 'center', behavior: 'smooth' });
  span.focus({ preventScroll: true });
}

function renderWhy(r) {
  const s = state.why === null ? null : r.sentences[state.why];
  $('why').hidden = !s;
  if (!s) return;
  const inSummary = r.summary.includes(state.why);
  $('why-text').replaceChildren(
    el('span', {
      class: 'muted small',
      text: `§${state.why + 1} · ${t(s.kind, { body: 'corps', heading: 'intertitre', boilerplate: 'accessoire' }[s.kind])} · ${
        inSummary ? t('in the summary', 'dans le résumé') : t('not in the summary', 'hors du résumé')
      }`,
    }),
    el('br'),
    s.text,
  );
  const rows = [[t('Overall salience', 'Saillance globale'), s.score], ...Object.entries(s.parts).map(([k, v]) => [PARTS()[k] || k, v])];
  $('why-parts').replaceChildren(
    ...rows.flatMap(([label, v]) => [
      el('dt', { text: label }),
      el('dd', {}, el('meter', { min: 0, max: 1, value: Math.max(0, Math.min(1, v)), 'aria-label': label }), ` ${v.toFixed(2)}`),
    ]),
  );
}

function renderLengthControl() {
  const r = state.result;
  $('lang').options[0].textContent = t('detect', 'détecter') + (r && !state.lang ? ` (${r.language})` : '');
  const slider = $('length');
  $('unit').value = state.unit;
  const body = r ? r.sentences.filter((s) => s.kind === 'body').length : 15;
  if (state.unit === 'words') {
    slider.min = 10;
    slider.max = 1000;
    slider.step = 10;
    slider.value = state.length;
    $('length-out').textContent = plural(state.length, 'word', 'mot');
  } else {
    slider.min = 1;
    slider.max = Math.max(2, Math.min(30, body));
    slider.step = 1;
    const n = state.unit === 'auto' && r ? r.summary.length : state.length;
    slider.value = n;
    $('length-out').textContent = plural(n, 'sentence', 'phrase') + (state.unit === 'auto' ? t(' (automatic)', ' (automatique)') : '');
  }
}

// ---- key figures and who said what
// Each item links back to its sentence.

const FIGURE_KINDS = () => t({ number: 'count', money: 'amount', percent: 'share', date: 'date' }, { number: 'nombre', money: 'montant', percent: 'part', date: 'date' });

/** Fills `figures` and `quotes` (two elements) from the result `r`. */
function renderFacts(r, figures, quotes) {
  // Figures of the summary first; when the summary has none, the article's first ones.
  const inSummary = r.figures.filter((f) => f.in_summary);
  const shown = (inSummary.length ? inSummary : r.figures).slice(0, 10);
  figures.replaceChildren(
    ...(shown.length
      ? shown.map((f) =>
          el(
            'li',
            {},
            el('strong', { text: f.text }),
            el('span', { class: 'muted small', text: ` ${FIGURE_KINDS()[f.kind] || f.kind} · ` }),
            ref(f.sentence),
          ),
        )
      : [el('li', { class: 'muted', text: t('None found.', 'Aucun.') })]),
  );

  quotes.replaceChildren(
    ...(r.speakers.length
      ? r.speakers.map((sp) =>
          el(
            'li',
            {},
            el('strong', { text: sp.name }),
            el(
              'ul',
              {},
              ...sp.quotes.map((qi) => {
                const q = r.quotes[qi];
                return el('li', {}, el('q', { text: q.text }), ' ', ref(q.sentence));
              }),
            ),
          ),
        )
      : [el('li', { class: 'muted', text: t('No attributed quotations.', 'Aucune citation attribuée.') })]),
  );
}

function ref(i) {
  return el(
    'a',
    {
      href: `#s${i + 1}`,
      class: 'ref',
      title: t(`Sentence ${i + 1} of the article`, `Phrase ${i + 1} de l’article`),
      onclick: (e) => {
        e.preventDefault();
        jumpTo(i);
      },
    },
    `§${i + 1}`,
  );
}

// ---- copy

function summaryText() {
  const r = state.result;
  return r.summary.map((i) => r.sentences[i].text.replace(/\s+/g, ' ').trim()).join('\n');
}

function summaryMarkdown() {
  const r = state.result;
  const esc = (s) => s.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>])/g, '\\$1');
  const lines = [];
  const title = state.title || r.title;
  if (title) lines.push(`**${esc(title)}**`, '');
  for (const i of r.summary) lines.push(`- ${esc(r.sentences[i].text)} [§${i + 1}]`);
  const from = state.url ? `, ${esc(state.url)}` : '';
  lines.push('', t(`_[§n]: sentence n of the article${from}. Summarised by Nutshell, in the browser._`, `_[§n] : phrase n de l’article${from}. Résumé par Nutshell, dans le navigateur._`));
  return lines.join('\n');
}

async function copy(text, message) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el('textarea', { class: 'visually-hidden' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  $('copied').textContent = message;
}

// ---- bookmarklet hand-off ------------------------------------------------------------------

let handoffToken = null;
let handoffDone = false;

function notice(message) {
  $('handoff').textContent = message;
  $('handoff').hidden = !message;
}

function clearFragment() {
  history.replaceState(null, '', location.pathname + location.search);
}

/** An article sent by the bookmarklet: `{html?, text?, url?, title?}`, checked field by field. */
async function loadPayload(p) {
  // Strings only; one over the limits reaches the engine, which refuses it with a message.
  const str = (v, max = LIMITS.html + 1) => (typeof v === 'string' ? v.slice(0, max) : '');
  const html = str(p.html);
  const url = str(p.url, 2000) || null;
  const title = str(p.title, 500) || null;
  if (html) await loadHtml(html, url, title);
  else setText(str(p.text), { title, url });
  notice(
    state.text.trim()
      ? t(`Article received from ${url || 'the bookmarklet'}.`, `Article reçu ${url ? `de ${url}` : 'du bookmarklet'}.`)
      : t('The bookmarklet found no text on that page.', 'Le bookmarklet n’a trouvé aucun texte sur cette page.'),
  );
}

function onMessage(event) {
  // Only from our opener (where the bookmarklet ran), with our address's token, once.
  if (!handoffToken || handoffDone) return;
  if (!window.opener || event.source !== window.opener) return;
  const d = event.data;
  if (!d || typeof d !== 'object' || d.type !== 'nutshell-article' || d.token !== handoffToken) return;
  handoffDone = true;
  document.body.dataset.received = 'message';
  // An opaque origin ("null", a sandboxed page) cannot be named as a target; the ack holds no secret.
  event.source.postMessage({ type: 'nutshell-ack', token: handoffToken }, event.origin === 'null' ? '*' : event.origin);
  clearFragment();
  whenReady(() => loadPayload(d));
}

function fromBase64url(s) {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

// ---- share link: the settings, never the text

const UNITS = ['auto', 'sentences', 'words'];
function shareLink() {
  const o = { u: state.unit, n: state.length, l: state.lang, q: +state.skipQuotes, ui: lang };
  return `${location.origin}${location.pathname}#opts=${new URLSearchParams(o)}`;
}

/** Settings from a share link; anything unknown or out of range is ignored. */
function applyOptions(query) {
  const o = new URLSearchParams(query);
  const n = Math.round(o.get('n'));
  if (UNITS.includes(o.get('u'))) state.unit = o.get('u');
  if (n >= 1 && n <= 1000) state.length = n;
  if ([...$('lang').options].some((x) => x.value === o.get('l'))) state.lang = o.get('l');
  if (o.has('q')) state.skipQuotes = o.get('q') === '1';
  if (o.has('ui')) switchLang(preferred(o.get('ui')));
  $('lang').value = state.lang;
  $('skip-quotes').checked = state.skipQuotes;
  save();
  analyzeNow();
}

async function onFragment() {
  const hash = location.hash;
  if (hash.startsWith('#opts=')) {
    clearFragment();
    applyOptions(hash.slice(6));
  } else if (hash.startsWith('#bm=')) {
    handoffToken = hash.slice(4);
    handoffDone = false;
    notice(t('Waiting for the article from the bookmarklet…', 'En attente de l’article du bookmarklet…'));
    setTimeout(() => {
      if (handoffDone || location.hash.startsWith('#z=')) return;
      notice(
        window.opener
          ? t('The bookmarklet has not sent anything yet. Go back to the page and click it again.', 'Rien reçu du bookmarklet : recliquez-le sur la page.')
          : t(
              'The page you came from cut the link to this window (its Cross-Origin-Opener-Policy), ' +
                'so the bookmarklet sends the article another way: look at the page you came from.',
              'La page d’origine a coupé le lien (Cross-Origin-Opener-Policy) : voyez-la, l’article arrive autrement.',
            ),
      );
    }, 3000);
  } else if (hash.startsWith('#z=')) {
    const z = hash.slice(3);
    clearFragment();
    handoffDone = true;
    document.body.dataset.received = 'address';
    try {
      const payload = JSON.parse(await inflate(fromBase64url(z)));
      whenReady(() => loadPayload(payload));
    } catch {
      notice(
        t(
          'The article in this address could not be read (it may have been cut short). Try the bookmarklet again, or copy and paste the text.',
          'Article illisible dans cette adresse (tronqué ?) : réessayez, ou copiez-collez.',
        ),
      );
    }
  }
}

let readyQueue = [];
function whenReady(fn) {
  if (engineReady) fn();
  else readyQueue.push(fn);
}

/** The bookmarklet link: our own bookmarklet.js with this page's origin baked in. */
async function makeBookmarklet() {
  const link = $('bookmarklet');
  try {
    const res = await fetch('bookmarklet.js');
    if (!res.ok) throw new Error(res.statusText);
    const source = await res.text();
    const code = source
      .split('\n')
      .filter((line) => !/^\s*\/\//.test(line))
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
      .replace('__NUTSHELL_ORIGIN__', JSON.stringify(location.origin).slice(1, -1));
    // Only what a URL would change is escaped: % (decoded when run), # (a fragment), line breaks
    // (dropped). The rest stays readable in the bookmark.
    link.href = `javascript:${code.replace(/%/g, '%25').replace(/#/g, '%23').replace(/\n/g, '%0A')}`;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      notice(t('Drag “Nutshell it” to your bookmarks bar, then click it on a news page.', 'Glissez « Nutshell it » dans vos favoris.'));
    });
  } catch {
    link.removeAttribute('href');
    link.textContent = t('the bookmarklet could not be prepared', 'bookmarklet indisponible');
  }
}

// ---- wiring

let typing = 0;
function wire() {
  $('text').addEventListener('input', () => {
    state.text = $('text').value;
    state.url = null;
    state.title = null;
    clearTimeout(typing);
    typing = setTimeout(() => {
      save();
      analyzeNow();
    }, 200);
  });
  $('clear').addEventListener('click', () => {
    setText('');
    localStorage.removeItem(STORE);
    $('copied').textContent = '';
    notice('');
    $('text').focus();
  });
  $('unit').addEventListener('change', () => {
    const r = state.result;
    const unit = $('unit').value;
    if (unit === 'words') state.length = r ? Math.max(10, Math.round(r.summary.reduce((n, i) => n + words(r.sentences[i].text), 0) / 10) * 10) : 100;
    else if (unit === 'sentences' && state.unit !== 'sentences') state.length = r ? Math.max(1, r.summary.length) : 3;
    state.unit = unit;
    renderLengthControl();
    save();
    analyzeNow();
  });
  $('length').addEventListener('input', () => {
    if (state.unit === 'auto') state.unit = 'sentences';
    state.length = Number($('length').value);
    save();
    analyzeNow();
  });
  $('lang').addEventListener('change', () => {
    state.lang = $('lang').value;
    save();
    analyzeNow();
  });
  $('skip-quotes').addEventListener('change', () => {
    state.skipQuotes = $('skip-quotes').checked;
    save();
    analyzeNow();
  });
  $('ui-lang').addEventListener('click', () => {
    switchLang(lang === 'fr' ? 'en' : 'fr');
    save();
  });
  $('share').addEventListener('click', () => {
    const box = $('share-url');
    box.value = shareLink();
    box.hidden = false;
    box.select();
    copy(box.value, t('Link copied.', 'Lien copié.'));
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
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('why').hidden) $('why-close').click();
  });
  $('why-close').addEventListener('click', () => {
    const i = state.why;
    state.why = null;
    renderArticle(state.result);
    renderWhy(state.result);
    if (i !== null) $(`s${i + 1}`).focus();
  });
  $('cancel').addEventListener('click', () => {
    cancel();
    seq++;
    hideProgress();
    notice(t('Analysis cancelled. Your text is still here: change it, or press Clear.', 'Analyse annulée ; votre texte est toujours là.'));
  });
  $('copy-text').addEventListener('click', () => copy(summaryText(), t('Summary copied as text.', 'Résumé copié en texte.')));
  $('copy-md').addEventListener('click', () => copy(summaryMarkdown(), t('Summary copied as Markdown.', 'Résumé copié en Markdown.')));
  $('article').addEventListener('click', (e) => {
    const s = e.target.closest('.s');
    if (s) jumpTo(Number(s.dataset.i));
  });
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

async function readFile(file) {
  // Not even read when over the larger limit; the engine checks the exact one.
  if (file.size > LIMITS.html) {
    failed(new TooLarge('html', file.size), 'file');
    return;
  }
  const content = await file.text();
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype|html)/i.test(content);
  whenReady(() => (html ? loadHtml(content, file.name, null) : setText(content, { url: file.name })));
}

let engineState = 0; // loading, ready, failed
function showEngine() {
  $('engine').textContent = [t('Loading the engine…', 'Chargement du moteur…'), t('Ready. Everything runs on this device.', 'Prêt. Tout se passe sur cet appareil.'), ''][engineState];
}

/** The interface language: the page's text, then what the page writes itself, again. */
function switchLang(l) {
  setLang(l);
  const other = l === 'fr' ? 'en' : 'fr';
  $('ui-lang').lang = other;
  $('ui-lang').textContent = other === 'fr' ? 'Français' : 'English';
  showEngine();
  render();
}

restore();
switchLang(preferred(localStorage.getItem(STORE + ':ui')));
$('text').value = state.text;
$('lang').value = state.lang;
$('skip-quotes').checked = Boolean(state.skipQuotes);
wire();
render();
onFragment();
// In a task of its own: the restored text's first summary, when the engine is ready by now, goes
// first.
setTimeout(makeBookmarklet, 0);

ready.then(
  (version) => {
    engineReady = true;
    engineState = 1;
    showEngine();
    $('version').textContent = version;
    analyzeNow({ summaryFirst: true });
    for (const fn of readyQueue) fn();
    readyQueue = [];
  },
  (e) => {
    engineState = 2;
    showEngine();
    showError(t(`The engine could not load (${e.message}). Try reloading the page.`, `Moteur non chargé (${e.message}) : rechargez.`));
  },
);

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  // For offline use (sw.js).
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
