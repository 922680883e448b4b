/// <reference lib="webworker" />
// The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts)
// into /serwist/sw.js at build time. What it keeps and why: README "Install and offline".
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';
import { FROM_CACHE_HEADER, isCacheablePage, isReadApi, isViewportApi, PAGE_FROM_CACHE_MESSAGE, pageCacheKey } from './cache-rules';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
const PAGES = 'yizhan-pages';
// A weak signal that never answers should not keep the worker staring at a blank page.
const NETWORK_TIMEOUT_S = 10;

/** Marks answers read from the cache, so the page can say how old its data is. */
const markFromCache: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(FROM_CACHE_HEADER, '1');
    return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

/** Pages answered from the cache, by the id of the window they open in, until that window asks. */
const pagesFromCache = new Map<string, string>();
const rememberCachedPage: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
    const id = (event as FetchEvent | undefined)?.resultingClientId;
    if (cachedResponse && id) pagesFromCache.set(id, cachedResponse.headers.get('Date') ?? '');
    return cachedResponse;
  },
};

const pageKey: SerwistPlugin = { cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(new URL(request.url)) };
const viewportKey: SerwistPlugin = { cacheKeyWillBeUsed: async ({ request }) => `${new URL(request.url).origin}/api/stations` };
const expire = (maxEntries: number, days: number) => new ExpirationPlugin({ maxEntries, maxAgeSeconds: days * DAY });

const serwist = new Serwist({
  // The boundary GeoJSON and the icons (globPatterns in the route); script chunks are
  // cached as pages load them, so a phone never downloads the admin screens.
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Content-hashed file names: a cached chunk is never wrong.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: 'yizhan-static', plugins: [expire(300, 30)] }),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && isCacheablePage(url.pathname) && (request.mode === 'navigate' || request.headers.get('Accept') === 'text/html'),
      handler: new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: NETWORK_TIMEOUT_S, plugins: [pageKey, rememberCachedPage, expire(60, 14)] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && isViewportApi(url.pathname),
      handler: new NetworkFirst({ cacheName: 'yizhan-viewport', networkTimeoutSeconds: NETWORK_TIMEOUT_S, plugins: [viewportKey, markFromCache] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && isReadApi(url.pathname),
      handler: new NetworkFirst({ cacheName: 'yizhan-api', networkTimeoutSeconds: NETWORK_TIMEOUT_S, plugins: [markFromCache, expire(100, 14)] }),
    },
  ],
});

// The map page in both languages is there offline from the first visit on.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(PAGES).then((cache) =>
      Promise.all(['/', '/en'].map(async (path) => {
        const res = await fetch(path, { credentials: 'same-origin' });
        if (res.ok) await cache.put(pageCacheKey(new URL(path, self.location.origin)), res);
      })),
    ).catch(() => undefined),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type !== PAGE_FROM_CACHE_MESSAGE) return;
  const id = event.source && 'id' in event.source ? event.source.id : '';
  event.ports[0]?.postMessage(pagesFromCache.get(id) ?? null);
  pagesFromCache.delete(id);
});

serwist.addEventListeners();
