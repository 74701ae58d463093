// Network first; offline, one build's complete copy, in a cache named after a hash of the files,
// fetched again at install and each page load: a new build's cache replaces the old ones whole.
// The files: exactly those of the built page (scripts/build.mjs writes their list here, in place
// of NUTSHELL_FILES; './' is index.html's address).
/* global NUTSHELL_FILES */
const FILES = NUTSHELL_FILES;
// The entity models (models/entities-<lang>.bin) are not among them: the page fetches only its
// texts' languages' models, and this worker keeps each one it has fetched, in a cache of its own
// that a new build does not replace (network first here too, so an online page gets the build's).
const MODELS = 'nutshell-models';
const MODELS_PATH = new URL('models/', self.location).pathname;

async function refresh() {
  // Bodies read at once: an unread response holds its connection.
  const got = await Promise.all(
    FILES.map((f) => fetch(f, { cache: 'no-cache' }).then(async (r) => (r.ok ? [await r.blob(), r.headers] : Promise.reject()))),
  );
  const hash = await crypto.subtle.digest('SHA-256', await new Blob(got.map(([b]) => b)).arrayBuffer());
  const name = `nutshell-${[...new Uint8Array(hash, 0, 8)].map((b) => (b + 256).toString(16).slice(1)).join('')}`;
  const cache = await caches.open(name);
  if ((await cache.keys()).length < FILES.length) {
    await Promise.all(FILES.map((f, i) => cache.put(f, new Response(got[i][0], { headers: got[i][1] }))));
  }
  for (const k of await caches.keys()) if (k !== name && k !== MODELS) await caches.delete(k);
}

self.addEventListener('install', (event) => {
  event.waitUntil(refresh().catch(() => {}));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// Text shared to the installed page arrives in its address's query (the manifest's share_target,
// GET ./?title=…&text=…&url=…). It must not reach the server: the page is fetched without the
// query (or taken from the cache offline) and reads the text from its own address.
const SHARED = ['title', 'text', 'url'];

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate' && SHARED.some((k) => url.searchParams.has(k))) {
    const bare = new URL(url.pathname, url);
    event.respondWith(fetch(bare).catch(() => caches.match(bare, { ignoreSearch: true }).then((hit) => hit || Response.error())));
    return;
  }
  if (url.pathname.startsWith(MODELS_PATH)) {
    const keep = (r) => (r.ok ? caches.open(MODELS).then((c) => c.put(req, r.clone())).then(() => r, () => r) : r);
    event.respondWith(fetch(req).then(keep, () => caches.open(MODELS).then((c) => c.match(req)).then((hit) => hit || Response.error())));
    return;
  }
  if (req.mode === 'navigate') event.waitUntil(refresh().catch(() => {}));
  event.respondWith(fetch(req).catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || Response.error())));
});
