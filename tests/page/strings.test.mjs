// The interface's strings (www/ui/strings.js), without a browser: every key in both languages,
// with the same placeholders and parameters; every key that index.html, the extension's panel
// (extension/panel.html as built, with index.html's shared parts), a module or the extension's
// manifest uses is in the table, and every key in the table is used; the pages' English is the
// table's English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRINGS } from '../../www/ui/strings.js';
import { panelHtml, EXTENSION_MESSAGES } from '../../scripts/build.mjs';

const WWW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../www');
const EXT = path.resolve(WWW, '../extension');
const HTML = readFileSync(path.join(WWW, 'index.html'), 'utf8');
const PANEL = panelHtml();
const ATTRIBUTES = ['placeholder', 'aria-label'];

/** The page's and the extension's scripts (not the bookmarklet, which runs on other sites and
 * has no French; the extension gives the on-page code its labels). */
const MODULES = [
  ...readdirSync(WWW).filter((f) => f.endsWith('.js')).map((f) => path.join(WWW, f)),
  ...readdirSync(path.join(WWW, 'ui')).map((f) => path.join(WWW, 'ui', f)),
  ...readdirSync(EXT).filter((f) => f.endsWith('.js')).map((f) => path.join(EXT, f)),
].filter((f) => !f.endsWith('bookmarklet.js') && !f.endsWith('strings.js'));

const placeholders = (s) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

/** index.html's elements as a tree: {tag, attrs, children: (element | string)[]}. Enough for a
 * page we write ourselves: no entities, quoted attributes, comments and scripts skipped. */
function parse(html) {
  const VOID = new Set(['meta', 'link', 'input', 'br', 'img', 'hr', 'source', 'path', 'ellipse']);
  const root = { tag: '#root', attrs: {}, children: [] };
  const stack = [root];
  const body = html.replace(/<!--[^]*?-->/g, '').replace(/<script\b[^]*?<\/script>/g, '').replace(/<!doctype[^>]*>/i, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g)) {
    const [, close, tag, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) top.children.push(text);
    else if (close) {
      assert.equal(top.tag, tag.toLowerCase(), `index.html: </${tag}> closes <${top.tag}>`);
      stack.pop();
    } else {
      const attrs = Object.fromEntries([...attrText.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? '']));
      const node = { tag: tag.toLowerCase(), attrs, children: [] };
      top.children.push(node);
      if (!selfClose && !VOID.has(node.tag)) stack.push(node);
    }
  }
  assert.equal(stack.length, 1, 'index.html: every element is closed');
  return root;
}

function* elements(node) {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    yield c;
    yield* elements(c);
  }
}

/** An element's text as the table writes it: child elements as {0}, {1}…, spaces collapsed. */
function asWritten(node) {
  let k = 0;
  const text = node.children.map((c) => (typeof c === 'string' ? c : `{${k++}}`)).join('');
  return text.replace(/\s+/g, ' ').trim();
}

const PAGES = { 'index.html': [...elements(parse(HTML))], 'panel.html': [...elements(parse(PANEL))] };
const usedInHtml = Object.values(PAGES).flatMap((page) =>
  page.flatMap((e) => ['data-i18n', ...ATTRIBUTES.map((a) => `data-i18n-${a}`)].filter((a) => a in e.attrs).map((a) => e.attrs[a])),
);
const usedInModules = MODULES.flatMap((f) => {
  const source = readFileSync(f, 'utf8');
  return [
    ...[...source.matchAll(/\bt\(\s*'(\w+)'/g)].map((m) => m[1]),
    ...[...source.matchAll(/\bplural\([^,()]+,\s*'(\w+)'\)/g)].map((m) => m[1]),
  ].map((key) => [key, path.relative(WWW, f)]);
});

test('every key has an English and a French string, with the same placeholders or parameters', () => {
  for (const [key, entry] of Object.entries(STRINGS)) {
    assert.deepEqual(Object.keys(entry).sort(), ['en', 'fr'], key);
    const { en, fr } = entry;
    assert.equal(typeof en, typeof fr, `${key}: both strings or both functions`);
    if (typeof en === 'function') {
      assert.equal(en.length, fr.length, `${key}: the same parameters`);
    } else {
      assert.ok(en.trim() && fr.trim(), `${key}: not empty`);
      assert.deepEqual(placeholders(fr), placeholders(en), `${key}: the same {n} placeholders`);
    }
  }
});

test('every key index.html and the modules use is in the table, and every key is used', () => {
  assert.ok(usedInHtml.length > 30 && usedInModules.length > 30, 'keys were found');
  for (const key of usedInHtml) assert.ok(key in STRINGS, `index.html uses "${key}", which strings.js lacks`);
  for (const [key, file] of usedInModules) assert.ok(key in STRINGS, `${file} uses "${key}", which strings.js lacks`);
  for (const key of EXTENSION_MESSAGES) assert.ok(key in STRINGS, `the extension's manifest uses "${key}", which strings.js lacks`);
  const used = new Set([...usedInHtml, ...usedInModules.map(([key]) => key), ...EXTENSION_MESSAGES]);
  for (const key of Object.keys(STRINGS)) assert.ok(used.has(key), `"${key}" is used nowhere`);
});

test('index.html and the panel hold the table’s English, and their child elements for the placeholders', () => {
  for (const e of Object.values(PAGES).flat()) {
    if ('data-i18n' in e.attrs) {
      const key = e.attrs['data-i18n'];
      assert.equal(asWritten(e), STRINGS[key].en, `<${e.tag} data-i18n="${key}">`);
      const children = e.children.filter((c) => typeof c !== 'string').length;
      assert.deepEqual(placeholders(STRINGS[key].en), [...Array(children).keys()].map(String), `${key}: one placeholder per child element`);
    }
    for (const a of ATTRIBUTES) {
      if (`data-i18n-${a}` in e.attrs) assert.equal(e.attrs[a], STRINGS[e.attrs[`data-i18n-${a}`]].en, `${a} of <${e.tag}>`);
    }
  }
});

test('no text of the page is left out of the table', () => {
  // Text of index.html that is neither translated (in a data-i18n element) nor marked
  // translate="no", nor a language's own name in the language list.
  const missed = [];
  const walk = (node, covered) => {
    const here = covered || 'data-i18n' in node.attrs || node.attrs.translate === 'no' || node.attrs.id === 'lang' || node.tag === 'title';
    for (const c of node.children) {
      if (typeof c !== 'string') walk(c, here);
      else if (!here && c.trim()) missed.push(c.trim());
    }
  };
  walk(parse(HTML), false);
  walk(parse(PANEL), false);
  assert.deepEqual(missed, []);
});
