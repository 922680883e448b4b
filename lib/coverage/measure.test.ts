import { describe, expect, it } from 'vitest';
import { buildGrid } from './grid';
import { coveredKm2, largestGap, markReach } from './measure';
import { decodeRuns, gridPayload } from './payload';
import type { Reach } from './reach';
import { at, rect } from './test-shapes';

const walk: Reach = { kind: 'circle', radiusM: 1000 };

describe('one station in a square county', () => {
  it('covers π km² of a 10 km × 10 km county (250 m cells: within 5 %)', () => {
    const g = buildGrid(rect(0, 0, 10, 10));
    expect(g.areaKm2).toBeCloseTo(100, 0);
    const covered = markReach(g, [at(5, 5)], [walk]);
    const km2 = coveredKm2(g, covered);
    // Worked out by hand: 52 cell centres lie within 4 cells of a cell corner → 52 × 0.0625 km².
    expect(km2).toBeCloseTo(3.25, 2);
    expect(Math.abs(km2 - Math.PI) / Math.PI).toBeLessThan(0.05);
    expect(largestGap(g, covered).km2).toBeCloseTo(g.areaKm2 - km2, 6);
  });

  it('converges on π km² with 50 m cells (within 1 %)', () => {
    const g = buildGrid(rect(0, 0, 10, 10), 50);
    const km2 = coveredKm2(g, markReach(g, [at(5, 5)], [walk]));
    expect(Math.abs(km2 - Math.PI) / Math.PI).toBeLessThan(0.01);
  });

  it('counts only the part of the circle inside the county', () => {
    const g = buildGrid(rect(0, 0, 10, 10), 50);
    // A station in the corner covers a quarter circle; one 1 km outside covers nothing.
    expect(coveredKm2(g, markReach(g, [at(0, 0)], [walk]))).toBeCloseTo(Math.PI / 4, 1);
    expect(coveredKm2(g, markReach(g, [at(-1.01, 5)], [walk]))).toBe(0);
  });
});

describe('two overlapping circles', () => {
  it('count the overlap once: 2πr² − lens = 5.0548 km² for r = 1 km, 1 km apart', () => {
    const g = buildGrid(rect(0, 0, 10, 10), 50);
    const km2 = coveredKm2(g, markReach(g, [at(4.5, 5), at(5.5, 5)], [walk, walk]));
    // Lens of two unit circles one radius apart: 2·acos(1/2) − (1/2)·√3 = 1.2284.
    const expected = 2 * Math.PI - (2 * Math.acos(0.5) - 0.5 * Math.sqrt(3));
    expect(expected).toBeCloseTo(5.0548, 4);
    expect(Math.abs(km2 - expected) / expected).toBeLessThan(0.01);
  });
});

describe('largest gap', () => {
  it('finds the bigger of two uncovered patches split by a covered band', () => {
    const g = buildGrid(rect(0, 0, 10, 2), 50);
    // Three stations 1.5 km apart around x = 3 cut the strip in two: 0–~1 km and ~5–10 km.
    const covered = markReach(g, [at(2, 1), at(3, 1), at(4, 1)], [walk, walk, walk]);
    const gap = largestGap(g, covered);
    expect(gap.km2).toBeGreaterThan(10);
    expect(gap.km2).toBeLessThan(11);
    expect(gap.at!.lng).toBeGreaterThan(at(5, 0).lng);
  });
});

describe('grid payload', () => {
  it('run-length encodes outside, uncovered, covered and gap cells and decodes back', () => {
    const g = buildGrid({ type: 'MultiPolygon', coordinates: [rect(0, 0, 2, 2).coordinates, rect(3, 0, 5, 2).coordinates] });
    const covered = markReach(g, [at(1, 1)], [walk]);
    const gap = largestGap(g, covered);
    const p = gridPayload(g, covered, gap.cells);
    const states = decodeRuns(p.runs, p.cols * p.rows);
    const count = (s: number) => states.filter((x) => x === s).length;
    expect(count(0)).toBeGreaterThan(0);
    expect(count(2)).toBe(covered.reduce((n, c, i) => n + (c & g.inside[i]!), 0));
    expect(count(3)).toBe(gap.cells.length);
    expect(p.runs.reduce((n, v, k) => n + (k % 2 ? v : 0), 0)).toBe(p.cols * p.rows);
  });
});
