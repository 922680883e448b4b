import { CHINA, PROVINCES_LAYER, provinceLayers, provinceOf } from '@/lib/divisions/layers';
import type { Bbox } from '@/lib/stations/schema';

// Which outline layers the map draws for a view: the provinces of China from afar; closer, the cities
// and counties of the province the user is looking at, loaded only when wanted, so the first load is
// one province's layers (or the provinces) and never all of China's.

/** At this zoom and closer, the provinces give way to the cities and counties of the province in view. */
export const CITY_ZOOM = 6;
/** Close enough that the view is small: every province it reaches gets its layers, not only the one in the middle. */
export const NEIGHBOUR_ZOOM = 9;

/** A province's rough outline (GET /api/divisions/provinces): rings of [lng, lat, …]. */
export type ProvinceShape = { code: string; rings: number[][] };
export type LayerKind = 'province' | 'city' | 'county';
export type PlannedLayer = { url: string; kind: LayerKind };
/** The region the map opened on (a division code and its box). */
export type HomeArea = { code: string; box: Bbox };

function inRing(ring: number[], lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const [xi = 0, yi = 0, xj = 0, yj = 0] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function reaches(ring: number[], b: Bbox): boolean {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < ring.length; i += 2) {
    x0 = Math.min(x0, ring[i]!); x1 = Math.max(x1, ring[i]!);
    y0 = Math.min(y0, ring[i + 1]!); y1 = Math.max(y1, ring[i + 1]!);
  }
  return x0 <= b.maxLng && b.minLng <= x1 && y0 <= b.maxLat && b.minLat <= y1;
}

/**
 * The provinces a view looks at: the one under its centre (from the rough outlines; before they arrive,
 * the home region's province while the centre is in the home box), and close up every one it reaches.
 */
export function provincesInView(view: Bbox, zoom: number, shapes: readonly ProvinceShape[] | null, home: HomeArea | null): string[] {
  const lng = (view.minLng + view.maxLng) / 2;
  const lat = (view.minLat + view.maxLat) / 2;
  if (!shapes) {
    if (!home) return [];
    const b = home.box;
    const inHome = home.code !== CHINA && lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat;
    return inHome ? [provinceOf(home.code)] : [];
  }
  return shapes
    .filter((s) => s.rings.some((r) => inRing(r, lng, lat)) || (zoom >= NEIGHBOUR_ZOOM && s.rings.some((r) => reaches(r, view))))
    .map((s) => s.code);
}

/**
 * The layers to draw, bottom first: counties under cities, so a city's border is not hidden by its
 * counties'. `atHome`: the map still shows the region it opened on, in detail at any zoom (a phone fits
 * a province at a zoom where, once moved, it would see provinces).
 */
export function planLayers(zoom: number, provinces: readonly string[], atHome = false): PlannedLayer[] {
  if (zoom < CITY_ZOOM && !atHome) return [{ url: PROVINCES_LAYER, kind: 'province' }];
  const layers = provinces.map((p) => provinceLayers(p));
  return [...layers.map((l) => ({ url: l.counties, kind: 'county' as const })), ...layers.map((l) => ({ url: l.cities, kind: 'city' as const }))];
}

/** The rough outlines are needed once the map is close and has left the home province (or never was in one). */
export function needsShapes(zoom: number, moved: boolean, homeProvinces: readonly string[]): boolean {
  return zoom >= CITY_ZOOM && (moved || homeProvinces.length === 0);
}
