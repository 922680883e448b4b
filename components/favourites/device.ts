import { MAX_FAVOURITES, MAX_RECENT, parseSaved, refreshed, toSaved, withoutStation, withStation, type SavedInput, type SavedStation } from './saved-stations';

// Favourites and recently viewed in localStorage, as kept-stations.ts keeps the
// list's stations: synchronous, there in WeChat's browser, and every access in
// a try (private mode, storage switched off, a full quota). The station page's
// inline script writes the same keys (components/station-page/favourite-script.ts).

export type SavedList = 'favourites' | 'recent';
export const SAVED_KEYS: Record<SavedList, string> = { favourites: 'yizhan:favourites', recent: 'yizhan:recent' };
export const SAVED_MAX: Record<SavedList, number> = { favourites: MAX_FAVOURITES, recent: MAX_RECENT };

const listeners = new Set<() => void>();

/** The stored text, unparsed: a stable snapshot for useSyncExternalStore (equal strings are equal). */
export function savedRaw(list: SavedList): string | null {
  try {
    return localStorage.getItem(SAVED_KEYS[list]);
  } catch {
    return null;
  }
}

export function readSaved(list: SavedList): SavedStation[] {
  return parseSaved(savedRaw(list), SAVED_MAX[list]);
}

function write(list: SavedList, items: SavedStation[]): void {
  try {
    localStorage.setItem(SAVED_KEYS[list], JSON.stringify(items));
  } catch {
    // Nothing more to do: the button shows what storage holds, so it does not claim a save that failed.
  }
  for (const l of listeners) l();
}

/** Changes here and in other tabs (the storage event). */
export function subscribeSaved(l: () => void): () => void {
  listeners.add(l);
  window.addEventListener('storage', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('storage', l);
  };
}

/** Adds or removes the station; the new state. */
export function toggleFavourite(s: SavedInput, now = Date.now()): boolean {
  const list = readSaved('favourites');
  const on = !list.some((x) => x.id === s.id);
  write('favourites', on ? withStation(list, toSaved(s, now), MAX_FAVOURITES) : withoutStation(list, s.id));
  return on;
}

/** The panel opened it: first in "recently viewed", and a favourite's copy brought up to date. */
export function rememberViewed(s: SavedInput, now = Date.now()): void {
  write('recent', withStation(readSaved('recent'), toSaved(s, now), MAX_RECENT));
  const favourites = readSaved('favourites');
  if (favourites.some((x) => x.id === s.id)) write('favourites', refreshed(favourites, s));
}

export function clearRecent(): void {
  write('recent', []);
}
