// An HTTP proxy for the browser tests: every request the browser makes goes through it (pages,
// workers, extension pages, the browser's own), so a test can say that none left the origins it
// allows. Requests to an allowed origin are forwarded; any other request, and any CONNECT (a
// tunnel, e.g. for HTTPS), is refused and recorded.
import http from 'node:http';

/** Starts the proxy; `allowed()` returns the origins to forward to (asked per request). Resolves
 * to `{port, url, seen, refused, close}`: `seen` every request's URL, `refused` the others. */
export function startProxy(allowed) {
  const seen = [];
  const refused = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url);
    let target;
    try {
      target = new URL(req.url);
    } catch {
      refused.push(req.url);
      res.writeHead(400).end();
      return;
    }
    if (!allowed().includes(target.origin)) {
      refused.push(req.url);
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    refused.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        seen,
        refused,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// The browsers' own services, which their flags and preferences do not all turn off: Chromium's
// component updater, network time and sign-in check (in a profile with extensions), Firefox's
// remote settings. They are the browser's, not Nutshell's, and are the only requests to other
// origins a test may see.
const BROWSER_OWN = [
  /^(CONNECT )?(http:\/\/)?update\.googleapis\.com[:/]/,
  /^http:\/\/clients2\.google\.com\/time\//,
  /^CONNECT accounts\.google\.com:443$/,
  /^CONNECT firefox\.settings\.services\.mozilla\.com:443$/,
];

/**
 * What the proxy refused, less the browser's own services and, given the news page's HTML, the
 * connections its own markup opens (preconnect, dns-prefetch, images: the browser opens the
 * tunnel before its CSP stops the request; the proxy refused the tunnel, so nothing went
 * through). Whatever is left is a request Nutshell would have sent: it must be nothing.
 */
export function foreign(refused, pageHtml = '') {
  const named = new Set([...pageHtml.matchAll(/(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1].toLowerCase()));
  return refused.filter((u) => {
    if (BROWSER_OWN.some((re) => re.test(u))) return false;
    const tunnel = /^CONNECT ([^:]+):443$/.exec(u);
    return !(tunnel && named.has(tunnel[1].toLowerCase()));
  });
}
