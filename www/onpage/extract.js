// Reading the article from the page the reader is on. The bookmarklet (www/bookmarklet.js, bundled
// into its javascript: link by scripts/build.mjs) and the extension (extension/panel.js, injected
// with scripting.executeScript when the reader clicks) run this same function in the news page.
// executeScript sends a function as its source text, so it must stand alone: it uses nothing from
// outside itself but the page's own DOM (no imports, no module constants, no helpers), and what it
// returns is plain data.

/**
 * The article: the selection's HTML when the reader selected something, or else a cleaned copy of
 * the whole page (without scripts, media, menus, dialogs, forms and attributes), and its text.
 * `mode` 'selection' (the extension's "Summarise selection") returns no HTML when nothing is
 * selected, rather than the whole page. Returns `{html, text, url, title, selection}`.
 */
export function extractArticle(mode) {
  // What survives of an element's attributes: what says what the element is (for the engine's
  // extraction), never a URL, a style or a handler.
  const KEEP = ['class', 'id', 'lang', 'itemprop', 'itemtype', 'datetime', 'name', 'property', 'content', 'role', 'rel', 'charset'];
  // Never article text: code, media, page furniture, hidden and modal content, and Nutshell's own
  // elements on the page (its notices and its summary panel).
  const DROP =
    'script,style,noscript,iframe,frame,object,embed,img,picture,video,audio,source,track,svg,canvas,' +
    'template,link,form,button,input,select,textarea,dialog,nav,aside,footer,body>header,[hidden],[aria-hidden="true"],' +
    '[role="dialog"],[role="alertdialog"],[aria-modal="true"],' +
    '[role="navigation"],[role="banner"],[role="contentinfo"],[role="complementary"],[data-nutshell]';
  const clean = (root) => {
    root.querySelectorAll(DROP).forEach((n) => n.remove());
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
    const comments = [];
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === Node.COMMENT_NODE) {
        comments.push(n);
        continue;
      }
      for (const attr of Array.from(n.attributes)) {
        if (!KEEP.includes(attr.name)) n.removeAttribute(attr.name);
      }
    }
    comments.forEach((c) => c.remove());
    return root;
  };
  const url = location.href;
  const title = document.title;
  const sel = window.getSelection();
  if (sel && sel.rangeCount && sel.toString().trim().length > 0) {
    const box = document.createElement('div');
    for (let i = 0; i < sel.rangeCount; i++) box.append(sel.getRangeAt(i).cloneContents());
    clean(box);
    // Reading innerHTML is no Trusted Types sink (only assigning it is).
    return { html: box.innerHTML, text: sel.toString(), url, title, selection: true };
  }
  if (mode === 'selection') return { html: '', text: '', url, title, selection: true };
  const doc = clean(document.documentElement.cloneNode(true));
  const body = doc.querySelector('body');
  return { html: '<!doctype html>\n' + doc.outerHTML, text: (body || doc).textContent, url, title, selection: false };
}
