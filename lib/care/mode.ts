// Care mode (关怀模式): large text, high contrast, big tap targets and a simple
// first screen, for workers who read small text badly. Remembered on the device
// in a cookie, so every page is rendered in it on the server (no flash, no
// JavaScript needed); set by a plain link to /care (app/[locale]/care/route.ts).
// Pure, so the rules (above all: `back` never leaves the site) are unit-tested.

export const CARE_COOKIE = 'care';
const YEAR_S = 365 * 24 * 60 * 60;

/** The cookie's value says care mode; anything else (absent, tampered) is the ordinary site. */
export const isCareOn = (value: string | undefined | null): boolean => value === '1';

/**
 * Set-Cookie for turning care mode on or off. Not HttpOnly: it holds a preference, nothing secret.
 * SameSite=Lax: a link shared in a chat opens the page in the worker's own mode.
 */
export function careCookie(on: boolean, secure: boolean): string {
  const attrs = ['Path=/', on ? `Max-Age=${YEAR_S}` : 'Max-Age=0', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  return [`${CARE_COOKIE}=${on ? '1' : ''}`, ...attrs].join('; ');
}

const MAX_BACK = 2000;
const ORIGIN = 'http://care.invalid';

/**
 * Where to go back to after the switch: a path of this site, or `fallback`. Refused: anything that a browser
 * could read as another host (`//evil.com`, `/\evil.com`, `https://evil.com`), backslashes and control
 * characters anywhere (browsers read `\` as `/` and drop tabs and newlines), and /care itself (no loop).
 */
export function safeBack(raw: string | null | undefined, fallback: string): string {
  if (!raw || raw.length > MAX_BACK || !raw.startsWith('/') || raw.startsWith('//')) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return fallback;
  }
  // `/.//evil.com` is normalised to `//evil.com`: what goes out is checked again.
  if (url.origin !== ORIGIN || url.pathname.startsWith('//') || /^\/(en\/)?care(\/|$)/.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The path part of a same-site Referer, for a switch followed without `back`; null for another site's. */
export function refererPath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host.toLowerCase() === host.toLowerCase() ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/**
 * The care-mode first screen instead of the map: in care mode, on the plain home page. Any query (a place,
 * a station, a view, a filter, or `map=1` from "显示地图") means the worker asked for the map.
 */
export function showCareHome(care: boolean, params: URLSearchParams): boolean {
  return care && [...params.keys()].length === 0;
}

/** The link that turns care mode on or off and comes back to `back` (a path with its query). */
export function careSwitchHref(carePath: string, on: boolean, back: string): string {
  return `${carePath}?${new URLSearchParams({ on: on ? '1' : '0', back }).toString()}`;
}
