import { type Grid, cellCentre, discSpans } from './grid';
import type { Suggestion } from './types';

// "Where to build next": greedy maximal coverage. Candidates are the county's
// cells on a coarser lattice; each round takes the candidate whose reach
// would add the most not-yet-covered county area, then counts that reach as
// covered, so the next pick fills a different gap. Greedy is within 1 − 1/e of
// the best possible set for this problem, and exact for one pick.
//
// Where a county is mostly empty, thousands of sites tie (a whole circle fits
// almost anywhere). Sites are ranked by the number of cells they add (cells
// differ in area by < 0.5 % within a county, which must not decide); among
// equals, the one deepest inside the uncovered area wins (farthest from any reach and from the county
// border): the middle of the largest hole, so the picks spread out instead of
// lining up along the first row scanned.

/** Candidate sites every 500 m: finer moves a site by less than a tenth of a walk. */
export const CANDIDATE_STEP_M = 500;
/** Candidates at most: a 200,000 km² county (若羌县) gets a site every ~2 km instead of 800,000 of them. */
export const MAX_CANDIDATES = 50_000;

export function suggestSites(g: Grid, covered: Uint8Array, radiusM: number, count: number, stepM = CANDIDATE_STEP_M): Suggestion[] {
  const state = covered.slice();
  const candidates = candidateCells(g, stepM);
  const gainOf = (cell: number) => uncoveredWithin(g, state, cell, radiusM).cells;
  const gains = Float64Array.from(candidates, gainOf);
  const picks: Suggestion[] = [];
  for (let rank = 1; rank <= count; rank++) {
    const best = breakTie(g, state, candidates, gains);
    if (best < 0 || gains[best] === 0) break;
    const cell = candidates[best]!;
    const at = cellCentre(g, cell);
    picks.push({ rank, lng: at.lng, lat: at.lat, addsKm2: uncoveredWithin(g, state, cell, radiusM).km2 });
    discSpans(g, at.lng, at.lat, radiusM, (start, end) => state.fill(1, start, end));
    // Only candidates whose reach overlaps the new one can have lost gain.
    const near = nearTest(g, cell, 2 * radiusM);
    candidates.forEach((c, k) => {
      if (near(c)) gains[k] = gainOf(c);
    });
  }
  return picks;
}

function candidateCells(g: Grid, stepM: number): Uint32Array {
  const cells = g.areaKm2 / (g.cellM / 1000) ** 2;
  const step = Math.max(1, Math.round(stepM / g.cellM), Math.ceil(Math.sqrt(cells / MAX_CANDIDATES)));
  const off = Math.floor(step / 2);
  const out: number[] = [];
  for (let r = off; r < g.rows; r += step) {
    for (let c = off; c < g.cols; c += step) if (g.inside[r * g.cols + c]) out.push(r * g.cols + c);
  }
  return Uint32Array.from(out);
}

/** County cells within radiusM of the cell's centre that `state` marks as not covered: how many, and their km². */
function uncoveredWithin(g: Grid, state: Uint8Array, cell: number, radiusM: number): { cells: number; km2: number } {
  const { lng, lat } = cellCentre(g, cell);
  let cells = 0;
  let km2 = 0;
  discSpans(g, lng, lat, radiusM, (start, end) => {
    let n = 0;
    for (let i = start; i < end; i++) n += g.inside[i]! & (state[i]! ^ 1);
    cells += n;
    km2 += n * g.cellKm2[Math.floor(start / g.cols)]!;
  });
  return { cells, km2 };
}

function breakTie(g: Grid, state: Uint8Array, candidates: Uint32Array, gains: Float64Array): number {
  const top = argmax(gains);
  if (top < 0) return top;
  const depth = depthMap(g, state);
  let best = top;
  for (let k = 0; k < gains.length; k++) {
    if (gains[k] === gains[top] && depth[candidates[k]!]! > depth[candidates[best]!]!) best = k;
  }
  return best;
}

/**
 * Distance in cells from each uncovered county cell to the nearest cell that
 * is covered or outside the county (chamfer 1/√2, two passes).
 */
export function depthMap(g: Grid, state: Uint8Array): Float32Array {
  const { cols, rows } = g;
  const d = new Float32Array(cols * rows);
  for (let i = 0; i < d.length; i++) d[i] = g.inside[i] && !state[i] ? Infinity : 0;
  const at = (r: number, c: number) => (r < 0 || c < 0 || r >= rows || c >= cols ? 0 : d[r * cols + c]!);
  const relax = (r: number, c: number, dir: 1 | -1) => {
    const i = r * cols + c;
    if (d[i] === 0) return;
    d[i] = Math.min(d[i]!, at(r, c - dir) + 1, at(r - dir, c) + 1, at(r - dir, c - 1) + Math.SQRT2, at(r - dir, c + 1) + Math.SQRT2);
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) relax(r, c, 1);
  for (let r = rows - 1; r >= 0; r--) for (let c = cols - 1; c >= 0; c--) relax(r, c, -1);
  return d;
}

/** Index of the first largest value, -1 when empty. */
function argmax(values: Float64Array): number {
  let best = -1;
  for (let k = 0; k < values.length; k++) if (best < 0 || values[k]! > values[best]!) best = k;
  return best;
}

function nearTest(g: Grid, cell: number, distanceM: number): (other: number) => boolean {
  const r0 = Math.floor(cell / g.cols);
  const c0 = cell % g.cols;
  const maxRows = Math.ceil(distanceM / 1000 / (g.dLat * g.kmLat)) + 1;
  const maxCols = Math.ceil(distanceM / 1000 / (g.dLng * Math.min(...g.kmLng))) + 1;
  return (other) => Math.abs(Math.floor(other / g.cols) - r0) <= maxRows && Math.abs((other % g.cols) - c0) <= maxCols;
}
