import type { Position } from 'geojson';
import { type AreaGeometry, geometryBbox } from '@/lib/geo/polygon';
import { kmPerDegLat, kmPerDegLng } from './geodesy';

// A county as a raster of ~250 m cells. The grid is regular in degrees (so a
// cell's edges are plain meridians and parallels, easy to draw on any map),
// with the cell's degree size chosen so cells are square at the county's middle
// latitude. Every area is summed with each row's true cell area on the WGS-84
// ellipsoid, so the degree grid costs no accuracy; what the grid costs is
// resolution — see the README's "Coverage" section for the error figures.

/** Default cell size. 250 m: a 15-minute walk (1 km) spans 8 cells, a county ~30,000. */
export const CELL_M = 250;

export type GridFrame = {
  west: number;
  north: number;
  dLng: number;
  dLat: number;
  cols: number;
  rows: number;
  /** km per degree of latitude (county middle) and of longitude (per row). */
  kmLat: number;
  kmLng: Float64Array;
};

export type Grid = GridFrame & {
  cellM: number;
  /** 1 where the cell's centre is inside the county. */
  inside: Uint8Array;
  /** Area in km² of one cell in each row. */
  cellKm2: Float64Array;
  areaKm2: number;
};

export const rowLat = (g: GridFrame, row: number) => g.north - (row + 0.5) * g.dLat;
export const colLng = (g: GridFrame, col: number) => g.west + (col + 0.5) * g.dLng;

export function cellCentre(g: GridFrame, index: number): { lng: number; lat: number } {
  return { lng: colLng(g, index % g.cols), lat: rowLat(g, Math.floor(index / g.cols)) };
}

export function buildGrid(geometry: AreaGeometry, cellM = CELL_M): Grid {
  const [minLng, minLat, maxLng, maxLat] = geometryBbox(geometry);
  const mid = (minLat + maxLat) / 2;
  const dLat = cellM / 1000 / kmPerDegLat(mid);
  const dLng = cellM / 1000 / kmPerDegLng(mid);
  const cols = Math.max(1, Math.ceil((maxLng - minLng) / dLng));
  const rows = Math.max(1, Math.ceil((maxLat - minLat) / dLat));
  const frame = { west: minLng, north: maxLat, dLng, dLat, cols, rows, kmLat: kmPerDegLat(mid), kmLng: new Float64Array(rows) };
  const cellKm2 = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const lat = rowLat(frame, r);
    frame.kmLng[r] = kmPerDegLng(lat);
    cellKm2[r] = dLat * kmPerDegLat(lat) * dLng * frame.kmLng[r]!;
  }
  const inside = new Uint8Array(cols * rows);
  fillGeometry(frame, geometry, inside);
  let areaKm2 = 0;
  for (let r = 0; r < rows; r++) areaKm2 += countOnes(inside, r * cols, (r + 1) * cols) * cellKm2[r]!;
  return { ...frame, cellM, inside, cellKm2, areaKm2 };
}

function countOnes(a: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += a[i]!;
  return n;
}

/**
 * Sets to 1 every cell of `target` whose centre lies inside the geometry:
 * even-odd within a polygon (holes), union across the parts of a multipolygon.
 * Scanline: one pass over the edges per row, then whole runs are filled.
 */
export function fillGeometry(g: GridFrame, geometry: AreaGeometry, target: Uint8Array): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const xs: number[] = [];
  for (const rings of polygons) {
    const [, south, , north] = geometryBbox({ type: 'Polygon', coordinates: rings });
    const r0 = Math.max(0, Math.floor((g.north - north) / g.dLat - 0.5));
    const r1 = Math.min(g.rows - 1, Math.ceil((g.north - south) / g.dLat - 0.5));
    for (let r = r0; r <= r1; r++) {
      crossings(rings, rowLat(g, r), xs);
      for (let k = 0; k + 1 < xs.length; k += 2) fillSpan(g, target, r, xs[k]!, xs[k + 1]!);
    }
  }
}

/** Longitudes where the parallel `lat` crosses the rings, sorted; same half-open rule as pointInRing. */
function crossings(rings: readonly Position[][], lat: number, out: number[]): void {
  out.length = 0;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      const ay = a[1]!;
      const by = b[1]!;
      if (ay > lat !== by > lat) out.push(a[0]! + ((lat - ay) * (b[0]! - a[0]!)) / (by - ay));
    }
  }
  out.sort((a, b) => a - b);
}

/** Cells of row r whose centre lies in [fromLng, toLng). */
function fillSpan(g: GridFrame, target: Uint8Array, r: number, fromLng: number, toLng: number): void {
  const c0 = Math.max(0, Math.ceil((fromLng - g.west) / g.dLng - 0.5));
  const c1 = Math.min(g.cols - 1, Math.ceil((toLng - g.west) / g.dLng - 0.5) - 1);
  if (c0 <= c1) target.fill(1, r * g.cols + c0, r * g.cols + c1 + 1);
}

/**
 * Calls visit(start, end) for each row's run of cells whose centre is within
 * radiusM of the point (end exclusive, indices into the grid).
 */
export function discSpans(g: GridFrame, lng: number, lat: number, radiusM: number, visit: (start: number, end: number) => void): void {
  const rKm = radiusM / 1000;
  const rLat = rKm / g.kmLat;
  const r0 = Math.max(0, Math.ceil((g.north - lat - rLat) / g.dLat - 0.5));
  const r1 = Math.min(g.rows - 1, Math.floor((g.north - lat + rLat) / g.dLat - 0.5));
  for (let r = r0; r <= r1; r++) {
    const dy = (rowLat(g, r) - lat) * g.kmLat;
    const h2 = rKm * rKm - dy * dy;
    if (h2 < 0) continue;
    const half = Math.sqrt(h2) / g.kmLng[r]!;
    const c0 = Math.max(0, Math.ceil((lng - half - g.west) / g.dLng - 0.5));
    const c1 = Math.min(g.cols - 1, Math.floor((lng + half - g.west) / g.dLng - 0.5));
    if (c0 <= c1) visit(r * g.cols + c0, r * g.cols + c1 + 1);
  }
}
