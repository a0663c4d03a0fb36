/*
 * The mobile app's service worker (served as /m-sw.js, scope /m). Not bundled: the build
 * (vite.config.js, plugin mobileServiceWorker) copies this file and puts the app shell's file list
 * and its hash in place of the two placeholders below.
 *
 * - the shell (m.html, its hashed scripts and styles, the manifest, the icon, the tile grid
 *   definition) is cached at install; pages are network-first with the cached m.html as fallback,
 *   hashed assets cache-first;
 * - tiles (/wmts/…) are answered from the offline-map cache first (filled by 下载离线地图), else
 *   from the network, uncached;
 * - a few signed-in reads the app needs to start offline (me, my grids, their outlines,
 *   categories, my cases, tasks) are network-first with the last answer as fallback; the app
 *   deletes that cache on sign-out. Writes are never touched: the app's outbox queues them.
 */
const SHELL = self.__SHELL_FILES__;
const VERSION = self.__SHELL_VERSION__;
const SHELL_CACHE = `onemap-m-shell-${VERSION}`;
const API_CACHE = 'onemap-m-api';
const TILE_CACHE = 'onemap-m-tiles';
const API_READS = [/^\/api\/me$/, /^\/api\/cases\/grids$/, /^\/api\/cases\/categories$/, /^\/api\/cases$/, /^\/api\/tasks$/, /^\/api\/layers\/unit_grids\/features$/, /^\/api\/cases\/grids\/[^/]+\/parts$/];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('onemap-m-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, fallbackUrl) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackUrl ?? request, response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match(fallbackUrl ?? request);
    if (cached) return cached;
    throw e;
  }
}

async function cacheFirst(request, cacheName, store) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request, { ignoreSearch: false });
  if (cached) return cached;
  const response = await fetch(request);
  if (store && response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (request.mode === 'navigate' && (path === '/m' || path === '/m.html' || path === '/m/')) {
    event.respondWith(networkFirst(request, SHELL_CACHE, '/m.html'));
  } else if (path.startsWith('/assets/') || SHELL.includes(path)) {
    event.respondWith(cacheFirst(request, SHELL_CACHE, true));
  } else if (path.startsWith('/wmts/')) {
    event.respondWith(cacheFirst(request, TILE_CACHE, false));
  } else if (API_READS.some((re) => re.test(path))) {
    event.respondWith(networkFirst(request, API_CACHE));
  }
});
