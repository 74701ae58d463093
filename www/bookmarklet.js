// Nutshell's bookmarklet. scripts/build.mjs bundles this file with the code it shares with the
// extension (onpage/: reading the article, highlighting the summary) into one self-contained
// script, dist/bookmarklet.js, readable and without comments; the page turns that into a
// `javascript:` link with its own origin in place of __NUTSHELL_ORIGIN__.
// It runs in the news page's world, so it stays small and self-contained: no <script src>, no
// fetch, no wasm, no innerHTML assignment (Trusted Types), nothing the page's CSP can block.
// 1. Take the selection (as HTML), or a cleaned copy of the page (onpage/extract.js).
// 2. Open Nutshell at #bm=<token> during the click; post the article to it, retrying every 100 ms,
//    until it acknowledges (it accepts only its opener, only this token, only once).
// 3. Nutshell answers with its summary (the sentences' texts and scores, nothing else): they are
//    highlighted where they are on this page, with a small panel listing them
//    (onpage/highlight.js); Close or Escape removes both. Only answers from the window opened here,
//    from Nutshell's origin and with this token count.
// 4. No window, or it reads as closed (Cross-Origin-Opener-Policy cut the link), or no answer in
//    2 s: send the article in the address instead, #z=<deflate-raw, base64url>; too long for that:
//    copy the text. No link back, no highlights: the notice says the extension has them.
import { extractArticle } from './onpage/extract.js';
import { highlightOnPage } from './onpage/highlight.js';

void (async () => {
  const ORIGIN = '__NUTSHELL_ORIGIN__';
  const MAX_URL = 1500000;
  const rnd = new Uint8Array(16);
  crypto.getRandomValues(rnd);
  const token = Array.from(rnd, (b) => b.toString(16).padStart(2, '0')).join('');
  const win = window.open(ORIGIN + '/#bm=' + token, '_blank');

  // A small notice on the page, built from DOM nodes (never HTML), closed by its button or in time.
  const toast = (lines, link) => {
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    box.style.cssText = 'position:fixed;z-index:2147483647;top:16px;right:16px;max-width:360px;padding:12px 14px;' +
      'background:#fffbea;color:#222;border:1px solid #b7791f;border-radius:8px;font:14px/1.4 system-ui,sans-serif;' +
      'box-shadow:0 4px 16px rgba(0,0,0,.25)';
    box.dataset.nutshell = 'toast';
    [].concat(lines).forEach((line, i) => {
      const p = document.createElement('p');
      p.style.margin = '0 0 6px';
      p.textContent = (i === 0 ? 'Nutshell: ' : '') + line;
      box.append(p);
    });
    if (link) {
      const a = document.createElement('a');
      a.href = link.href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = link.label;
      a.style.cssText = 'color:#7b4f12;font-weight:600;margin-right:12px';
      box.append(a);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.onclick = () => box.remove();
    box.append(close);
    (document.body || document.documentElement).append(box);
    setTimeout(() => box.remove(), link ? 60000 : 8000);
  };
  const NO_HIGHLIGHTS = 'Highlights on this page need the Nutshell extension: this site cuts the link back from Nutshell’s window.';

  const { html, text, url, title } = extractArticle();
  const article = { type: 'nutshell-article', token, html, url, title };

  // Plan B, prepared at once: the article in the address, compressed.
  const packed = (async () => {
    const json = new TextEncoder().encode(JSON.stringify({ html, url, title }));
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 32768) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
    return ORIGIN + '/#z=' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  })();

  let acked = false;
  // Only the window this click opened, at Nutshell's origin, with this token: anything else (the
  // news page itself, its frames, another window) is ignored.
  const onMessage = (e) => {
    if (!win || e.source !== win || e.origin !== ORIGIN) return;
    const d = e.data;
    if (!d || typeof d !== 'object' || d.token !== token) return;
    if (d.type === 'nutshell-ack') acked = true;
    else if (d.type === 'nutshell-result' && acked && Array.isArray(d.summary)) {
      // Each answer replaces the last (the reader changed the summary's length in Nutshell);
      // after Close, no more.
      highlightOnPage('show', { summary: d.summary, onClose: () => window.removeEventListener('message', onMessage) });
    }
  };
  window.addEventListener('message', onMessage);
  const started = Date.now();
  while (!acked && win && !win.closed && Date.now() - started < 2000) {
    try { win.postMessage(article, ORIGIN); } catch (e) { }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (acked) return;
  window.removeEventListener('message', onMessage);

  let link = null;
  try { link = await packed; } catch (e) { }
  if (link && link.length <= MAX_URL) {
    if (win && !win.closed) {
      win.location.replace(link);
      toast('Nutshell did not answer in time, so the article was sent in the address of its window.');
      return;
    }
    const again = window.open(link, '_blank');
    if (again) {
      toast(['This site cut the link to the Nutshell window, so the article was sent in the address of a new one.', NO_HIGHLIGHTS]);
    } else {
      toast(['Your browser blocked the Nutshell window. Use this link to open the article in Nutshell:'], { href: link, label: 'Open in Nutshell' });
    }
    return;
  }
  let copied = false;
  try { await navigator.clipboard.writeText(text.replace(/\s+\n/g, '\n').trim()); copied = true; } catch (e) { }
  toast(copied
    ? 'This article is too long to hand over directly. Its text is copied: paste it into Nutshell.'
    : 'This article is too long to hand over directly. Select its text, copy it and paste it into Nutshell.',
    { href: ORIGIN + '/', label: 'Open Nutshell' });
})();
