import { describe, expect, it } from 'vitest';
import { haversineM } from '@/lib/geo/distance';
import { buildGrid } from './grid';
import { suggestSites } from './greedy';
import { markReach } from './measure';
import { at, rect } from './test-shapes';

// A county of two squares 10 km apart: A is 2 km × 2 km, B is 1.6 km × 1.6 km.
// With a 1 km reach and no station yet, worked out by hand:
//  1st pick: A's centre, adding π = 3.1416 km² (the circle fits inside A);
//  2nd pick: B's centre (A is then covered but for its corners), adding the
//    square ∩ circle = 4·(0.6·0.8 + ∫₀.₆^0.8 √(1−x²) dx) = 2.4876 km²;
//  3rd pick: somewhere in A's four corners, less than 4 − π = 0.858 km² left there.
const county = buildGrid({ type: 'MultiPolygon', coordinates: [rect(0, 0, 2, 2).coordinates, rect(12, 0, 13.6, 1.6).coordinates] }, 50);
const near = (p: { lng: number; lat: number }, q: { lng: number; lat: number }) => haversineM(p.lat, p.lng, q.lat, q.lng);

describe('greedy maximal coverage', () => {
  const picks = suggestSites(county, new Uint8Array(county.cols * county.rows), 1000, 3, 100);

  it('picks the centre of the larger square first, with the area it adds', () => {
    expect(picks[0]!.rank).toBe(1);
    expect(near(picks[0]!, at(1, 1))).toBeLessThan(75);
    expect(picks[0]!.addsKm2).toBeGreaterThan(Math.PI * 0.98);
    expect(picks[0]!.addsKm2).toBeLessThan(Math.PI * 1.02);
  });

  it('then the smaller square, because the first pick counts as covered', () => {
    expect(near(picks[1]!, at(12.8, 0.8))).toBeLessThan(75);
    expect(picks[1]!.addsKm2).toBeGreaterThan(2.4876 * 0.98);
    expect(picks[1]!.addsKm2).toBeLessThan(2.4876 * 1.02);
  });

  it('then a corner of the first square, adding less than what the corners hold', () => {
    expect(picks[2]!.addsKm2).toBeGreaterThan(0);
    expect(picks[2]!.addsKm2).toBeLessThan(4 - Math.PI);
    expect(picks[2]!.lng).toBeLessThan(at(2.01, 0).lng);
  });

  it('skips what existing stations already cover, and stops when nothing is left', () => {
    const covered = markReach(county, [at(1, 1)], [{ kind: 'circle', radiusM: 1000 }]);
    const [first] = suggestSites(county, covered, 1000, 1, 100);
    expect(near(first!, at(12.8, 0.8))).toBeLessThan(75);
    const all = new Uint8Array(county.cols * county.rows).fill(1);
    expect(suggestSites(county, all, 1000, 3, 100)).toEqual([]);
  });
});
