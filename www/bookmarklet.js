// Nutshell's bookmarklet. The page turns this file into a `javascript:` link with its own origin
// in place of __NUTSHELL_ORIGIN__ (comment lines are dropped, nothing else changes).
// It runs in the news page's world, so it stays small and self-contained: no <script src>, no
// fetch, no wasm, no innerHTML assignment (Trusted Types), nothing the page's CSP can block.
// 1. Take the selection (as HTML), or a cleaned copy of the page.
// 2. Open Nutshell at #bm=<token> during the click; post the article to it, retrying every 100 ms,
//    until it acknowledges (it accepts only its opener, only this token, only once).
// 3. No window, or it reads as closed (Cross-Origin-Opener-Policy cut the link), or no answer in
//    2 s: send the article in the address instead, #z=<deflate-raw, base64url>; too long for that: copy the text.
void (async () => {
  const ORIGIN = '__NUTSHELL_ORIGIN__';
  const MAX_URL = 1500000;
  const rnd = new Uint8Array(16);
  crypto.getRandomValues(rnd);
  const token = Array.from(rnd, (b) => b.toString(16).padStart(2, '0')).join('');
  const win = window.open(ORIGIN + '/#bm=' + token, '_blank');

  // A small notice on the page, built from DOM nodes (never HTML), closed by its button or in time.
  const toast = (message, link) => {
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    box.style.cssText = 'position:fixed;z-index:2147483647;top:16px;right:16px;max-width:360px;padding:12px 14px;' +
      'background:#fffbea;color:#222;border:1px solid #b7791f;border-radius:8px;font:14px/1.4 system-ui,sans-serif;' +
      'box-shadow:0 4px 16px rgba(0,0,0,.25)';
    box.dataset.nutshell = 'toast';
    const p = document.createElement('p');
    p.style.margin = '0 0 6px';
    p.textContent = 'Nutshell: ' + message;
    box.append(p);
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

  // The article: the selection's HTML, or the page without scripts, media, menus and attributes.
  const KEEP = ['class', 'id', 'lang', 'itemprop', 'itemtype', 'datetime', 'name', 'property', 'content', 'role', 'rel', 'charset'];
  const DROP = 'script,style,noscript,iframe,frame,object,embed,img,picture,video,audio,source,track,svg,canvas,' +
    'template,link,form,button,input,select,textarea,dialog,nav,aside,footer,body>header,[hidden],[aria-hidden="true"],' +
    '[role="dialog"],[role="alertdialog"],[aria-modal="true"],' +
    '[role="navigation"],[role="banner"],[role="contentinfo"],[role="complementary"],[data-nutshell]';
  const clean = (root) => {
    root.querySelectorAll(DROP).forEach((n) => n.remove());
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
    const comments = [];
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === Node.COMMENT_NODE) { comments.push(n); continue; }
      for (const attr of Array.from(n.attributes)) {
        if (!KEEP.includes(attr.name)) n.removeAttribute(attr.name);
      }
    }
    comments.forEach((c) => c.remove());
    return root;
  };
  const sel = window.getSelection();
  let html;
  let text;
  if (sel && sel.rangeCount && sel.toString().trim().length > 0) {
    const box = document.createElement('div');
    for (let i = 0; i < sel.rangeCount; i++) box.append(sel.getRangeAt(i).cloneContents());
    clean(box);
    html = box.innerHTML;
    text = sel.toString();
  } else {
    const doc = clean(document.documentElement.cloneNode(true));
    html = '<!doctype html>\n' + doc.outerHTML;
    const body = doc.querySelector('body');
    text = body ? body.textContent : doc.textContent;
  }
  const article = { type: 'nutshell-article', token, html, url: location.href, title: document.title };

  // Plan B, prepared at once: the article in the address, compressed.
  const packed = (async () => {
    const json = new TextEncoder().encode(JSON.stringify({ html, url: article.url, title: article.title }));
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 32768) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
    return ORIGIN + '/#z=' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  })();

  let acked = false;
  window.addEventListener('message', (e) => {
    if (e.source === win && win && e.origin === ORIGIN && e.data && e.data.type === 'nutshell-ack' && e.data.token === token) acked = true;
  });
  const started = Date.now();
  while (!acked && win && !win.closed && Date.now() - started < 2000) {
    try { win.postMessage(article, ORIGIN); } catch (e) { }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (acked) return;

  let url = null;
  try { url = await packed; } catch (e) { }
  if (url && url.length <= MAX_URL) {
    if (win && !win.closed) {
      win.location.replace(url);
      toast('Nutshell did not answer in time, so the article was sent in the address of its window.');
      return;
    }
    const again = window.open(url, '_blank');
    if (again) {
      toast('This site cut the link to the Nutshell window, so the article was sent in the address of a new one.');
    } else {
      toast('Your browser blocked the Nutshell window. Use this link to open the article in Nutshell:', { href: url, label: 'Open in Nutshell' });
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
