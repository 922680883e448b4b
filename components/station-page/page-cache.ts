import 'server-only';
import { LRUCache } from 'lru-cache';
import { nextStationMidnight } from '@/lib/hours';
import type { PublicStation } from '@/lib/stations/types';
import type { Head } from './document';

// A station page's own part (its head and the markup of its main: details,
// photos, the empty report form), kept per station and language so that a link
// shared in a group chat renders once, not once per phone. An entry serves
// while the shared versions of public data are the ones it was made with (one
// read per request: an edit on any instance shows on the next request) and
// until the station opens or closes or the day turns (the badge and the week
// say "today"). Every request still adds its own nonce, the CSS and the site
// header. Capped in bytes: ~12 KB a page, so the cap holds ~2,700 pages.

export type PagePart = { head: Head; main: string; sample: boolean };
type Entry = PagePart & { version: string; validUntil: number };

const MAX_BYTES = 32 * 2 ** 20;
/** Long enough to matter, short enough that nothing unforeseen stays wrong for long. */
const MAX_AGE_MS = 10 * 60_000;

const cache = new LRUCache<string, Entry>({
  maxSize: MAX_BYTES,
  // UTF-16: two bytes a code unit, a conservative count for one-byte strings.
  sizeCalculation: (e) => 2 * (e.main.length + e.head.title.length + e.head.description.length) + 512,
});
/** Renders in progress: the crowd opening one link at once waits for one render. */
const pending = new Map<string, Promise<Entry | null>>();

/** Until when a page rendered at `now` stays true: its next open/closed change, the next midnight, or MAX_AGE_MS. */
export function pageValidUntil(s: Pick<PublicStation, 'nextChange'>, now: Date): number {
  const limits = [now.getTime() + MAX_AGE_MS, nextStationMidnight(now).getTime()];
  if (s.nextChange) limits.push(Date.parse(s.nextChange));
  return Math.min(...limits);
}

/** The cached part, or `make`'s (kept for the next request); null when `make` finds no station. */
export async function pagePart(key: string, version: string, now: Date, make: () => Promise<(PagePart & { validUntil: number }) | null>): Promise<PagePart | null> {
  const hit = cache.get(key);
  if (hit && hit.version === version && hit.validUntil > now.getTime()) return hit;
  const slot = `${key}|${version}`;
  let made = pending.get(slot);
  if (!made) {
    made = make().then((part) => {
      const entry = part && { ...part, version };
      if (entry) cache.set(key, entry);
      else cache.delete(key);
      return entry;
    });
    pending.set(slot, made);
    void made.finally(() => pending.delete(slot)).catch(() => undefined);
  }
  return made;
}

/** For tests: how many pages are kept. */
export const pageCacheSize = () => cache.size;
