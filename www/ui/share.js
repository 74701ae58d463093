// "Link to these settings": an address whose fragment holds the settings and the interface
// language (#opts=u=words&n=120&l=fr&q=1&ui=fr), never the text; opening it sets them.
import { $ } from './dom.js';
import { state, save } from './state.js';
import { currentLang, setLang, preferred } from './i18n.js';
import { analyzeNow } from './analysis.js';

const UNITS = ['auto', 'sentences', 'words'];

/** The link for the current settings. */
export function shareLink() {
  const o = { u: state.unit, n: state.length, l: state.lang, q: +state.skipQuotes, ui: currentLang() };
  return `${location.origin}${location.pathname}#opts=${new URLSearchParams(o)}`;
}

/** Settings from a share link; anything unknown or out of range is ignored. */
export function applyOptions(query) {
  const o = new URLSearchParams(query);
  const n = Math.round(o.get('n'));
  if (UNITS.includes(o.get('u'))) state.unit = o.get('u');
  if (n >= 1 && n <= 1000) state.length = n;
  if ([...$('lang').options].some((x) => x.value === o.get('l'))) state.lang = o.get('l');
  if (o.has('q')) state.skipQuotes = o.get('q') === '1';
  if (o.has('ui')) setLang(preferred(o.get('ui')));
  $('lang').value = state.lang;
  $('skip-quotes').checked = state.skipQuotes;
  save();
  analyzeNow();
}
