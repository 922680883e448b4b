import { haversineM } from '@/lib/geo/distance';
import { EBIKE_KMH, WALK_KMH, travelMinutes } from '@/lib/geo/travel';
import type { NearestItem } from './station-index';
import { weatherAmenities } from '@/lib/weather/filter';
import { NO_PHONE_ENTRIES, type OpenState } from './vocab';

// "Nearest" with no network: the same query the list sends to
// /api/stations/nearest, answered from the stations the phone kept. Only the
// kept stations can be found. "Open now" and "24 hours" are told from each
// station's opening hours at the device's clock (`hoursAt`), as the server
// tells them (StationIndex.openFields, matcher); a worker's "locked" report is
// known only as it stood when the station was kept, so it stands.

/** Whether opening hours are open, and open all the time, at one moment; null when this device cannot tell. */
export type HoursAt = (hours: string) => { openNow: boolean; is24x7: boolean } | null;

/** Without the opening_hours library (components/explorer/device-hours.ts) only "24/7" can be told. */
export const plainHoursAt: HoursAt = (h) => (h.trim() === '24/7' ? { openNow: true, is24x7: true } : null);

type Told = { openNow: boolean | null; openState: OpenState; h24: boolean };

/** The station's open state now; as it was kept when its hours cannot be told (kept before hours were sent). */
function tell(s: NearestItem, hoursAt: HoursAt): Told {
  const hours = s.openingHours == null ? null : hoursAt(s.openingHours);
  if (!hours) return { openNow: s.openNow, openState: s.openState, h24: false };
  const h24 = hours.is24x7;
  if (s.status !== 'in_use') return { openNow: false, openState: 'not_in_use', h24 };
  if (!hours.openNow) return { openNow: false, openState: 'closed', h24 };
  // "Open now" means known open: a station reported locked is uncertain (openNow null), as on the server.
  return s.openState === 'reported_locked' ? { openNow: null, openState: 'reported_locked', h24 } : { openNow: true, openState: 'open', h24 };
}

function list(p: URLSearchParams, key: string): string[] {
  return (p.get(key) ?? '').split(',').filter(Boolean);
}

function box(raw: string | null): [number, number, number, number] | null {
  const n = (raw ?? '').split(',').map(Number);
  return n.length === 4 && n.every(Number.isFinite) ? (n as [number, number, number, number]) : null;
}

/** Everything but the time: kind, amenities, status, the way in and the box. */
function matcher(p: URLSearchParams): (s: NearestItem) => boolean {
  const kinds = list(p, 'kind'), amenities = [...list(p, 'amenities'), ...weatherAmenities(p)];
  const statuses = list(p, 'status').length ? list(p, 'status') : ['in_use'];
  const b = box(p.get('bbox'));
  const noPhone = p.get('noPhone') === '1';
  return (s) =>
    (!kinds.length || kinds.includes(s.kind)) && amenities.every((a) => s.amenities.includes(a as NearestItem['amenities'][number]))
    && statuses.includes(s.status)
    && (!noPhone || (s.entry != null && NO_PHONE_ENTRIES.includes(s.entry)))
    && (!b || (s.lng >= b[0] && s.lat >= b[1] && s.lng <= b[2] && s.lat <= b[3]));
}

/** Each distinct hours string told once (a list of 300 shares a handful). */
function once(hoursAt: HoursAt): HoursAt {
  const seen = new Map<string, ReturnType<HoursAt>>();
  return (h) => {
    if (!seen.has(h)) seen.set(h, hoursAt(h));
    return seen.get(h)!;
  };
}

/**
 * The kept stations that match `query`, nearest its lat/lng first, with distances from there and
 * their open state told by `hoursAt` (the device's clock now).
 */
export function nearestOffline<T extends NearestItem>(kept: readonly T[], query: URLSearchParams, hoursAt: HoursAt = plainHoursAt): T[] {
  const lat = Number(query.get('lat')), lng = Number(query.get('lng'));
  if (!query.get('lat') || !query.get('lng') || !Number.isFinite(lat) || !Number.isFinite(lng)) return [];
  const limit = Math.max(1, Math.min(50, Number(query.get('limit')) || 10));
  // Weather mode (weather=heat|cold) is its amenity and "open now", as on the server (lib/weather/filter.ts).
  const openNow = query.get('openNow') === '1' || weatherAmenities(query).length > 0, allDay = query.get('h24') === '1';
  const hours = once(hoursAt);
  return kept
    .filter(matcher(query))
    .flatMap((s) => {
      const { h24, ...open } = tell(s, hours);
      if ((openNow && open.openNow !== true) || (allDay && !h24)) return [];
      const distanceM = Math.round(haversineM(lat, lng, s.lat, s.lng));
      return [{ ...s, ...open, distanceM, walkMinutes: travelMinutes(distanceM, WALK_KMH), ebikeMinutes: travelMinutes(distanceM, EBIKE_KMH) }];
    })
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, limit);
}
