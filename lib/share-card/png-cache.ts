import 'server-only';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

// Rendered share cards, so that the crawlers of a group chat (WeChat fetches a link's image once per
// share, others per viewer) and a crowd opening one link cost one render (~50 ms of CPU), not one each.
// Keyed by everything the card shows (station, language, design version and the words drawn): an edit,
// or a week whose hours differ, makes a new entry and the old one ages out. Capped in bytes: a card is
// ~25–50 KB, so the cap holds ~500–1,000 cards.

export type Png = { bytes: Uint8Array<ArrayBuffer>; etag: string };

const MAX_BYTES = 24 * 2 ** 20;

const cache = new LRUCache<string, Png>({ maxSize: MAX_BYTES, sizeCalculation: (p) => p.bytes.length + 256 });
/** Renders in progress: concurrent requests for one card wait for one render. */
const pending = new Map<string, Promise<Png>>();

/** The cached card for `key`, or `make`'s (kept for the next request). A failed render is not kept. */
export async function cachedPng(key: string, make: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Png> {
  const hit = cache.get(key);
  if (hit) return hit;
  let made = pending.get(key);
  if (!made) {
    made = make().then((bytes) => {
      const png = { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"` };
      cache.set(key, png);
      return png;
    });
    pending.set(key, made);
    void made.finally(() => pending.delete(key)).catch(() => undefined);
  }
  return made;
}

/** For tests: how many cards are kept. */
export const pngCacheSize = () => cache.size;
