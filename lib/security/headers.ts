// Security headers. The page policy is built per request in proxy.ts with a
// fresh nonce: Next reads the nonce from the request's CSP header and puts it
// on its own inline bootstrap scripts, so no 'unsafe-inline' for scripts.
// Styles keep 'unsafe-inline' because Leaflet positions tiles and markers with
// inline styles (a nonce in style-src would switch 'unsafe-inline' off).

/** Base-map tile hosts (lib/map-tiles.ts): OpenStreetMap, Tianditu, Amap. */
export const TILE_HOSTS = ['tile.openstreetmap.org', '*.tianditu.gov.cn', '*.is.autonavi.com'] as const;

/** Pages a union website or a WeChat mini-program web view may frame; every other page refuses frames. */
export const EMBED_PATHS = ['/embed', '/en/embed'] as const;

export function isEmbedPath(path: string): boolean {
  return (EMBED_PATHS as readonly string[]).includes(path.replace(/\/$/, ''));
}

// One CSP source: *, 'self', a scheme, or an origin (optionally *.host, optionally a port).
const FRAME_SOURCE = /^(\*|'self'|https?:|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?)$/i;

/** A space-separated frame-ancestors list that cannot smuggle in another directive. */
export function isFrameSourceList(list: string): boolean {
  const sources = list.trim().split(/\s+/);
  return sources.length > 0 && sources.every((s) => FRAME_SOURCE.test(s));
}

/**
 * `frameAncestors` is the CSP source list of who may frame the page: 'none'
 * except on the embed pages (EMBED_FRAME_ANCESTORS in lib/env.ts).
 */
export function pagePolicy(nonce: string, dev = false, frameAncestors = "'none'"): string {
  return [
    "default-src 'self'",
    // React's development build needs eval for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${TILE_HOSTS.join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** JSON answers load nothing and are framed by no one. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * API paths proxy.ts does not see (its matcher lists them too); next.config.ts sets their policy.
 * The map's hot reads (the proxy would cost a third of their time) and the import, whose
 * body the proxy would cut at 10 MB without a word (Next's proxyClientMaxBodySize).
 */
export const UNPROXIED_API_PATHS = ['/api/stations', '/api/stations/nearest', '/api/search', '/api/health', '/api/ready', '/api/import'] as const;

/** 128 random bits, base64: unguessable and fresh for every page. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Headers that are the same on every response (next.config.ts adds them, static files included). */
export const STATIC_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Only "locate me" needs a device feature; everything else is off.
  { key: 'Permissions-Policy', value: 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()' },
];

/**
 * For browsers that ignore CSP frame-ancestors: every response but the embed
 * pages. A path-to-regexp source for next.config.ts; `$` keeps /embed/x and
 * /embedded framed-refused.
 */
export const FRAME_DENY_SOURCE = `/:path((?!${EMBED_PATHS.map((p) => `${p.slice(1)}/?$`).join('|')}).*)`;
export const FRAME_DENY_HEADER = { key: 'X-Frame-Options', value: 'DENY' } as const;

/**
 * The service worker script (app/serwist/[path]/route.ts): revalidated on every
 * update check, and its own policy lets it fetch only this origin.
 */
export const WORKER_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'Cache-Control', value: 'no-cache' },
  { key: 'Content-Security-Policy', value: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'" },
];
