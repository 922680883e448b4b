import type { Grid } from './grid';
import type { GridPayload } from './types';

// The county grid for the browser: run-length encoded, a few kilobytes even
// for 60,000 cells, where one circle per station would be megabytes.

export const CELL_STATE = { outside: 0, uncovered: 1, covered: 2, gap: 3 } as const;

export function gridPayload(g: Grid, covered: Uint8Array, gapCells: Uint32Array): GridPayload {
  const n = g.cols * g.rows;
  const state = new Uint8Array(n);
  for (let i = 0; i < n; i++) state[i] = g.inside[i] ? (covered[i] ? CELL_STATE.covered : CELL_STATE.uncovered) : CELL_STATE.outside;
  for (const i of gapCells) state[i] = CELL_STATE.gap;
  return {
    west: g.west, north: g.north, dLng: g.dLng, dLat: g.dLat, cols: g.cols, rows: g.rows,
    runs: runLength(state),
  };
}

export function runLength(state: Uint8Array): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < state.length) {
    const s = state[i]!;
    let j = i + 1;
    while (j < state.length && state[j] === s) j++;
    runs.push(s, j - i);
    i = j;
  }
  return runs;
}

/** The cell states back from runs (for drawing and for tests). */
export function decodeRuns(runs: readonly number[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (let k = 0; k + 1 < runs.length; k += 2) {
    const len = Math.min(runs[k + 1]!, size - at);
    out.fill(runs[k]!, at, at + len);
    at += len;
  }
  return out;
}
