import { useSyncExternalStore } from 'react';

// Whether what the page shows came from the phone's cache, and from when.
// `page`: the worker answered the page itself from its cache (offline-notice.tsx asks it);
// `data`: the station list came from the cache (use-station-list.ts). Data wins.

export type OfflineState = { page: Date | null; data: Date | null };

const ONLINE: OfflineState = { page: null, data: null };
let state = ONLINE;
const listeners = new Set<() => void>();

export function reportOffline(patch: Partial<OfflineState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

/** The network answered: nothing on screen is old. */
export function reportOnline(): void {
  if (state === ONLINE) return;
  state = ONLINE;
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** When the data on screen is from, or null while it is fresh from the network. */
export function useOfflineSince(): Date | null {
  const s = useSyncExternalStore(subscribe, () => state, () => ONLINE);
  return s.data ?? s.page;
}
