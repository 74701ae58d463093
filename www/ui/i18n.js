// The interface language: English (index.html as written) or French. Strings are looked up by
// their id in strings.js, never by their place in the page, so a new element or string moves no
// other. Article text is never translated or touched.
import { STRINGS } from './strings.js';

export const LANGUAGES = ['en', 'fr'];

let lang = 'en';
let shown = 'en'; // the language the page's own text is in (index.html is in English)
const listeners = [];
// Each translated element's child elements as index.html has them: `{0}`, `{1}`… in a string
// stand for these, even once a translation has put them in another order.
const children = new WeakMap();

/** The interface language: 'en' or 'fr'. */
export const currentLang = () => lang;

/** The string `key` in the interface language; a function entry is called with `args`. */
export function t(key, ...args) {
  const entry = STRINGS[key];
  const s = entry ? entry[lang] : key;
  return typeof s === 'function' ? s(...args) : s;
}

/** "3 sentences", "1 mot": `n` and the string `key`, with the plural's s (both languages). */
export const plural = (n, key) => `${n} ${t(key)}${n === 1 ? '' : 's'}`;

/** The language to show: the one chosen before, else the browser's first English or French. */
export function preferred(saved) {
  if (LANGUAGES.includes(saved)) return saved;
  const l = (navigator.languages || [navigator.language]).map((x) => x.slice(0, 2)).find((x) => LANGUAGES.includes(x));
  return l || 'en';
}

/** Calls `fn(lang)` after each change of language (setLang), to redraw what the scripts wrote. */
export function onLangChange(fn) {
  listeners.push(fn);
}

/** Puts the page's own text in `l` ('en' or 'fr'), then tells the listeners. */
export function setLang(l) {
  lang = l;
  document.documentElement.lang = l;
  document.title = t('pageTitle');
  // The page's text is rewritten only when it changes language (not at start in English: each
  // rewritten node would be laid out again).
  if (l !== shown) {
    shown = l;
    translatePage();
  }
  for (const fn of listeners) fn(l);
}

/** The attributes that can be translated: `data-i18n-<attribute>="key"`. */
const ATTRIBUTES = ['placeholder', 'aria-label'];

function translatePage() {
  for (const e of document.querySelectorAll('[data-i18n]')) {
    if (!children.has(e)) children.set(e, [...e.children]);
    const kids = children.get(e);
    // Text between placeholders becomes text nodes (never HTML); `{i}` puts child i back.
    const parts = t(e.dataset.i18n).split(/\{(\d+)\}/);
    e.replaceChildren(...parts.map((p, i) => (i % 2 ? kids[Number(p)] : p)).filter((p) => p !== ''));
  }
  for (const a of ATTRIBUTES) {
    for (const e of document.querySelectorAll(`[data-i18n-${a}]`)) e.setAttribute(a, t(e.getAttribute(`data-i18n-${a}`)));
  }
}
