import fs from 'node:fs';
import path from 'node:path';
import type { Position } from 'geojson';
import { countyGeometry } from '@/lib/divisions-data';
import type { AreaGeometry } from '@/lib/geo/polygon';

// County outlines for point-in-county checks, WGS-84. Jiangxi's come from its
// seed (lib/divisions-data.ts); the rest from prisma/data/china/county-outlines.json,
// written by `npm run geo:prepare`. Loaded on first use (≈ 13 MB decoded).

/** Degrees per unit of the delta-encoded outline file. */
export const OUTLINE_UNIT = 1e-4;

/** Polygons of rings, each ring a flat [x0, y0, x1, y1, …] array (outer ring first). */
export type FlatPolygons = Float64Array[][];

type OutlineFile = { unit: number; outlines: Record<string, number[][][]> };

function decodeRing(deltas: number[], unit: number): Float64Array {
  const out = new Float64Array(deltas.length);
  let x = 0;
  let y = 0;
  for (let i = 0; i < deltas.length; i += 2) {
    x += deltas[i]!;
    y += deltas[i + 1]!;
    // Rounded so decoded coordinates print as the 4-decimal values prepared.
    out[i] = Math.round(x) * unit;
    out[i + 1] = Math.round(y) * unit;
  }
  return out;
}

function flatten(g: AreaGeometry): FlatPolygons {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.map((rings) => rings.map((r: Position[]) => Float64Array.from(r.flatMap(([x = 0, y = 0]) => [x, y]))));
}

let loaded: Map<string, FlatPolygons> | null = null;

export function countyOutlines(seedCodes: readonly string[]): Map<string, FlatPolygons> {
  if (loaded) return loaded;
  const file = path.join(process.cwd(), 'prisma', 'data', 'china', 'county-outlines.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as OutlineFile;
  const map = new Map<string, FlatPolygons>();
  for (const [code, polygons] of Object.entries(data.outlines)) {
    map.set(code, polygons.map((rings) => rings.map((r) => decodeRing(r, data.unit))));
  }
  for (const code of seedCodes) {
    const g = countyGeometry(code);
    if (g) map.set(code, flatten(g));
  }
  loaded = map;
  return map;
}

/** The outline as GeoJSON geometry (for drawing and coverage grids). */
export function toGeometry(polygons: FlatPolygons): AreaGeometry {
  const ring = (r: Float64Array): Position[] => {
    const out: Position[] = [];
    for (let i = 0; i < r.length; i += 2) out.push([r[i]!, r[i + 1]!]);
    return out;
  };
  const coordinates = polygons.map((rings) => rings.map(ring));
  return coordinates.length === 1 ? { type: 'Polygon', coordinates: coordinates[0]! } : { type: 'MultiPolygon', coordinates };
}

/** Even-odd ray casting on a flat ring. */
export function pointInFlatRing(x: number, y: number, r: Float64Array): boolean {
  let inside = false;
  const n = r.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const ay = r[i + 1]!;
    const by = r[j + 1]!;
    if (ay > y !== by > y) {
      const ax = r[i]!;
      if (x < ((r[j]! - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
    }
  }
  return inside;
}

export function pointInFlatPolygons(x: number, y: number, polygons: FlatPolygons): boolean {
  return polygons.some(([outer, ...holes]) => !!outer && pointInFlatRing(x, y, outer) && !holes.some((h) => pointInFlatRing(x, y, h)));
}

/** [minLng, minLat, maxLng, maxLat] of the outer rings. */
export function outlineBox(polygons: FlatPolygons): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer] of polygons) {
    for (let i = 0; outer && i < outer.length; i += 2) {
      box[0] = Math.min(box[0], outer[i]!);
      box[1] = Math.min(box[1], outer[i + 1]!);
      box[2] = Math.max(box[2], outer[i]!);
      box[3] = Math.max(box[3], outer[i + 1]!);
    }
  }
  return box;
}
