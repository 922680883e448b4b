// Which requests the service worker (lib/pwa/sw.ts) keeps for offline use.
// Pure, so the rules are unit-tested without a browser.

/** Never cached: signed-in screens, sign-in and anything that changes data. */
export function isPrivatePath(pathname: string): boolean {
  return /^\/(en\/)?admin(\/|$)/.test(pathname) || pathname.startsWith('/api/auth/');
}

/** The map page in either language. */
export function isHomePath(pathname: string): boolean {
  return pathname === '/' || pathname === '/en' || pathname === '/en/';
}

/**
 * A public page the worker may read again offline: the map, station pages,
 * coverage and statistics, in either language. Nothing else is touched, so an
 * unknown path reaches the network exactly as without a worker.
 */
export function isCacheablePage(pathname: string): boolean {
  const rest = pathname.replace(/^\/en(?=\/|$)/, '').replace(/(.)\/$/, '$1');
  return rest === '' || rest === '/' || rest === '/stats' || /^\/stations\/[A-Za-z0-9_-]{1,64}$/.test(rest)
    || /^\/coverage(\/\d{6}\/report)?$/.test(rest);
}

/**
 * The map's read API, kept per exact URL (a search or a station opened before
 * answers offline). The viewport is separate: see isViewportApi.
 */
export function isReadApi(pathname: string): boolean {
  if (pathname === '/api/stations/nearest' || pathname === '/api/search') return true;
  // One station's details, for the panel beside the list ("points" is the circle layer's bulk read).
  return /^\/api\/stations\/[A-Za-z0-9_-]{1,64}$/.test(pathname) && pathname !== '/api/stations/points';
}

/** The viewport's clusters and markers: only the latest answer is kept, whatever its box. */
export function isViewportApi(pathname: string): boolean {
  return pathname === '/api/stations';
}

/**
 * Cache key for a page. The map page's query (view, filters) changes without
 * navigating, so one copy per language is kept; its list is refreshed by the
 * client from the API or the stations kept on the device.
 */
export function pageCacheKey(url: URL): string {
  return isHomePath(url.pathname) ? `${url.origin}${url.pathname.replace(/\/$/, '') || '/'}` : url.href;
}

/** Response header the worker adds when it answers from its cache instead of the network. */
export const FROM_CACHE_HEADER = 'X-Yizhan-From-Cache';

/** A page asks the worker whether it answered the page from its cache; the reply is that copy's Date header or null. */
export const PAGE_FROM_CACHE_MESSAGE = 'yizhan:page-from-cache?';

/** Where @serwist/turbopack serves the worker (app/serwist/[path]/route.ts). */
export const SW_URL = '/serwist/sw.js';
