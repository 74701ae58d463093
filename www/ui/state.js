// What the page shows and remembers. The text and the settings are kept in this browser's
// localStorage (never sent anywhere) until the reader presses Clear; the interface language is
// kept apart, and survives Clear.
import { currentLang } from './i18n.js';

const STORE = 'nutshell:v1';

export const state = {
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

/** The fields of `state` that are saved. */
const SAVED = ['text', 'title', 'url', 'unit', 'length', 'lang', 'skipQuotes'];
const TEXT = ['text', 'title', 'url'];
let keepText = true;

/** Whether the text is saved with the settings: on the page, yes (until Clear); the extension's
 * panel keeps only the settings (the article is on its page). */
export function saveText(yes) {
  keepText = yes;
}

export function save() {
  const saved = SAVED.filter((k) => keepText || !TEXT.includes(k));
  try {
    localStorage.setItem(`${STORE}:ui`, currentLang());
    localStorage.setItem(STORE, JSON.stringify(Object.fromEntries(saved.map((k) => [k, state[k]]))));
  } catch {
    // Storage full or disabled: the text just won't survive a reload.
  }
}

/** Puts the saved text and settings back into `state`. */
export function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (saved && (typeof saved.text === 'string' || !keepText)) {
      Object.assign(state, Object.fromEntries(Object.entries(saved).filter(([k]) => keepText || !TEXT.includes(k))));
    }
  } catch {
    localStorage.removeItem(STORE);
  }
}

/** The interface language chosen before, if any. */
export const savedLang = () => localStorage.getItem(`${STORE}:ui`);

/** Clear: the text and settings are forgotten (the interface language is not). */
export function forget() {
  localStorage.removeItem(STORE);
}

/** The engine's options for the current settings. */
export function options() {
  const o = {};
  if (state.lang) o.lang = state.lang;
  if (state.title) o.title = state.title;
  if (state.unit === 'sentences' || state.unit === 'words') o[state.unit] = state.length;
  if (state.skipQuotes) o.skipQuotes = true;
  return o;
}
