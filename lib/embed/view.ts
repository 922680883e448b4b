import 'server-only';
import { isWithin } from '@/lib/divisions/catalog';
import { fitZoom } from '@/lib/geo/fit-zoom';
import type { Bbox } from '@/lib/stations/schema';
import type { NearestItem, StationIndex } from '@/lib/stations/station-index';
import type { EmbedTarget } from './query';

// The embed's station list (the path that needs no map) and the link to the
// full map at the same view.

export { fitZoom };

/** The list shows at most this many; the full map has the rest. */
export const EMBED_LIST_LIMIT = 100;

const center = (b: Bbox) => ({ lat: (b.minLat + b.maxLat) / 2, lng: (b.minLng + b.maxLng) / 2 });

/** Stations in use in the division (or box), nearest its centre first. */
export function embedStations(index: StationIndex, target: EmbedTarget, now: Date): { items: NearestItem[]; more: boolean } {
  const { lat, lng } = center(target.box);
  const filters = { kinds: [], amenities: [], statuses: ['in_use' as const], openNow: false, h24: false, noPhone: false };
  // A division's box reaches into its neighbours: look further, then keep the division's own.
  const found = index.nearest(lat, lng, EMBED_LIST_LIMIT * 4 + 1, filters, now, target.box);
  const own = target.kind === 'division' ? found.filter((s) => isWithin(s.countyCode, target.division.code)) : found;
  return { items: own.slice(0, EMBED_LIST_LIMIT), more: own.length > EMBED_LIST_LIMIT || found.length > EMBED_LIST_LIMIT * 4 };
}

/** The full map (?at=lat,lng,zoom) showing what the embed shows. */
export function fullMapHref(b: Bbox, locale: string): string {
  const { lat, lng } = center(b);
  return `${locale === 'en' ? '/en' : '/'}?at=${lat.toFixed(5)},${lng.toFixed(5)},${fitZoom(b)}`;
}
