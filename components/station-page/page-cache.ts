import 'server-only';
import { LRUCache } from 'lru-cache';
import { nextStationMidnight } from '@/lib/hours';
import type { PublicStation } from '@/lib/stations/types';
import type { PageTemplate } from './page-template';

// A station's whole page as a template (./page-template: the head, header,
// details, photos and empty report form, with holes for the nonce and the
// CSS), kept per station and language so that a link
// shared in a group chat renders once, not once per phone. An entry serves
// while the shared versions of public data are the ones it was made with (one
// read per request: an edit on any instance shows on the next request) and
// until the station opens or closes or the day turns (the badge and the week
// say "today"). Every request adds its own nonce. Capped in bytes: ~14 KB a
// page, so the cap holds ~2,300 pages.

type Entry = { template: PageTemplate; version: string; validUntil: number };

const MAX_BYTES = 32 * 2 ** 20;
/** Long enough to matter, short enough that nothing unforeseen stays wrong for long. */
const MAX_AGE_MS = 10 * 60_000;

const cache = new LRUCache<string, Entry>({
  maxSize: MAX_BYTES,
  sizeCalculation: (e) => e.template.bytes + 256 * (e.template.segments.length + 1),
});
/** Renders in progress: the crowd opening one link at once waits for one render. */
const pending = new Map<string, Promise<Entry | null>>();

/** Until when a page rendered at `now` stays true: its next open/closed change, the next midnight, or MAX_AGE_MS. */
export function pageValidUntil(s: Pick<PublicStation, 'nextChange'>, now: Date): number {
  const limits = [now.getTime() + MAX_AGE_MS, nextStationMidnight(now).getTime()];
  if (s.nextChange) limits.push(Date.parse(s.nextChange));
  return Math.min(...limits);
}

type Made = { template: PageTemplate; validUntil: number };

/** The cached page, or `make`'s (kept for the next request); null when `make` finds no station. */
export async function cachedPage(key: string, version: string, now: Date, make: () => Promise<Made | null>): Promise<PageTemplate | null> {
  const hit = cache.get(key);
  if (hit && hit.version === version && hit.validUntil > now.getTime()) return hit.template;
  const slot = `${key}|${version}`;
  let made = pending.get(slot);
  if (!made) {
    made = make().then((page) => {
      const entry = page && { ...page, version };
      if (entry) cache.set(key, entry);
      else cache.delete(key);
      return entry;
    });
    pending.set(slot, made);
    void made.finally(() => pending.delete(slot)).catch(() => undefined);
  }
  return (await made)?.template ?? null;
}

/** For tests: how many pages are kept. */
export const pageCacheSize = () => cache.size;
