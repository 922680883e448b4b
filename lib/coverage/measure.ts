import { type Grid, cellCentre, discSpans, fillGeometry } from './grid';
import type { Reach } from './reach';
import type { LngLat } from './types';

// Pure coverage arithmetic on one county grid: which cells the stations
// reach, how much area that is, and the largest patch nobody reaches.

/** 1 for every grid cell within reach of at least one of the points (inside the county or not). */
export function markReach(g: Grid, points: readonly LngLat[], reaches: readonly Reach[]): Uint8Array {
  const covered = new Uint8Array(g.cols * g.rows);
  const fill = (start: number, end: number) => covered.fill(1, start, end);
  points.forEach((p, i) => {
    const reach = reaches[i];
    if (!reach) return;
    if (reach.kind === 'circle') discSpans(g, p.lng, p.lat, reach.radiusM, fill);
    else fillGeometry(g, reach.geometry, covered);
  });
  return covered;
}

export function coveredKm2(g: Grid, covered: Uint8Array): number {
  let km2 = 0;
  for (let r = 0; r < g.rows; r++) {
    let n = 0;
    for (let i = r * g.cols, end = i + g.cols; i < end; i++) n += g.inside[i]! & covered[i]!;
    km2 += n * g.cellKm2[r]!;
  }
  return km2;
}

export type Gap = { km2: number; cells: Uint32Array; at: LngLat | null };

/**
 * The largest 4-connected patch of county cells no station reaches. Breadth-
 * first flood fill with a typed-array queue: ~30,000 cells per county.
 */
export function largestGap(g: Grid, covered: Uint8Array): Gap {
  const n = g.cols * g.rows;
  // 1 = inside, not covered, not yet visited.
  const open = new Uint8Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) size += open[i] = g.inside[i]! & (covered[i]! ^ 1);
  // Only open cells are ever queued: a county of islands (三沙) fills 1 % of its box.
  const queue = new Uint32Array(size);
  let best: Gap = { km2: 0, cells: new Uint32Array(0), at: null };
  for (let start = 0; start < n; start++) {
    if (!open[start]) continue;
    const { length, km2 } = flood(g, open, queue, start);
    if (km2 > best.km2) {
      const cells = queue.slice(0, length);
      best = { km2, cells, at: cellCentre(g, middleCell(g, cells)) };
    }
  }
  return best;
}

function flood(g: Grid, open: Uint8Array, queue: Uint32Array, start: number) {
  const { cols, rows } = g;
  let head = 0;
  let tail = 0;
  let km2 = 0;
  queue[tail++] = start;
  open[start] = 0;
  while (head < tail) {
    const i = queue[head++]!;
    const r = (i / cols) | 0;
    const c = i - r * cols;
    km2 += g.cellKm2[r]!;
    // Left, right, up, down: 4-connected, so patches touching at a corner stay apart.
    for (const j of [c > 0 ? i - 1 : -1, c < cols - 1 ? i + 1 : -1, r > 0 ? i - cols : -1, r < rows - 1 ? i + cols : -1]) {
      if (j >= 0 && open[j]) {
        open[j] = 0;
        queue[tail++] = j;
      }
    }
  }
  return { length: tail, km2 };
}

/** The gap's cell nearest its centroid: a point that is surely inside the gap. */
function middleCell(g: Grid, cells: Uint32Array): number {
  let sr = 0;
  let sc = 0;
  for (const i of cells) {
    sr += Math.floor(i / g.cols);
    sc += i % g.cols;
  }
  const [mr, mc] = [sr / cells.length, sc / cells.length];
  let best = cells[0] ?? 0;
  let bestD = Infinity;
  for (const i of cells) {
    const d = (Math.floor(i / g.cols) - mr) ** 2 + ((i % g.cols) - mc) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}
