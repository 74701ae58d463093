// Articles handed over by the bookmarklet (bookmarklet.js runs on the news page): by message from
// the window that opened this one (#bm=<token> in the address), or in the address itself
// (#z=<deflate-raw, base64url>). And the address's other fragment, a share link's settings
// (#opts=…, share.js); and text shared to the installed page (its manifest's share_target, in
// the query). Whatever arrives is checked field by field and handled as text.
// An article that came by message gets its summary back: the bookmarklet, still running on the
// news page, highlights it there. Only the summary's sentence texts and scores go back, only to
// the opener, only at its origin, with its token.
import { LIMITS } from '../engine.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { t } from './i18n.js';
import { loadHtml, onResult, setText, summaryForPage, whenReady } from './analysis.js';
import { applyOptions } from './share.js';

// How long the bookmarklet may take to send the article before the page says something.
const PATIENCE_MS = 3000;

let handoffToken = null;
let handoffDone = false;
// Where the summary goes back to: the opener's window, its origin and token, and the text it sent
// (once the reader changes the text, nothing more is sent).
let replyTo = null;

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

onResult((r) => {
  if (!replyTo) return;
  // The first result after the hand-off is the handed text's (older requests are dropped).
  if (replyTo.text === null) replyTo.text = state.text;
  if (state.text !== replyTo.text || replyTo.win.closed) {
    replyTo = null;
    return;
  }
  replyTo.win.postMessage({ type: 'nutshell-result', token: replyTo.token, summary: summaryForPage(r) }, replyTo.origin);
});

/** A message from another window: an article from our opener, with our token, once. */
export function onMessage(event) {
  // Only from our opener (where the bookmarklet ran), with our address's token, once.
  if (!handoffToken || handoffDone) return;
  if (!window.opener || event.source !== window.opener) return;
  const d = event.data;
  if (!d || typeof d !== 'object' || d.type !== 'nutshell-article' || d.token !== handoffToken) return;
  // The page it says it comes from is the origin it came from (the bookmarklet sends its location).
  let from = null;
  try {
    from = new URL(d.url).origin;
  } catch {
    // no address: checked below
  }
  if (from !== event.origin && event.origin !== 'null') return;
  handoffDone = true;
  document.body.dataset.received = 'message';
  const token = handoffToken;
  // An opaque origin ("null", a sandboxed page) cannot be named as a target: the ack, which holds
  // no secret, goes to any, but the summary is not sent back.
  event.source.postMessage({ type: 'nutshell-ack', token }, event.origin === 'null' ? '*' : event.origin);
  clearFragment();
  // Set before the article is analysed: its result may come at once.
  replyTo = event.origin === 'null' ? null : { win: event.source, origin: event.origin, token, text: null };
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

// What the installed page's manifest asks a share to fill in (share_target, GET).
const SHARED = ['title', 'text', 'url'];

/**
 * Text shared to the installed page (Android's share sheet: ./?title=…&text=…&url=…). Only the
 * text is analysed; the address is shown as where it came from and never fetched. The query
 * leaves the address at once (the service worker never sends it to the server: sw.js).
 */
export function onShare() {
  const q = new URLSearchParams(location.search);
  if (!SHARED.some((k) => q.has(k))) return;
  history.replaceState(null, '', location.pathname + location.hash);
  const str = (k, max) => (q.get(k) || '').slice(0, max);
  const title = str('title', 500).trim() || null;
  let url = str('url', 2000).trim() || null;
  let text = str('text', LIMITS.text + 1);
  // Browsers often share a page as its address in the text: an address is no article.
  if (/^\s*https?:\/\/\S+\s*$/.test(text)) {
    url = url || text.trim();
    text = '';
  }
  document.body.dataset.received = 'share';
  if (!text.trim()) {
    notice(t('sharedNoText'));
    return;
  }
  whenReady(() => {
    setText(text, { title, url });
    notice(t('sharedReceived', url));
  });
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
