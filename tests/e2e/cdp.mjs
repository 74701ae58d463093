// Chromium's extension pages seen through the DevTools protocol, for what Playwright does not
// reach: clicking an extension's toolbar button (Extensions.triggerAction, which runs the very
// code a click runs: activeTab granted, action.onClicked dispatched as a user gesture), and the
// side panel, which is no tab and so no Playwright page (its target is attached here, and
// scripts run in it with Runtime.evaluate).
// Extensions.triggerAction needs the protocol over a pipe (Playwright's way) and Chromium started
// with --enable-unsafe-extension-debugging.

/** A target (a page of any kind) attached through the browser's session `cdp`. */
export class CdpTarget {
  static async attach(cdp, targetId) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const target = new CdpTarget(cdp, sessionId);
    await target.send('Runtime.enable');
    await target.send('Log.enable');
    return target;
  }

  constructor(cdp, sessionId) {
    this.cdp = cdp;
    this.sessionId = sessionId;
    this.next = 1;
    this.waiting = new Map();
    /** Uncaught exceptions, console errors and the browser's error logs (CSP violations among them). */
    this.errors = [];
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message);
      if (m.id) {
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (w) (m.error ? w.reject(new Error(m.error.message)) : w.resolve(m.result));
      } else if (m.method === 'Runtime.exceptionThrown') {
        this.errors.push(`exception: ${m.params.exceptionDetails.exception?.description || m.params.exceptionDetails.text}`);
      } else if (m.method === 'Runtime.consoleAPICalled' && m.params.type === 'error') {
        this.errors.push(`console: ${m.params.args.map((a) => a.value ?? a.description).join(' ')}`);
      } else if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') {
        this.errors.push(`log: ${m.params.entry.text}`);
      }
    });
  }

  send(method, params = {}) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const message = JSON.stringify({ id, method, params });
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message }).catch(reject);
    });
  }

  /** `fn(...args)` evaluated in the target (awaited); its JSON-able result. */
  async eval(fn, ...args) {
    const r = await this.send('Runtime.evaluate', {
      expression: `(${fn})(...${JSON.stringify(args)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
    return r.result.value;
  }

  /** Waits until `fn(...args)` is truthy in the target; resolves with its value. */
  async waitFor(fn, args = [], timeout = 15000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.eval(fn, ...args).catch(() => undefined);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The tab target (not its page) showing `url`: what Extensions.triggerAction acts on. */
export async function tabTarget(cdp, url) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab shows ${url}: ${targetInfos.map((t) => t.url)}`);
  return tab.targetId;
}

/** Waits for the extension page `url` (its side panel) to exist; attaches to it. */
export async function extensionPage(cdp, url, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const t = targetInfos.find((x) => x.type === 'page' && x.url === url);
    if (t) return CdpTarget.attach(cdp, t.targetId);
    if (Date.now() > deadline) throw new Error(`no ${url}; targets: ${targetInfos.map((x) => `${x.type} ${x.url}`)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
