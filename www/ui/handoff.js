// Articles handed over by the bookmarklet (bookmarklet.js runs on the news page): by message from
// the window that opened this one (#bm=<token> in the address), or in the address itself
// (#z=<deflate-raw, base64url>). And the address's other fragment, a share link's settings
// (#opts=…, share.js). Whatever arrives is checked field by field and handled as text.
import { LIMITS } from '../engine.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { t } from './i18n.js';
import { loadHtml, setText, whenReady } from './analysis.js';
import { applyOptions } from './share.js';

// How long the bookmarklet may take to send the article before the page says something.
const PATIENCE_MS = 3000;

let handoffToken = null;
let handoffDone = false;

/** A notice above the text box ('' hides it). */
export function notice(message) {
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
  notice(state.text.trim() ? t('received', url) : t('nothingFound'));
}

/** A message from another window: an article from our opener, with our token, once. */
export function onMessage(event) {
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

/** Reads the address's fragment (at load and on each change): settings, or an article. */
export async function onFragment() {
  const hash = location.hash;
  if (hash.startsWith('#opts=')) {
    clearFragment();
    applyOptions(hash.slice(6));
  } else if (hash.startsWith('#bm=')) {
    handoffToken = hash.slice(4);
    handoffDone = false;
    notice(t('waiting'));
    setTimeout(() => {
      if (handoffDone || location.hash.startsWith('#z=')) return;
      notice(window.opener ? t('notSentYet') : t('linkCut'));
    }, PATIENCE_MS);
  } else if (hash.startsWith('#z=')) {
    const z = hash.slice(3);
    clearFragment();
    handoffDone = true;
    document.body.dataset.received = 'address';
    try {
      const payload = JSON.parse(await inflate(fromBase64url(z)));
      whenReady(() => loadPayload(payload));
    } catch {
      notice(t('unreadable'));
    }
  }
}
