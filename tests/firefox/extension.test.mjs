// The browser extension in Firefox (Debian's firefox-esr through geckodriver): its Firefox build,
// the zip itself, installed as a temporary add-on (unsigned, as about:debugging loads one), on the
// French news fixture of another origin under a strict CSP with Trusted Types. Every request of
// Firefox goes through the test proxy.
//
// What runs as in use: the toolbar button is "clicked" from the browser's chrome context with
// Firefox's own triggerAction (what a click and the keyboard shortcut call: activeTab granted,
// action.onClicked dispatched as user input), so background.js opens the real sidebar and leaves
// its request; the sidebar reads the tab, analyses it and highlights the page. The sidebar is read
// through extension.getViews() from an extension page opened in a tab (it ignores requests, being
// in a tab). Close is a WebDriver click in the page's panel, Escape a WebDriver key press. What it
// cannot cover: the button's pixels, and the context menu (the Chromium test runs its handler).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION } from '../../scripts/layout.mjs';
import { GECKO_ID } from '../../scripts/build.mjs';
import { FIXTURES } from '../e2e/helpers.mjs';
import { serve } from '../e2e/server.mjs';
import { startProxy, foreign } from '../e2e/proxy.mjs';
import { strictCsp, folded } from '../e2e/data.mjs';
import { startFirefox, proxyPrefs, ESCAPE } from './webdriver.mjs';

const UUID = '4a1d2f6e-7c3b-4e8a-9f10-5b6c7d8e9f01';
const ZIP = path.join(EXTENSION, readdirSync(EXTENSION).find((f) => f.endsWith('-firefox.zip')));
const FORGED = 'Le parcours complet de l’édition 2026 sera présenté à Paris à l’automne';

let ff;
let news;
let proxy;
let newsTab;
let panelTab;

before(async () => {
  news = await serve(FIXTURES, {
    route: (p) => (p === '/csp/news.html' ? { file: 'news-fr.html', headers: { 'Content-Security-Policy': strictCsp({ tt: true }) } } : null),
  });
  proxy = await startProxy(() => [news.origin]);
  ff = await startFirefox({
    prefs: {
      ...proxyPrefs(proxy.port),
      'intl.accept_languages': 'en-GB',
      // The extension's moz-extension:// address, known to the test (Firefox picks a random one).
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  assert.equal(await ff.installAddon(ZIP), GECKO_ID);
});
after(async () => {
  await ff?.close();
  await news?.close();
  await proxy?.close();
});

/** The page's DOM as text; without Nutshell's panel if asked. */
const serialize = (withoutPanel = false) =>
  ff.exec((without) => {
    const root = document.documentElement.cloneNode(true);
    if (without) root.querySelectorAll('[data-nutshell="panel"]').forEach((e) => e.remove());
    return root.outerHTML;
  }, withoutPanel);

const highlighted = (name = 'nutshell') =>
  ff.exec((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : null;
  }, name);

/** `fn(sidebarDocument, ...args)` run in the sidebar, from the extension page in the panel tab. */
async function inSidebar(fn, ...args) {
  await ff.switchTo(panelTab);
  // Run here, in WebDriver's sandbox of the extension page, on the sidebar's document (the
  // extension's CSP forbids compiling a function in the sidebar itself).
  const script =
    'const api = (window.wrappedJSObject || window).browser; ' +
    "const [view] = api.extension.getViews({ type: 'sidebar' }); " +
    `return view ? (${fn})(view.document, ...arguments) : undefined;`;
  const value = await ff.cmd('POST', '/execute/sync', { script, args });
  await ff.switchTo(newsTab);
  return value;
}

/** The toolbar button, clicked on the selected tab, as Firefox clicks it. */
async function clickButton() {
  await ff.context('chrome');
  await ff.exec((id) => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    ExtensionParent.apiManager.global.browserActionFor(ExtensionParent.GlobalManager.getExtension(id)).triggerAction(win);
  }, GECKO_ID);
  await ff.context('content');
}

async function waitInSidebar(fn, ...args) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const v = await inSidebar(fn, ...args).catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`the sidebar never showed ${fn}: ${JSON.stringify(await inSidebar((d) => [d.body.dataset.state, d.getElementById('notice').textContent, d.getElementById('error').textContent]).catch((e) => e.message))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('Firefox: installing asks for no permission the reader is warned about', async () => {
  await ff.context('chrome');
  const msgs = await ff.exec((id) => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const { ExtensionData } = ChromeUtils.importESModule('resource://gre/modules/Extension.sys.mjs');
    const ext = ExtensionParent.GlobalManager.getExtension(id);
    const required = ext.getRequiredPermissions();
    const strings = ExtensionData.formatPermissionStrings({ permissions: required, type: 'extension' });
    return { required, msgs: strings.msgs, hosts: [...ext.allowedOrigins.patterns].map((p) => p.pattern) };
  }, GECKO_ID);
  await ff.context('content');
  assert.deepEqual(msgs.required.origins, []);
  assert.deepEqual(msgs.msgs, [], 'the install prompt lists no permission');
  assert.deepEqual(msgs.hosts.filter((h) => !h.startsWith(`moz-extension://${UUID}/`)), [], 'no site access before a click');
});

