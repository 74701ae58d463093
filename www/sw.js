// Offline copy of Nutshell's own files. Network first (so a rebuilt page is never stale), the
// cached copy when offline. Only same-origin GET requests are touched; nothing else exists.
const CACHE = 'nutshell-v3';
const FILES = ['./', 'index.html', 'app.js', 'engine.js', 'worker.js', 'facts.js', 'style.css', 'bookmarklet.js', 'icon.svg',
  'pkg/nutshell.js', 'pkg/nutshell_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).catch(() => {}));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // Older versions' copies are dropped.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});
