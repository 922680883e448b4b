import { describe, expect, it } from 'vitest';
import { DETOUR_FACTOR, EBIKE_KMH, SERVICE_CIRCLE, WALK_KMH, reachRadiusM, travelMinutes } from './travel';

describe('model constants', () => {
  it('uses 5 km/h walking, 15 km/h e-bike and a 1.25 detour factor', () => {
    expect([WALK_KMH, EBIKE_KMH, DETOUR_FACTOR]).toEqual([5, 15, 1.25]);
  });

  it('draws 1 km walk and 3 km e-bike service circles', () => {
    expect(SERVICE_CIRCLE).toEqual({ walk: 1000, ebike: 3000 });
  });
});

describe('travelMinutes', () => {
  it('takes 15 min to walk 1 km as the crow flies (1.25 km of road at 83⅓ m/min)', () => {
    expect(travelMinutes(1000, 5)).toBe(15);
  });

  it('takes 15 min by e-bike for 3 km straight-line', () => {
    expect(travelMinutes(3000, 15)).toBe(15);
  });

  it('rounds up partial minutes', () => {
    // 1001 m × 1.25 = 1251.25 m of road; 1250 m is exactly 15 min.
    expect(travelMinutes(1001, 5)).toBe(16);
    // 500 m × 1.25 / 250 m/min = 2.5 → 3.
    expect(travelMinutes(500, 15)).toBe(3);
  });

  it('is at least a minute for any positive distance and 0 for none', () => {
    expect(travelMinutes(0.01, 15)).toBe(1);
    expect(travelMinutes(0, 5)).toBe(0);
  });

  it('honours a custom detour factor', () => {
    // 1 km of straight road at 5 km/h: 60 / 5 = 12 min.
    expect(travelMinutes(1000, 5, 1)).toBe(12);
  });

  it('refuses negative or non-finite input', () => {
    expect(() => travelMinutes(-1, 5)).toThrow(RangeError);
    expect(() => travelMinutes(Number.NaN, 5)).toThrow(RangeError);
    expect(() => travelMinutes(100, 0)).toThrow(RangeError);
  });
});

describe('reachRadiusM', () => {
  it('gives 1000 m for a 15-min walk and 3000 m for a 15-min e-bike ride', () => {
    expect(reachRadiusM(15, 5)).toBeCloseTo(1000, 9);
    expect(reachRadiusM(15, 15)).toBeCloseTo(3000, 9);
  });

  it('is the inverse of travelMinutes on whole minutes', () => {
    for (const min of [1, 7, 10, 30]) {
      expect(travelMinutes(reachRadiusM(min, 15), 15)).toBe(min);
    }
  });

  it('grows linearly with time and shrinks with the detour factor', () => {
    // 10 min at 15 km/h = 2500 m of road; with no detour that is the radius.
    expect(reachRadiusM(10, 15, 1)).toBeCloseTo(2500, 9);
    expect(reachRadiusM(10, 15, 2)).toBeCloseTo(1250, 9);
  });
});
