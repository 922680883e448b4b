import { describe, expect, it } from 'vitest';
import { haversineM } from '@/lib/geo/distance';
import { mulberry32 } from '@/lib/sample-data-attributes';
import { DEFAULT_STATUSES, type Filters } from './schema';
import { StationIndex, type HoursOracle, type IndexRow } from './station-index';
import { KINDS } from './vocab';

// Nearest must be exact: checked against a brute-force scan on random points.

const oracle: HoursOracle = { openNow: (h) => h === '24/7', is24x7: (h) => h === '24/7' };
const all: Filters = { kinds: [], amenities: [], statuses: [...DEFAULT_STATUSES], openNow: false, h24: false, noPhone: false };
const now = new Date('2026-11-25T04:00:00Z');

function rows(n: number, seed: number): IndexRow[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, name: `站点 ${i}`, kind: KINDS[i % KINDS.length]!, status: i % 10 === 0 ? 'suspended' : 'in_use',
    lat: 24 + rnd() * 6, lng: 113 + rnd() * 6, address: '', countyCode: '360102',
    amenities: i % 3 === 0 ? 'drinking_water,ebike_charging' : 'drinking_water', openingHours: i % 2 ? '24/7' : 'off',
    entry: i % 4 === 0 ? 'staffed' : null,
  }));
}

function bruteForce(data: IndexRow[], lat: number, lng: number, k: number, keep: (r: IndexRow) => boolean) {
  return data.filter(keep).map((r) => ({ id: r.id, d: haversineM(lat, lng, r.lat, r.lng) })).sort((a, b) => a.d - b.d).slice(0, k).map((x) => x.id);
}

describe('StationIndex.nearest', () => {
  const data = rows(5000, 7);
  const index = new StationIndex(data, oracle);
  const rnd = mulberry32(99);

  it('returns exactly the brute-force nearest 10 on 200 random points', () => {
    for (let q = 0; q < 200; q++) {
      const lat = 24 + rnd() * 6;
      const lng = 113 + rnd() * 6;
      const got = index.nearest(lat, lng, 10, all, now).map((s) => s.id);
      expect(got).toEqual(bruteForce(data, lat, lng, 10, () => true));
    }
  });

  it('applies kind, all-of amenities, open-now and 24-hour filters like a scan would', () => {
    const f: Filters = { ...all, kinds: ['station', 'workers_home'], amenities: ['ebike_charging'], openNow: true };
    const keep = (r: IndexRow) => ['station', 'workers_home'].includes(r.kind) && r.amenities.includes('ebike_charging') && r.status === 'in_use' && r.openingHours === '24/7';
    for (let q = 0; q < 50; q++) {
      const lat = 24 + rnd() * 6;
      const lng = 113 + rnd() * 6;
      expect(index.nearest(lat, lng, 10, f, now).map((s) => s.id)).toEqual(bruteForce(data, lat, lng, 10, keep));
    }
  });

  it('reports distance and minutes by the stated model', () => {
    const [first] = index.nearest(27, 116, 1, all, now);
    const row = data.find((r) => r.id === first!.id)!;
    const d = Math.round(haversineM(27, 116, row.lat, row.lng));
    expect(first!.distanceM).toBe(d);
    expect(first!.walkMinutes).toBe(Math.max(1, Math.ceil((d * 1.25) / (5000 / 60))));
    expect(first!.ebikeMinutes).toBe(Math.max(1, Math.ceil((d * 1.25) / (15000 / 60))));
  });

  it('keeps to the box when one is given, even when it holds fewer than the limit', () => {
    const bbox = { minLng: 116, minLat: 27, maxLng: 116.05, maxLat: 27.05 };
    const inBox = (r: IndexRow) => r.lng >= 116 && r.lng <= 116.05 && r.lat >= 27 && r.lat <= 27.05;
    const got = index.nearest(27.02, 116.02, 50, all, now, bbox).map((s) => s.id);
    expect(got).toEqual(bruteForce(data, 27.02, 116.02, 50, inBox));
    expect(got.length).toBeLessThan(50);
  });

  it('answers an empty index with an empty list', () => {
    expect(new StationIndex([], oracle).nearest(27, 116, 10, all, now)).toEqual([]);
  });
});

describe('StationIndex rows', () => {
  it('gives back each station as it went in, though it keeps them column by column', () => {
    const data = rows(500, 9).map((r, i) => ({ ...r, address: `地址 ${i}`, countyCode: ['360102', '360111', '361002'][i % 3]! }));
    const index = new StationIndex(data, oracle);
    for (const i of [0, 1, 2, 3, 250, 499]) expect(index.row(i)).toEqual(data[i]);
    expect(index.row(500)).toBeUndefined();
    expect(index.row(-1)).toBeUndefined();
  });
});
