import { useMemo, useSyncExternalStore } from 'react';
import { SAVED_MAX, savedRaw, subscribeSaved, type SavedList } from './device';
import { parseSaved, type SavedStation } from './saved-stations';

/** A saved list as storage holds it now; empty on the server and before hydration. */
export function useSaved(list: SavedList): SavedStation[] {
  const raw = useSyncExternalStore(subscribeSaved, () => savedRaw(list), () => null);
  return useMemo(() => parseSaved(raw, SAVED_MAX[list]), [raw, list]);
}
