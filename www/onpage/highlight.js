// Nutshell's summary shown on the news page itself: its sentences highlighted where they are, and a
// small panel listing them. The bookmarklet (www/bookmarklet.js) and the extension
// (extension/panel.js, through scripting.executeScript) run this same function in the news page,
// so, like extract.js, it stands alone: nothing from outside it but the page's DOM, plain data in
// and out (executeScript sends it as source text and its arguments as JSON).
//
// What it changes on the page, and undoes on Close or Escape: one element, the panel (its content
// in a shadow root, built from DOM nodes, never from HTML); one constructed stylesheet adopted by
// the document (the ::highlight() colours; a constructed sheet is no inline style, so a strict CSP
// allows it); and the CSS Custom Highlight API's registry (CSS.highlights), which paints ranges of
// the page's text without touching its elements. Nothing of the article is modified or wrapped, so
// after Close the page's DOM is what it was.
//
// Finding a sentence: the summary's sentences come from the engine's reading of the page (its
// article extraction), whose whitespace, quotation marks and punctuation need not be the page's:
// spaces between inline elements appear or vanish, entities are decoded, lines are joined. So both
// sides are compared as letters and digits only, lowercased: the page's text nodes (outside what
// extract.js drops, so the page's text runs on as the engine read it) become one folded string with,
// for each of its characters, the text node and offset it came from. A sentence is the first
// occurrence of its folded form after the previous sentence's (the summary is in document order),
// else anywhere, in visible text; failing that, in a few long pieces close together (a sentence that
// runs across an element the engine did not read, a caption or a button).

/**
 * `command` 'show' with `{summary: [{text, score}], labels?, onClose?}`: highlights the sentences,
 * shows the panel (replacing any earlier one) and returns `{found, total, missing, highlights}`
 * (`missing`: the indices of the sentences not found; `highlights`: whether the browser has the
 * Highlight API). 'focus' with `{text}`: marks that sentence (any sentence of the article) and
 * scrolls to it; returns `{found}`. 'close': removes everything; returns `{closed}`.
 */
