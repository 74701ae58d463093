// What the browser tests share besides the browsers: real pages from ../shared/data/pages (read at
// run time, never copied here), the built engine in Node (to say what the page would show), and
// the news page's policies.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, PAGE } from '../../scripts/layout.mjs';

export const PAGES_DIR = path.join(ROOT, '..', 'shared', 'data', 'pages');
export const HAVE_PAGES = existsSync(PAGES_DIR);

/** Every record of one page set (`{id, url, lang, html, ...}`), in the file's order. */
export function pageSet(name) {
  return gunzipSync(readFileSync(path.join(PAGES_DIR, `${name}.jsonl.gz`)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** The page sets' names, sorted. */
export const pageSets = () => readdirSync(PAGES_DIR).filter((f) => f.endsWith('.jsonl.gz')).map((f) => f.slice(0, -9)).sort();

/** A strict policy for a news site: its own files only, no inline script, no wasm, no eval, and
 * (with `tt`) Trusted Types with no policy at all: no HTML or script from a string. */
export function strictCsp({ tt = false, frames = [] } = {}) {
  return (
    "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'" +
    (frames.length ? `; frame-src ${frames.join(' ')}` : '') +
    (tt ? "; require-trusted-types-for 'script'; trusted-types 'none'" : '')
  );
}

let engine = null;
/** The built page's engine (dist/pkg), loaded in Node. */
export async function nodeEngine() {
  if (!engine) {
    const glue = await import(pathToFileURL(path.join(PAGE, 'pkg/nutshell.js')));
    await glue.default({ module_or_path: readFileSync(path.join(PAGE, 'pkg/nutshell_bg.wasm')) });
    // Every language's entity model, as the page fetches the one each text needs.
    for (const f of readdirSync(path.join(PAGE, 'models'))) {
      const lang = f.match(/^entities-([a-z]+)\.bin$/)?.[1];
      if (lang) glue.loadEntityModel(lang, readFileSync(path.join(PAGE, 'models', f)));
    }
    engine = glue;
  }
  return engine;
}

/** What the page shows for a page's HTML as the bookmarklet or the extension read it: its
 * extraction, then the analysis of the article's text with its title (ui/analysis.js, loadHtml). */
export async function pageResult(page) {
  const e = await nodeEngine();
  const article = e.analyzeHtml(page.html, page.url || undefined, undefined).article || {};
  const title = (article.title || page.title || '').trim();
  const text = article.text || '';
  return { text, result: e.analyze(text, title ? { title } : {}) };
}

/** Letters and digits, lowercased: how onpage/highlight.js compares text. */
export const folded = (s) => (s.match(/[\p{L}\p{N}\p{M}]+/gu) || []).map((w) => w.toLowerCase()).join('');
