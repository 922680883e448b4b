import { describe, expect, it } from 'vitest';
import {
  HONGGUTAN_CODE,
  XINJIAN_CODE,
  cities,
  counties,
  countyAt,
  countyGeometry,
} from './divisions-data';
import { pointInGeometry } from './geo/polygon';

const PER_CITY: Record<string, number> = {
  南昌市: 9,
  景德镇市: 4,
  萍乡市: 5,
  九江市: 13,
  新余市: 2,
  鹰潭市: 3,
  赣州市: 18,
  吉安市: 13,
  宜春市: 10,
  抚州市: 11,
  上饶市: 12,
};

describe('divisions data', () => {
  it('has 11 cities and 100 counties with unique codes', () => {
    expect(cities).toHaveLength(11);
    expect(counties).toHaveLength(100);
    expect(new Set(counties.map((c) => c.code)).size).toBe(100);
    const cityCodes = new Set(cities.map((c) => c.code));
    for (const c of counties) expect(cityCodes.has(c.cityCode)).toBe(true);
  });

  it('matches the per-city counts of the reference README', () => {
    const counts: Record<string, number> = {};
    for (const c of counties) counts[c.cityName] = (counts[c.cityName] ?? 0) + 1;
    expect(counts).toEqual(PER_CITY);
  });

  it('puts every city point inside one of its own counties', () => {
    for (const city of cities) {
      const code = countyAt(city.lng, city.lat);
      expect(code && counties.find((c) => c.code === code)?.cityCode, city.name).toBe(city.code);
    }
  });

  it('puts every county point inside its own polygon', () => {
    for (const c of counties) {
      const own = c.code === HONGGUTAN_CODE ? XINJIAN_CODE : c.code;
      const geometry = countyGeometry(own);
      expect(geometry, c.name).not.toBeNull();
      expect(pointInGeometry(c.lng, c.lat, geometry!), c.name).toBe(true);
      expect(countyAt(c.lng, c.lat), c.name).toBe(own);
    }
  });

  it('has no polygon for 红谷滩区 and includes 湾里 in 新建区', () => {
    expect(countyGeometry(HONGGUTAN_CODE)).toBeNull();
    expect(countyGeometry('360105')).toBeNull();
    // 湾里's old seat (梅岭 foothills) now answers 新建区.
    expect(countyAt(115.7257, 28.718)).toBe(XINJIAN_CODE);
  });

  it('answers outside points with null, fast', () => {
    expect(countyAt(121.47, 31.23)).toBeNull(); // Shanghai
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) countyAt(113.6 + (i % 100) * 0.04, 24.5 + Math.floor(i / 100) * 0.06);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
