import { describe, expect, it } from 'vitest';
import { provinceShapes } from './province-shapes';
import { pointInGeometry } from '@/lib/geo/polygon';
import { divisionBox, divisionOutline, partsLayer, regionView } from './region';

const holds = (b: { minLng: number; minLat: number; maxLng: number; maxLat: number }, lng: number, lat: number) =>
  b.minLng < lng && lng < b.maxLng && b.minLat < lat && lat < b.maxLat;

describe('region view', () => {
  it('opens Jiangxi as the map always has (its extent, zoom 7)', async () => {
    const v = await regionView('360000');
    expect(v.zoom).toBe(7);
    expect(v.box.minLng).toBeCloseTo(113.57, 1);
    expect(v.box.maxLat).toBeCloseTo(30.08, 1);
  });

  it('fits all of China, Henan, Zhengzhou and one of its districts, each closer than the last', async () => {
    const views = await Promise.all(['100000', '410000', '410100', '410103'].map(regionView));
    expect(views.map((v) => v.zoom)).toEqual([...views.map((v) => v.zoom)].sort((a, b) => a - b));
    expect(new Set(views.map((v) => v.zoom)).size).toBe(4);
    // Zhengzhou's 二七区 (113.64 E, 34.72 N) lies in every one of them.
    for (const v of views) expect(holds(v.box, 113.64, 34.72)).toBe(true);
    // China reaches Xinjiang and Heilongjiang; Henan does not.
    expect(holds(views[0]!.box, 87.6, 43.8) && holds(views[0]!.box, 126.6, 45.8)).toBe(true);
    expect(holds(views[1]!.box, 87.6, 43.8)).toBe(false);
  });

  it('opens Hainan on the island, not on the reefs of the South China Sea', async () => {
    const b = (await divisionBox('460000'))!;
    expect(holds(b, 110.35, 20.02)).toBe(true);
    expect(b.minLat).toBeGreaterThan(17);
  });

  it('gives a division with no outline of its own (红谷滩区) a small box around its point, and none to an unknown code', async () => {
    const b = (await divisionBox('360113'))!;
    expect(b.maxLng - b.minLng).toBeCloseTo(0.1);
    expect(await divisionBox('999999')).toBeNull();
  });

  it('draws a region by its parts: provinces, cities of a province, counties of a city', () => {
    expect(partsLayer('100000')).toBe('/geo/china/provinces.json');
    expect(partsLayer('410000')).toBe('/geo/china/410000-cities.json');
    expect(partsLayer('410100')).toBe('/geo/china/410000-counties.json');
    expect(partsLayer('360000')).toBe('/geo/prefectures.json');
    expect(partsLayer('361000')).toBe('/geo/counties.json');
  });
});

describe('division outlines', () => {
  it('outlines a province, a city and a county, each around its own point', async () => {
    for (const code of ['410000', '410100', '410103', '360000', '360100']) {
      const g = await divisionOutline(code);
      if (!g) throw new Error(`no outline for ${code}`);
      const zhengzhou = pointInGeometry(113.64, 34.73, g);
      expect(zhengzhou, code).toBe(code.startsWith('41'));
    }
    expect(await divisionOutline('999999')).toBeNull();
  });
});

describe('province shapes', () => {
  it('are all 31 provinces, small, with English names', async () => {
    const shapes = await provinceShapes();
    expect(shapes).toHaveLength(31);
    expect(JSON.stringify(shapes).length).toBeLessThan(60_000);
    expect(shapes.find((s) => s.code === '410000')).toMatchObject({ name: '河南省', nameEn: 'Henan' });
  });
});
