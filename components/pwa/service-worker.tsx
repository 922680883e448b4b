'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { isHomePath, isPrivatePath, SW_URL } from '@/lib/pwa/cache-rules';

type CacheRequest = string | [string, RequestInit];

/** Asks the worker to keep these (Serwist's CACHE_URLS message: each goes through its caching rules). */
function keep(urls: CacheRequest[]): void {
  navigator.serviceWorker?.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
}

/** The page itself as HTML: a client-side link fetched only its RSC data. */
function thisPage(): CacheRequest[] {
  const { pathname, href } = window.location;
  return isPrivatePath(pathname) || isHomePath(pathname) ? [] : [[href, { headers: { Accept: 'text/html' } }]];
}

/** Script chunks and styles this page loaded before the worker was in charge. */
function loadedAssets(): string[] {
  return performance.getEntriesByType('resource').map((e) => e.name)
    .filter((u) => u.startsWith(`${window.location.origin}/_next/static/`));
}

function register(): void {
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => keep([...loadedAssets(), ...thisPage()]), { once: true });
  }
  navigator.serviceWorker.register(SW_URL, { scope: '/' }).catch(() => {
    // No worker (an old in-app browser, private mode): the site works as before, online only.
  });
}

/** Registers the service worker (production builds only) once the page has loaded. */
export function ServiceWorker() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // After load, so the worker's downloads never compete with the page's own on a weak signal.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    keep(thisPage());
  }, [pathname]);
  return null;
}
