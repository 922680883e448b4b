import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/lib/sample-data-attributes';
import { bboxPixels } from '@/lib/geo/mercator';
import { ClusterCache, clusteringsFor } from './clusters';
import { DEFAULT_STATUSES, type Filters } from './schema';
import { StationIndex, type HoursOracle, type IndexRow } from './station-index';

const oracle: HoursOracle = { openNow: () => true, is24x7: () => false };
const all: Filters = { kinds: [], amenities: [], statuses: [...DEFAULT_STATUSES], openNow: false, h24: false, noPhone: false };
const now = new Date('2026-11-25T04:00:00Z');

const rnd = mulberry32(3);
const data: IndexRow[] = Array.from({ length: 20_000 }, (_, i) => ({
  id: `s${i}`, name: `站点 ${i}`, kind: i % 4 ? 'station' : 'activity_venue', status: 'in_use',
  lat: 28 + rnd() * 1, lng: 115 + rnd() * 1, address: '', countyCode: '360102', amenities: '', openingHours: '24/7',
}));
const clusters = new ClusterCache(new StationIndex(data, oracle));
const count = (fs: ReturnType<ClusterCache['viewport']>) =>
  fs.reduce((n, f) => n + (f.properties.cluster ? f.properties.count : 1), 0);

describe('ClusterCache.viewport', () => {
  it('accounts for every station in the box exactly once, at every zoom', () => {
    const box = { minLng: 114.9, minLat: 27.9, maxLng: 116.1, maxLat: 29.1 };
    for (const zoom of [5, 8, 10]) expect(count(clusters.viewport(box, zoom, all, now))).toBe(20_000);
  });

  it('clusters by filter: the counts follow the kind filter', () => {
    const box = { minLng: 114.9, minLat: 27.9, maxLng: 116.1, maxLat: 29.1 };
    expect(count(clusters.viewport(box, 7, { ...all, kinds: ['activity_venue'] }, now))).toBe(5_000);
  });

  it('keeps a screen-sized response small at every zoom', () => {
    for (let zoom = 4; zoom <= 18; zoom++) {
      const span = (1280 / 256) * (360 / 2 ** zoom);
      const box = { minLng: 115.5 - span / 2, maxLng: 115.5 + span / 2, minLat: 28.5 - span / 3, maxLat: 28.5 + span / 3 };
      const bytes = JSON.stringify({ type: 'FeatureCollection', features: clusters.viewport(box, zoom, all, now) }).length;
      expect(bytes, `zoom ${zoom}`).toBeLessThan(60_000);
    }
  });

  it('measures boxes in screen pixels', () => {
    const px = bboxPixels({ minLng: 0, maxLng: 360 / 2 ** 10, minLat: 0, maxLat: 0.1 }, 10);
    expect(px.width).toBeCloseTo(256, 6);
  });
});

describe('ClusterCache keys', () => {
  it('the same filter sets in another order, or repeated, reuse one clustering (no rebuild per request)', () => {
    const index = new StationIndex(data.slice(0, 2_000), oracle);
    let built = 0;
    const matcher = index.matcher.bind(index);
    index.matcher = (f, at) => { built++; return matcher(f, at); };
    const cache = new ClusterCache(index);
    const box = { minLng: 114.9, minLat: 27.9, maxLng: 116.1, maxLat: 29.1 };
    const statuses = [...DEFAULT_STATUSES];
    const orders = [statuses, [...statuses].reverse(), [...statuses, ...statuses], [statuses[1]!, statuses[0]!, ...statuses.slice(2)]];
    for (const s of orders) cache.viewport(box, 7, { ...all, statuses: s, kinds: ['station', 'activity_venue', 'station'] }, now);
    expect(built).toBe(1);
  });
});

describe('ClusterCache size', () => {
  it('keeps fewer filter sets the more stations there are, never fewer than the two default views', () => {
    expect(clusteringsFor(0)).toBe(6);
    expect(clusteringsFor(5_000)).toBe(6);
    expect(clusteringsFor(100_000)).toBe(6);
    expect(clusteringsFor(200_000)).toBe(3);
    expect(clusteringsFor(2_000_000)).toBe(2);
  });

  it('builds a dropped filter set again rather than keeping it', () => {
    const index = new StationIndex(data.slice(0, 2_000), oracle);
    let built = 0;
    const matcher = index.matcher.bind(index);
    index.matcher = (f, at) => { built++; return matcher(f, at); };
    const cache = new ClusterCache(index, 2);
    const box = { minLng: 114.9, minLat: 27.9, maxLng: 116.1, maxLat: 29.1 };
    const kinds = [['station'], ['activity_venue'], ['station', 'activity_venue']] as Filters['kinds'][];
    for (const k of [...kinds, kinds[0]!]) cache.viewport(box, 7, { ...all, kinds: k }, now);
    expect(built).toBe(4); // the first set was dropped for the third, and built again
  });
});
