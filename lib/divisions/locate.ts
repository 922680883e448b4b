import { allDivisions } from './catalog';
import { type FlatPolygons, countyOutlines, outlineBox, pointInFlatPolygons } from './outlines';

// "Which county holds this point" for all of China: a 0.25° grid of candidate
// counties (by bounding box), then point-in-polygon on the prepared outlines.

const CELL = 0.25;
const SEED_PREFIX = '36';

type Candidate = { code: string; box: [number, number, number, number]; polygons: FlatPolygons };

let grid: Map<number, Candidate[]> | null = null;

const key = (ix: number, iy: number) => ix * 4096 + iy;

function build(): Map<number, Candidate[]> {
  const counties = allDivisions().filter((d) => d.level === 'county');
  const outlines = countyOutlines(counties.filter((c) => c.code.startsWith(SEED_PREFIX)).map((c) => c.code));
  // Jiangxi's seed outlines first: where they overlap a neighbour's, the seed wins.
  const ordered = [...outlines].sort(([a], [b]) => Number(!a.startsWith(SEED_PREFIX)) - Number(!b.startsWith(SEED_PREFIX)) || a.localeCompare(b));
  const cells = new Map<number, Candidate[]>();
  for (const [code, polygons] of ordered) {
    const c: Candidate = { code, box: outlineBox(polygons), polygons };
    for (let ix = Math.floor(c.box[0] / CELL); ix <= Math.floor(c.box[2] / CELL); ix++) {
      for (let iy = Math.floor(c.box[1] / CELL); iy <= Math.floor(c.box[3] / CELL); iy++) {
        const k = key(ix, iy);
        const list = cells.get(k);
        if (list) list.push(c);
        else cells.set(k, [c]);
      }
    }
  }
  return cells;
}

/** Builds the index now (≈ 1 s) instead of on the first question. */
export function warmCountyIndex(): void {
  grid ??= build();
}

/** Code of the county whose outline holds the WGS-84 point, or null (outside mainland China, or at sea). */
export function countyAt(lng: number, lat: number): string | null {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
  grid ??= build();
  const list = grid.get(key(Math.floor(lng / CELL), Math.floor(lat / CELL)));
  if (!list) return null;
  for (const c of list) {
    const [x0, y0, x1, y1] = c.box;
    if (lng >= x0 && lng <= x1 && lat >= y0 && lat <= y1 && pointInFlatPolygons(lng, lat, c.polygons)) return c.code;
  }
  return null;
}

/** The outline of a county, for drawing or coverage grids; null when none is known. */
export function countyOutline(code: string): FlatPolygons | null {
  const seed = allDivisions().filter((c) => c.level === 'county' && c.code.startsWith(SEED_PREFIX)).map((c) => c.code);
  return countyOutlines(seed).get(code) ?? null;
}
