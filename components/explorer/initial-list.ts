import 'server-only';
import { filtersSchema, toFilters, type Filters } from '@/lib/stations/schema';
import type { NearestItem, StationIndex } from '@/lib/stations/station-index';
import { LIST_LIMIT, filtersToApi, type ExplorerState, type View } from './url-state';

// The list the server renders into the first HTML: usable before the map's
// JavaScript arrives, and without JavaScript at all.

/** A box around the view as a typical phone-to-laptop screen (1024×768 px) would show it. */
function approxBbox(lat: number, lng: number, zoom: number) {
  const degPerPx = 360 / (256 * 2 ** zoom);
  const halfW = 512 * degPerPx;
  const halfH = 384 * degPerPx * Math.cos((lat * Math.PI) / 180);
  return { minLng: lng - halfW, maxLng: lng + halfW, minLat: lat - halfH, maxLat: lat + halfH };
}

/** The page's filters as the API would read them. */
export function serverFilters(state: ExplorerState): Filters {
  const parsed = filtersSchema.safeParse(Object.fromEntries(filtersToApi(state.filters)));
  return toFilters(parsed.success ? parsed.data : {});
}

/** Near the place asked for, else in the view the map opens on (`home` when the URL names none). */
export function initialList(index: StationIndex, state: ExplorerState, home: View, now: Date): NearestItem[] {
  const filters = serverFilters(state);
  if (state.origin) return index.nearest(state.origin.lat, state.origin.lng, LIST_LIMIT, filters, now);
  const v = state.view ?? home;
  return index.nearest(v.lat, v.lng, LIST_LIMIT, filters, now, approxBbox(v.lat, v.lng, v.zoom));
}
