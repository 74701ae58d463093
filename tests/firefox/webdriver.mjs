// Debian's firefox-esr, driven through geckodriver (cargo install, scripts/setup.sh) with a small
// W3C WebDriver client written here: plain HTTP requests, no client library, no browser or driver
// download. Playwright cannot drive a stock Firefox (it needs its own patched build).
// Besides the standard commands: geckodriver's add-on install (a temporary add-on, unsigned, as
// about:debugging loads one) and its chrome context (scripts run with the browser's own
// privileges, allowed by --allow-system-access), which the extension's test uses to click the
// toolbar button the way Firefox itself does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER || 'geckodriver';

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The key WebDriver sends for Escape. */
export const ESCAPE = '\uE00C';

class Session {
  constructor(base, id) {
    this.url = `${base}/session/${id}`;
  }

  async cmd(method, route, body) {
    const r = await fetch(this.url + route, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const j = await r.json();
    if (!r.ok) throw new Error(`${method} ${route}: ${j.value && j.value.error}: ${j.value && j.value.message}`);
    return j.value;
  }

  /** `fn(...args)` run in the current context (a promise is awaited); its JSON-able result. */
  exec(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Waits until `fn(...args)` is truthy; resolves with its value. */
  async waitFor(fn, args = [], timeout = 20000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.exec(fn, ...args).catch(() => undefined);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  go(url) {
    return this.cmd('POST', '/url', { url });
  }

  /** 'content' (pages) or 'chrome' (the browser's own windows, with its privileges). */
  context(name) {
    return this.cmd('POST', '/moz/context', { context: name });
  }

  /** Installs an add-on (a zip or a folder) as a temporary one; resolves with its id. */
  installAddon(file) {
    return this.cmd('POST', '/moz/addon/install', { path: file, temporary: true });
  }

  async newTab() {
    const { handle } = await this.cmd('POST', '/window/new', { type: 'tab' });
    return handle;
  }

  switchTo(handle) {
    return this.cmd('POST', '/window', { handle });
  }

  /** The element at `css`, inside the shadow root of `host` if given: a WebDriver element id. */
  async find(css, host) {
    const key = 'element-6066-11e4-a52e-4f735466cecf';
    if (!host) return (await this.cmd('POST', '/element', { using: 'css selector', value: css }))[key];
    const root = (await this.cmd('GET', `/element/${host}/shadow`))['shadow-6066-11e4-a52e-4f735466cecf'];
    return (await this.cmd('POST', `/shadow/${root}/element`, { using: 'css selector', value: css }))[key];
  }

  click(element) {
    return this.cmd('POST', `/element/${element}/click`, {});
  }

  /** Presses and releases `key` (a character, or ESCAPE). */
  press(key) {
    return this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
  }
}

/**
 * geckodriver started and a Firefox session opened (headless, a fresh profile, the given
 * preferences). Resolves to the session; its close() ends both and removes the profile.
 */
export async function startFirefox({ prefs = {} } = {}) {
  const port = await freePort();
  const driver = spawn(GECKODRIVER, ['--port', String(port), '--host', '127.0.0.1', '--allow-system-access'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  driver.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`geckodriver did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nutshell-ff-'));
  const r = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          acceptInsecureCerts: false,
          'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless', '-profile', profile], prefs },
        },
      },
    }),
  });
  const j = await r.json();
  if (!r.ok) {
    driver.kill();
    throw new Error(`no Firefox session: ${JSON.stringify(j.value)}`);
  }
  const session = new Session(base, j.value.sessionId);
  session.close = async () => {
    await session.cmd('DELETE', '').catch(() => {});
    driver.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  return session;
}

/** Preferences that send every request of Firefox through the test proxy at `port`, the
 * loopback included. */
export const proxyPrefs = (port) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
});
