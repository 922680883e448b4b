import type { NearestItem } from '@/lib/stations/station-index';

// The stations of the last lists the network answered, kept on the phone so
// the list and "nearest" still work offline (lib/stations/offline-nearest.ts).
// The latest first, each with the time it was fetched, up to MAX_KEPT (~100 KB).
// localStorage: synchronous, and there in WeChat's browser too.

const KEY = 'yizhan:kept-stations';
export const MAX_KEPT = 300;

export type KeptStation = NearestItem & { keptAt: number };

function isKept(x: unknown): x is KeptStation {
  if (!x || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  return typeof s.id === 'string' && typeof s.name === 'string' && typeof s.lat === 'number' && typeof s.lng === 'number'
    && typeof s.kind === 'string' && typeof s.status === 'string' && Array.isArray(s.amenities) && typeof s.keptAt === 'number'
    // Told offline by the phone's clock (offline-nearest.ts); absent from stations kept before it was sent.
    && (s.openingHours === undefined || typeof s.openingHours === 'string');
}

/** What was kept; nothing when the storage is empty or unreadable. */
export function parseKept(raw: string | null): KeptStation[] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter(isKept) : [];
  } catch {
    return [];
  }
}

/** The new list first, then what was kept before and is not in it. */
export function mergeKept(kept: KeptStation[], items: NearestItem[], now: number): KeptStation[] {
  const ids = new Set(items.map((i) => i.id));
  return [...items.map((i) => ({ ...i, keptAt: now })), ...kept.filter((k) => !ids.has(k.id))].slice(0, MAX_KEPT);
}

export function keptStations(): KeptStation[] {
  try {
    return parseKept(localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

export function keepStations(items: NearestItem[], now = Date.now()): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(mergeKept(keptStations(), items, now)));
  } catch {
    // Private mode or a full quota: offline use just has less to show.
  }
}
