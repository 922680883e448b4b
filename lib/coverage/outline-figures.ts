import type { Position } from 'geojson';
import type { AreaGeometry } from '@/lib/geo/polygon';
import { ringAreaKm2 } from './geodesy';
import type { LngLat } from './types';

// A county no station reaches needs no grid: nothing is covered, its area is
// its outline's, and its largest gap is its largest part. Most of western
// China's counties are answered this way, in microseconds instead of a raster
// of millions of cells.

export type OutlineFigures = { areaKm2: number; largestPartKm2: number; partAt: LngLat | null };

export function outlineFigures(geometry: AreaGeometry): OutlineFigures {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let areaKm2 = 0;
  let largest = { km2: 0, rings: null as Position[][] | null };
  for (const rings of polygons) {
    const [outer, ...holes] = rings;
    if (!outer) continue;
    const km2 = Math.max(0, ringAreaKm2(outer) - holes.reduce((s, h) => s + ringAreaKm2(h), 0));
    areaKm2 += km2;
    if (km2 > largest.km2) largest = { km2, rings };
  }
  return { areaKm2, largestPartKm2: largest.km2, partAt: largest.rings && pointInside(largest.rings) };
}

/** The middle of the first span where the part's middle parallel crosses it: inside by the even-odd rule. */
function pointInside(rings: Position[][]): LngLat | null {
  const ys = rings[0]!.map((p) => p[1]!);
  const lat = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax = 0, ay = 0] = ring[i]!;
      const [bx = 0, by = 0] = ring[j]!;
      if (ay > lat !== by > lat) xs.push(ax + ((lat - ay) * (bx - ax)) / (by - ay));
    }
  }
  xs.sort((a, b) => a - b);
  return xs.length >= 2 ? { lng: (xs[0]! + xs[1]!) / 2, lat } : null;
}
