import type { MultiPolygon, Polygon, Position } from 'geojson';

// Pure planar geometry on lng/lat degrees. Counties are small enough that
// treating degrees as a plane is exact for containment (edges are straight in
// the source data's own projection, which is also plain lng/lat).

export type AreaGeometry = Polygon | MultiPolygon;

/** [minLng, minLat, maxLng, maxLat] */
export type Bbox = [number, number, number, number];

/** Even-odd ray casting against one ring; the ring may be open or closed. */
export function pointInRing(lng: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    // Half-open comparison so a ray through a vertex counts that vertex once.
    if (ay > lat !== by > lat && lng < ((bx - ax) * (lat - ay)) / (by - ay) + ax) {
      inside = !inside;
    }
  }
  return inside;
}

/** Inside the outer ring (index 0) and outside every hole. */
export function pointInPolygonRings(lng: number, lat: number, rings: readonly Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(lng, lat, outer)) return false;
  return !holes.some((hole) => pointInRing(lng, lat, hole));
}

export function pointInGeometry(lng: number, lat: number, geometry: AreaGeometry): boolean {
  if (geometry.type === 'Polygon') return pointInPolygonRings(lng, lat, geometry.coordinates);
  return geometry.coordinates.some((rings) => pointInPolygonRings(lng, lat, rings));
}

/** Bounding box of the outer rings (holes cannot extend it). */
export function geometryBbox(geometry: AreaGeometry): Bbox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [x = NaN, y = NaN] of rings[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

export function bboxContains(box: Bbox, lng: number, lat: number): boolean {
  return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
}

/** Signed shoelace area in square degrees (positive when counter-clockwise). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Approximate area in km², good to a few per cent at county scale. */
export function geometryAreaKm2(geometry: AreaGeometry): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let km2 = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    const [, south, , north] = geometryBbox({ type: 'Polygon', coordinates: [outer] });
    const scale = 111.32 * Math.cos((((south + north) / 2) * Math.PI) / 180) * 110.57;
    km2 += (Math.abs(ringArea(outer)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0)) * scale;
  }
  return km2;
}
