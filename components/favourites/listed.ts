import { haversineM } from '@/lib/geo/distance';
import { EBIKE_KMH, WALK_KMH, travelMinutes } from '@/lib/geo/travel';
import type { Bbox } from '@/lib/stations/schema';
import type { NearestItem } from '@/lib/stations/station-index';
import type { SavedStation } from './saved-stations';

// Saved stations drawn by the list (components/stations/station-list.tsx): with
// the distance and times from where the worker is looking, computed on the phone
// as lib/stations/offline-nearest.ts does, so the view needs no network.

export type Point = { lat: number; lng: number };

/** The chosen place (located or searched), else the map's centre, else the home view. */
export function centreOf(origin: Point | null, bbox: Bbox | null, fallback: Point): Point {
  if (origin) return origin;
  if (bbox) return { lat: (bbox.minLat + bbox.maxLat) / 2, lng: (bbox.minLng + bbox.maxLng) / 2 };
  return fallback;
}

export function asListed(s: SavedStation, from: Point): NearestItem {
  const distanceM = Math.round(haversineM(from.lat, from.lng, s.lat, s.lng));
  return {
    id: s.id, name: s.name, kind: s.kind, status: s.status, lat: s.lat, lng: s.lng, amenities: s.amenities, address: s.address,
    countyCode: s.countyCode, entry: s.entry, openNow: s.openNow, openState: s.openState,
    distanceM, walkMinutes: travelMinutes(distanceM, WALK_KMH), ebikeMinutes: travelMinutes(distanceM, EBIKE_KMH),
  };
}

/** Nearest `from` first; equally near ones keep their saved order. */
export function nearestFirst(list: readonly SavedStation[], from: Point): NearestItem[] {
  return list.map((s) => asListed(s, from)).sort((a, b) => a.distanceM - b.distanceM);
}
