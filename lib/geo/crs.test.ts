import { describe, expect, it } from 'vitest';
import { haversineM } from './distance';
import { CRS_LIST, fromWgs84, isCrs, toWgs84 } from './crs';

// A point in Nanchang, surveyed in both systems.
const NANCHANG_WGS: [number, number] = [115.898683, 28.702086];
const NANCHANG_GCJ: [number, number] = [115.903526, 28.698731];

function metresApart(a: [number, number], b: [number, number]): number {
  return haversineM(a[1], a[0], b[1], b[0]);
}

describe('crs', () => {
  it('lists the three systems', () => {
    expect(CRS_LIST).toEqual(['wgs84', 'gcj02', 'bd09']);
    expect(isCrs('gcj02')).toBe(true);
    expect(isCrs('GCJ02')).toBe(false);
  });

  it('converts the Nanchang point WGS-84 → GCJ-02 within 2 m', () => {
    const gcj = fromWgs84(...NANCHANG_WGS, 'gcj02');
    expect(metresApart(gcj, NANCHANG_GCJ)).toBeLessThan(2);
    // The GCJ-02 offset in Nanchang is several hundred metres, so this is not a no-op.
    expect(metresApart(gcj, NANCHANG_WGS)).toBeGreaterThan(300);
  });

  it('converts the Nanchang point GCJ-02 → WGS-84 within 2 m', () => {
    expect(metresApart(toWgs84(...NANCHANG_GCJ, 'gcj02'), NANCHANG_WGS)).toBeLessThan(2);
  });

  it('round-trips WGS-84 → BD-09 → WGS-84 within 1 m', () => {
    const bd = fromWgs84(...NANCHANG_WGS, 'bd09');
    expect(metresApart(bd, NANCHANG_WGS)).toBeGreaterThan(500);
    expect(metresApart(toWgs84(...bd, 'bd09'), NANCHANG_WGS)).toBeLessThan(1);
  });

  it('rounds to 6 decimals', () => {
    for (const v of fromWgs84(115.12345678, 28.12345678, 'gcj02')) {
      expect(Math.abs(v * 1e6 - Math.round(v * 1e6))).toBeLessThan(1e-6);
    }
    expect(toWgs84(115.12345678, 28.98765432, 'wgs84')).toEqual([115.123457, 28.987654]);
  });

  it('leaves points outside mainland China unshifted', () => {
    // New York: GCJ-02 only exists inside mainland China.
    expect(fromWgs84(-74.006, 40.7128, 'gcj02')).toEqual([-74.006, 40.7128]);
    expect(toWgs84(-74.006, 40.7128, 'gcj02')).toEqual([-74.006, 40.7128]);
  });

  it('refuses non-finite coordinates', () => {
    expect(() => toWgs84(Number.NaN, 28, 'gcj02')).toThrow(RangeError);
  });
});
