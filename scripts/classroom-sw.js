// Service worker for the classroom section (template: scripts/sw-manifest.mjs fills in the
// version and the precache list at build time and writes it to dist/classroom/sw.js, and one
// per edition, e.g. dist/ja/classroom/sw.js).
// Scope: its edition's /classroom/ only — articles, widgets pages and /embed/ pages are never
// controlled. Each edition's worker keeps its own caches (CACHE_PREFIX names the edition), so
// neither deletes the other's.
// HTML: network first (a short timeout on slow school networks), cached copy when offline,
// so a page is never stale once the network answers. Hashed /_astro/ files: cache first,
// they never change under the same name. Old caches are deleted when a new version activates.
const VERSION = '__CACHE_VERSION__';
const PRECACHE = __PRECACHE_URLS__;
const ASSET_PREFIX = '__ASSET_PREFIX__';
/** Classroom address → the page that answers it (see ALIASES in sw-manifest.mjs). */
const ALIASES = __ALIASES__;
const CACHE_PREFIX = '__CACHE_PREFIX__';
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const NETWORK_TIMEOUT_MS = 4000;
const PRECACHED = new Set(PRECACHE);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'reload' skips the HTTP cache, so a new version never precaches old pages.
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    event.respondWith(cacheFirst(request));
    return;
  }
  const alias = ALIASES[url.pathname];
  if (alias) {
    const target = new URL(alias, url.origin);
    event.respondWith(networkFirst(event, target, new Request(target, { credentials: 'same-origin' })));
    return;
  }
  event.respondWith(networkFirst(event, url, request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Only pages and files we precached are refreshed in the cache, so it never grows. */
async function networkFirst(event, url, request) {
  const cache = await caches.open(CACHE);
  const key = url.origin + url.pathname;
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok && !response.redirected && PRECACHED.has(url.pathname)) await cache.put(key, response.clone());
    return response;
  });
  // Keep the refresh going even when the cached copy answers first.
  event.waitUntil(fromNetwork.catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout'));
  try {
    const first = await Promise.race([fromNetwork, timeout]);
    if (first !== 'timeout') return first;
    const cached = await cache.match(key);
    return cached ?? (await fromNetwork);
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}