test('Firefox: the toolbar button, the sidebar’s summary, highlights on the page; Close and Escape leave it as it was', { timeout: 90000 }, async () => {
  const [first] = await ff.cmd('GET', '/window/handles');
  newsTab = first;
  panelTab = await ff.newTab();
  await ff.switchTo(panelTab);
  await ff.go(`moz-extension://${UUID}/panel.html`);
  await ff.switchTo(newsTab);
  await ff.go(`${news.origin}/csp/news.html`);
  // The page's policy is in force in its own world (WebDriver's scripts run in a sandbox of their
  // own, which the page's CSP does not govern): no wasm, no HTML from strings.
  assert.equal(
    await ff.exec(() => {
      const page = window.wrappedJSObject;
      try {
        page.eval('1');
        return 'eval allowed';
      } catch {
        // expected
      }
      try {
        page.document.createElement('div').innerHTML = '<b>x</b>';
        return 'innerHTML allowed';
      } catch {
        return 'blocked';
      }
    }),
    'blocked',
  );
  const before = await serialize();

  await clickButton();
  await waitInSidebar((d) => d.body.dataset.state === 'highlighted');
  const shown = await inSidebar((d) => ({
    summary: [...d.querySelectorAll('#summary li .sentence')].map((e) => e.textContent),
    language: d.getElementById('language').textContent,
    names: d.querySelectorAll('#entities button.entity').length,
    onpage: d.getElementById('onpage').textContent,
  }));
  assert.ok(shown.summary.length >= 2);
  assert.equal(shown.language, 'fr');
  assert.ok(shown.names > 0, 'names are listed');
  assert.equal(shown.onpage, `${shown.summary.length} of ${shown.summary.length} summary sentences highlighted on the page.`);
  assert.equal(folded((await highlighted()).join(' ')), folded(shown.summary.join(' ')));
  assert.equal(await serialize(true), before, 'the article’s elements are untouched');
  assert.equal(await ff.exec(() => document.querySelectorAll('[data-nutshell="panel"]').length), 1);

  // Forgeries from the page change nothing (the extension listens to no page message).
  const marks = await highlighted();
  await ff.exec((text) => {
    for (const type of ['nutshell-result', 'nutshell-article', 'nutshell-ack']) window.postMessage({ type, token: 'x', summary: [{ text, score: 1 }] }, '*');
  }, FORGED);
  await new Promise((r) => setTimeout(r, 400));
  assert.deepEqual(await highlighted(), marks);

  // Close, a real click in the page's panel.
  const host = await ff.find('[data-nutshell="panel"]');
  await ff.click(await ff.find('button.close', host));
  assert.equal(await serialize(), before, 'after Close, the page’s DOM is what it was');
  assert.equal(await ff.exec(() => CSS.highlights.size + document.adoptedStyleSheets.length), 0);

  // Again, and Escape.
  const run = Number(await inSidebar((d) => d.body.dataset.run));
  await clickButton();
  await waitInSidebar((d, n) => Number(d.body.dataset.run) > n && d.body.dataset.state === 'highlighted', run);
  assert.equal(await ff.exec(() => document.querySelectorAll('[data-nutshell="panel"]').length), 1);
  await ff.press(ESCAPE);
  assert.equal(await serialize(), before, 'after Escape, the page’s DOM is what it was');
  assert.equal(await ff.exec(() => CSS.highlights.size), 0);
  assert.deepEqual(foreign(proxy.refused), [], 'no request left the news page’s origin');
});