export function highlightOnPage(command, data) {
  const KEY = Symbol.for('nutshell.onpage');
  const current = globalThis[KEY];
  if (command === 'close') {
    if (current) current.close();
    return { closed: Boolean(current) };
  }
  if (command === 'focus') return current ? current.focus(String((data && data.text) || '')) : { found: false };
  if (command !== 'show') return null;
  // A new summary replaces the one shown (its owner is not told: it goes on listening).
  if (current) current.close({ replaced: true });

  // ---- what is shown: checked field by field (it came from another window or process)
  const summary = (Array.isArray(data && data.summary) ? data.summary : [])
    .slice(0, 100)
    .filter((s) => s && typeof s.text === 'string' && s.text.length <= 20000)
    .map((s) => ({ text: s.text, score: Number.isFinite(s.score) ? Math.max(0, Math.min(1, s.score)) : 0 }));
  const given = (data && data.labels) || {};
  const label = (k, fallback) => (typeof given[k] === 'string' && given[k] ? given[k] : fallback);
  const L = {
    heading: label('heading', 'Nutshell summary'),
    close: label('close', 'Close'),
    status: label('status', '{0} of {1} summary sentences highlighted on this page.'),
    missing: label('missing', 'not found on this page'),
    hint: label('hint', 'Escape closes this panel and removes the highlights.'),
  };
  const fill = (s, ...args) => s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));

  // ---- the page's text, folded: letters and digits, lowercased, each mapped to its node and offset
  // What extract.js drops is not article text, and was not read by the engine: skipped here too.
  const DROP =
    'script,style,noscript,iframe,frame,object,embed,img,picture,video,audio,source,track,svg,canvas,' +
    'template,link,form,button,input,select,textarea,dialog,nav,aside,footer,body>header,[hidden],[aria-hidden="true"],' +
    '[role="dialog"],[role="alertdialog"],[aria-modal="true"],' +
    '[role="navigation"],[role="banner"],[role="contentinfo"],[role="complementary"],[data-nutshell]';
  const WORD = /[\p{L}\p{N}\p{M}]+/gu;
  const nodes = [];
  const nodeOf = [];
  const offsetOf = [];
  const parts = [];
  const root = document.body || document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : n.matches(DROP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.data;
    let k = -1;
    for (const m of text.matchAll(WORD)) {
      if (k < 0) {
        k = nodes.length;
        nodes.push(n);
      }
      const lower = m[0].toLowerCase();
      if (lower.length === m[0].length) {
        parts.push(lower);
        for (let j = 0; j < lower.length; j++) {
          nodeOf.push(k);
          offsetOf.push(m.index + j);
        }
      } else {
        // A letter whose lowercase is longer or shorter (İ): mapped code point by code point.
        let at = m.index;
        for (const ch of m[0]) {
          const low = ch.toLowerCase();
          parts.push(low);
          for (let j = 0; j < low.length; j++) {
            nodeOf.push(k);
            offsetOf.push(at);
          }
          at += ch.length;
        }
      }
    }
  }
  const folded = parts.join('');
  const foldText = (s) => (s.match(WORD) || []).map((w) => w.toLowerCase()).join('');

  const visible = (i) => {
    const el = nodes[nodeOf[i]].parentElement;
    return !el || typeof el.checkVisibility !== 'function' || el.checkVisibility();
  };
  // The shortest piece worth matching on its own, the widest gap between two pieces of one
  // sentence, and the most pieces (in folded characters; a piece shorter than this finds anything).
  const MIN_PIECE = 16;
  const MAX_GAP = 800;
  const MAX_PIECES = 6;
  const inPieces = (needle, from) => {
    const whole = folded.indexOf(needle, from);
    if (whole >= 0) return [[whole, whole + needle.length]];
    const out = [];
    let i = 0;
    let at = from;
    const find = (len) => {
      const p = folded.indexOf(needle.substr(i, len), at);
      return p >= 0 && (!out.length || p - at <= MAX_GAP) ? p : -1;
    };
    while (i < needle.length) {
      if (out.length === MAX_PIECES) return null;
      const rest = needle.length - i;
      let lo = Math.min(MIN_PIECE, rest);
      let pos = find(lo);
      if (pos < 0) return null;
      // The longest prefix of what is left that occurs here (if k characters do, k - 1 do).
      let hi = rest;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        const p = find(mid);
        if (p >= 0) {
          lo = mid;
          pos = p;
        } else hi = mid - 1;
      }
      out.push([pos, pos + lo]);
      i += lo;
      at = pos + lo;
    }
    return out;
  };
  const locate = (needle, from) => {
    for (let start = from, tries = 0; tries < 20; tries++) {
      const pieces = inPieces(needle, start);
      if (!pieces) return null;
      if (visible(pieces[0][0])) return pieces;
      start = pieces[0][0] + 1;
    }
    return null;
  };
  // A folded interval as a DOM range, widened to the sentence's own opening and closing marks
  // (quotation marks, final punctuation) where the page has them right there.
  const toRange = ([a, b], lead, tail) => {
    const startNode = nodes[nodeOf[a]];
    const endNode = nodes[nodeOf[b - 1]];
    let start = offsetOf[a];
    let end = offsetOf[b - 1] + 1;
    const code = endNode.data.charCodeAt(end - 1);
    if (code >= 0xd800 && code < 0xdc00) end++; // the second half of the last code point
    for (let n = 0; n < lead && start > 0 && /[^\s\p{L}\p{N}]/u.test(startNode.data[start - 1]); n++) start--;
    for (let n = 0; n < tail && end < endNode.data.length && /[^\s\p{L}\p{N}]/u.test(endNode.data[end]); n++) end++;
    const range = document.createRange();
    range.setStart(startNode, start);
    range.setEnd(endNode, end);
    return range;
  };
  const marks = (s, where) => (s.match(where === 'lead' ? /^[^\p{L}\p{N}]*/u : /[^\p{L}\p{N}]*$/u)[0] || '').replace(/\s+/g, '').length;
  const rangesOf = (text, from) => {
    const needle = foldText(text);
    if (!needle) return null;
    const pieces = locate(needle, from) || (from > 0 ? locate(needle, 0) : null);
    if (!pieces) return null;
    const lead = marks(text, 'lead');
    const tail = marks(text, 'tail');
    return {
      end: pieces[pieces.length - 1][1],
      ranges: pieces.map((p, k) => toRange(p, k === 0 ? lead : 0, k === pieces.length - 1 ? tail : 0)),
    };
  };

  let from = 0;
  const found = summary.map((s) => {
    const hit = rangesOf(s.text, from);
    if (hit) from = hit.end;
    return hit ? hit.ranges : null;
  });

  // ---- the highlights and their colours (a dark text on a light mark, whatever the site's colours)
  const hasHighlights = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  const NAME = 'nutshell';
  const FOCUS = 'nutshell-focus';
  let sheet = null;
  if (hasHighlights) {
    CSS.highlights.set(NAME, new Highlight(...found.flatMap((r) => r || [])));
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(
        `::highlight(${NAME}) { background-color: #ffe59a; color: #1f1d1a; } ` +
          `::highlight(${FOCUS}) { background-color: #f2b650; color: #1f1d1a; text-decoration: underline; }`,
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch (e) {
      sheet = null; // the browser's default highlight colour then
    }
  }
  const focusRanges = (ranges) => {
    if (!ranges || !ranges.length) return false;
    if (hasHighlights) {
      const h = new Highlight(...ranges);
      h.priority = 1;
      CSS.highlights.set(FOCUS, h);
    }
    const el = ranges[0].startContainer.parentElement;
    if (el) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  };

  // ---- the panel: the one element added to the page, its content in a shadow root
  const make = (tag, props, ...children) => {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    e.append(...children);
    return e;
  };
  const host = make('div');
  host.dataset.nutshell = 'panel';
  for (const [k, v] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['z-index', '2147483647'],
    ['top', '16px'],
    ['right', '16px'],
  ]) {
    host.style.setProperty(k, v, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    const inner = new CSSStyleSheet();
    inner.replaceSync(
      [
        '.panel { box-sizing: border-box; width: min(380px, calc(100vw - 32px)); max-height: min(70vh, 560px); overflow: auto;',
        '  padding: 12px 14px; background: #fffdf7; color: #1f1d1a; border: 1px solid #b7791f; border-radius: 10px;',
        '  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.28); }',
        '.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }',
        'h2 { margin: 0; font-size: 15px; color: #7b4f12; }',
        'button { font: inherit; color: #1f1d1a; background: #fff; border: 1px solid #d8cfbd; border-radius: 6px; padding: 4px 10px; cursor: pointer; }',
        'button:hover { border-color: #9a5b0c; }',
        'button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }',
        '.status, .hint { margin: 6px 0; color: #5c564d; font-size: 13px; }',
        'ol { margin: 8px 0; padding-left: 1.4em; }',
        'li { margin: 0 0 8px; }',
        'li::marker { color: #9a5b0c; font-weight: 700; }',
        '.item { display: block; width: 100%; text-align: left; padding: 6px 8px; background: #fff6dc; border-color: #f0dca8; }',
        '.item[disabled] { background: #f4f1ea; color: #5c564d; cursor: default; }',
        '.bar { display: block; height: 3px; margin-top: 4px; background: #b7791f; border-radius: 2px; }',
        '.missing { display: block; font-size: 12px; font-style: italic; }',
      ].join(' '),
    );
    shadow.adoptedStyleSheets = [inner];
  } catch (e) {
    // Unstyled, but there.
  }
  const close = ({ replaced = false } = {}) => {
    if (globalThis[KEY] !== controller) return;
    delete globalThis[KEY];
    document.removeEventListener('keydown', onKey, true);
    if (hasHighlights) {
      CSS.highlights.delete(NAME);
      CSS.highlights.delete(FOCUS);
    }
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    host.remove();
    if (!replaced && data && typeof data.onClose === 'function') data.onClose();
  };
  const onKey = (e) => {
    if (e.key === 'Escape') close();
  };
  const count = found.filter(Boolean).length;
  const max = Math.max(1e-9, ...summary.map((x) => x.score));
  const items = summary.map((s, i) => {
    const bar = make('span', { className: 'bar', title: s.score.toFixed(2) });
    bar.style.width = `${Math.round((s.score / max) * 100)}%`;
    const button = make('button', { type: 'button', className: 'item', disabled: !found[i] }, s.text.replace(/\s+/g, ' ').trim(), bar);
    if (!found[i]) button.append(make('span', { className: 'missing' }, L.missing));
    button.addEventListener('click', () => focusRanges(found[i]));
    return make('li', {}, button);
  });
  const closeButton = make('button', { type: 'button', className: 'close' }, L.close);
  closeButton.addEventListener('click', () => close());
  const panel = make(
    'section',
    { className: 'panel' },
    make('div', { className: 'head' }, make('h2', {}, L.heading), closeButton),
    make('p', { className: 'status' }, fill(L.status, count, summary.length)),
    make('ol', {}, ...items),
    make('p', { className: 'hint' }, L.hint),
  );
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', L.heading);
  shadow.append(panel);
  (document.body || document.documentElement).append(host);
  document.addEventListener('keydown', onKey, true);

  const controller = {
    close,
    focus: (text) => ({ found: focusRanges((rangesOf(text, 0) || {}).ranges) }),
  };
  globalThis[KEY] = controller;
  return {
    found: count,
    total: summary.length,
    missing: found.map((r, i) => (r ? -1 : i)).filter((i) => i >= 0),
    highlights: Boolean(hasHighlights),
  };
}
