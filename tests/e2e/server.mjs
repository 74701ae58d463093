// A tiny static server for the browser tests: serves a folder on 127.0.0.1 (a free port unless
// given), with headers chosen per request (or a body: `route` may give `{body}`), and records
// every path asked for (`requests`) and every address with its query (`urls`).
//   node tests/e2e/server.mjs [folder] [port]   serves a folder (by default the built page, port
//                                               8000) on http://127.0.0.1:8000/, to try by hand
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root`. `route(pathname)` may map a path to `{file, headers}` (file relative to root) or
 * `{body, headers}` (HTML); by default a path is its file, and `/` is `index.html`. Resolves to
 * `{origin, requests, urls, close}`.
 */
export function serve(root, { port = 0, route = () => null } = {}) {
  const base = path.resolve(root);
  const requests = [];
  const urls = [];
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    requests.push(pathname);
    urls.push(req.url);
    const routed = route(pathname) || {};
    if (routed.body !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store', ...(routed.headers || {}) });
      res.end(routed.body);
      return;
    }
    let rel = routed.file || decodeURIComponent(pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, `.${path.posix.normalize(`/${rel}`)}`);
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(routed.headers || {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        origin,
        requests,
        urls,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { PAGE } = await import('../../scripts/layout.mjs');
  const [root = PAGE, port = '8000'] = process.argv.slice(2);
  const { origin } = await serve(root, { port: Number(port) });
  console.log(`serving ${root} on ${origin}/`);
}
