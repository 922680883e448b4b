import { describe, expect, it } from 'vitest';
import { bboxAround, haversineM } from './distance';

// One degree of arc on a 6371008.8 m sphere: 2πR / 360.
const DEG_M = 111195.08;

describe('haversineM', () => {
  it('is zero for the same point', () => {
    expect(haversineM(28.68, 115.86, 28.68, 115.86)).toBe(0);
  });

  it('measures one degree of latitude as 2πR/360', () => {
    expect(haversineM(28, 115, 29, 115)).toBeCloseTo(DEG_M, 1);
  });

  it('shrinks a degree of longitude by cos(latitude) on the equator vs 60°N', () => {
    expect(haversineM(0, 0, 0, 1)).toBeCloseTo(DEG_M, 1);
    // At 60° a short east-west hop is about half as long as at the equator.
    expect(haversineM(60, 0, 60, 0.01) / haversineM(0, 0, 0, 0.01)).toBeCloseTo(0.5, 4);
  });

  it('agrees with the spherical law of cosines for a city-scale pair', () => {
    // Nanchang Bayi Square → Jiujiang, about 112 km apart.
    const [a, b, c, d] = [28.6765, 115.9009, 29.6788, 115.9741].map((x) => (x * Math.PI) / 180) as [
      number,
      number,
      number,
      number,
    ];
    const cosines = 6371008.8 * Math.acos(Math.sin(a) * Math.sin(c) + Math.cos(a) * Math.cos(c) * Math.cos(d - b));
    expect(haversineM(28.6765, 115.9009, 29.6788, 115.9741)).toBeCloseTo(cosines, 2);
    expect(cosines).toBeGreaterThan(111_000);
  });

  it('is symmetric and gives half the circumference for antipodes', () => {
    expect(haversineM(10, 20, -10, -160)).toBeCloseTo(Math.PI * 6371008.8, 0);
    expect(haversineM(1, 2, 3, 4)).toBe(haversineM(3, 4, 1, 2));
  });
});

describe('bboxAround', () => {
  it('extends latitude by radius / (πR/180) degrees', () => {
    const b = bboxAround(28.7, 115.9, DEG_M);
    expect(b.minLat).toBeCloseTo(27.7, 6);
    expect(b.maxLat).toBeCloseTo(29.7, 6);
  });

  it('is wider in longitude than latitude away from the equator', () => {
    const b = bboxAround(60, 10, 1000);
    const halfLat = b.maxLat - 60;
    const halfLng = b.maxLng - 10;
    // Roughly 1/cos(60°) = 2 times wider.
    expect(halfLng / halfLat).toBeCloseTo(2, 3);
  });

  it('contains every point on the circle, and the box edges touch it', () => {
    const [lat, lng, r] = [28.7, 115.9, 3000];
    const b = bboxAround(lat, lng, r);
    let widest = 0;
    for (let i = 0; i < 3600; i++) {
      // Destination point formula, written out independently of the module.
      const brg = (i / 10) * (Math.PI / 180);
      const d = r / 6371008.8;
      const p1 = (lat * Math.PI) / 180;
      const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(brg));
      const l2 =
        lng +
        (Math.atan2(Math.sin(brg) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2)) * 180) /
          Math.PI;
      const la2 = (p2 * 180) / Math.PI;
      expect(la2).toBeGreaterThanOrEqual(b.minLat - 1e-9);
      expect(la2).toBeLessThanOrEqual(b.maxLat + 1e-9);
      expect(l2).toBeGreaterThanOrEqual(b.minLng - 1e-9);
      expect(l2).toBeLessThanOrEqual(b.maxLng + 1e-9);
      widest = Math.max(widest, l2);
    }
    expect(b.maxLng - widest).toBeLessThan(1e-6);
  });

  it('covers all longitudes near a pole or across the antimeridian', () => {
    expect(bboxAround(89.99, 0, 5000)).toMatchObject({ minLng: -180, maxLng: 180, maxLat: 90 });
    expect(bboxAround(0, 179.999, 1000)).toMatchObject({ minLng: -180, maxLng: 180 });
  });

  it('refuses nonsense input', () => {
    expect(() => bboxAround(Number.NaN, 0, 10)).toThrow(RangeError);
    expect(() => bboxAround(0, 0, -1)).toThrow(RangeError);
  });
});
