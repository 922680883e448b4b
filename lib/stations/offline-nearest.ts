import { haversineM } from '@/lib/geo/distance';
import { EBIKE_KMH, WALK_KMH, travelMinutes } from '@/lib/geo/travel';
import type { NearestItem } from './station-index';
import { NO_PHONE_ENTRIES } from './vocab';

// "Nearest" with no network: the same query the list sends to
// /api/stations/nearest, answered from the stations the phone kept. Only the
// kept stations can be found, and "open now" is as it was when they were kept;
// `h24` is not known on the device and is ignored.

function list(p: URLSearchParams, key: string): string[] {
  return (p.get(key) ?? '').split(',').filter(Boolean);
}

function box(raw: string | null): [number, number, number, number] | null {
  const n = (raw ?? '').split(',').map(Number);
  return n.length === 4 && n.every(Number.isFinite) ? (n as [number, number, number, number]) : null;
}

function matcher(p: URLSearchParams): (s: NearestItem) => boolean {
  const kinds = list(p, 'kind'), amenities = list(p, 'amenities');
  const statuses = list(p, 'status').length ? list(p, 'status') : ['in_use'];
  const b = box(p.get('bbox'));
  const openNow = p.get('openNow') === '1';
  const noPhone = p.get('noPhone') === '1';
  return (s) =>
    (!kinds.length || kinds.includes(s.kind)) && amenities.every((a) => s.amenities.includes(a as NearestItem['amenities'][number]))
    && statuses.includes(s.status) && (!openNow || s.openNow === true)
    && (!noPhone || (s.entry != null && NO_PHONE_ENTRIES.includes(s.entry)))
    && (!b || (s.lng >= b[0] && s.lat >= b[1] && s.lng <= b[2] && s.lat <= b[3]));
}

/** The kept stations that match `query`, nearest its lat/lng first, with distances from there. */
export function nearestOffline<T extends NearestItem>(kept: readonly T[], query: URLSearchParams): T[] {
  const lat = Number(query.get('lat')), lng = Number(query.get('lng'));
  if (!query.get('lat') || !query.get('lng') || !Number.isFinite(lat) || !Number.isFinite(lng)) return [];
  const limit = Math.max(1, Math.min(50, Number(query.get('limit')) || 10));
  return kept
    .filter(matcher(query))
    .map((s) => {
      const distanceM = Math.round(haversineM(lat, lng, s.lat, s.lng));
      return { ...s, distanceM, walkMinutes: travelMinutes(distanceM, WALK_KMH), ebikeMinutes: travelMinutes(distanceM, EBIKE_KMH) };
    })
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, limit);
}
