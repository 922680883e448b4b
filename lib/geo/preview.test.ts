import { describe, expect, it } from 'vitest';
import { clusterLabel, clusterSize } from './cluster-badge';
import { mercatorPx } from './mercator';
import { buildPreview, outlinePath } from './preview';

const box = { minLng: 115, minLat: 28, maxLng: 116, maxLat: 29 };
const square = (lng: number, lat: number, d: number) => ({
  geometry: { type: 'Polygon' as const, coordinates: [[[lng, lat], [lng + d, lat], [lng + d, lat + d], [lng, lat + d], [lng, lat]]] },
});

describe('map preview', () => {
  it('projects as Leaflet does: the null meridian and equator at the middle of the world', () => {
    expect(mercatorPx(0, 0, 0)).toEqual([128, 128]);
    // Nanchang at zoom 7, by EPSG:3857's own formula (metres, then Leaflet's transformation to pixels).
    const R = 6378137, scale = 256 * 2 ** 7, lat = 28.68, lng = 115.89;
    const mx = (R * lng * Math.PI) / 180, my = R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const [x, y] = mercatorPx(lat, lng, 7);
    expect(x).toBeCloseTo(scale * (0.5 + mx / (2 * Math.PI * R)), 6);
    expect(y).toBeCloseTo(scale * (0.5 - my / (2 * Math.PI * R)), 6);
  });

  it('draws each ring as one closed path in pixels from the top-left corner of the box', () => {
    const d = outlinePath([square(115, 28, 0.5)], box, 7);
    expect(d.startsWith('M0 ')).toBe(true);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith('Z')).toBe(true);
  });

  it('drops the detail a pixel cannot show and the rings that collapse to nothing', () => {
    const wiggly = { geometry: { type: 'Polygon' as const, coordinates: [[...Array.from({ length: 200 }, (_, i) => [115 + i * 0.002, 28.5 + (i % 2) * 1e-5]), [115.4, 28.9], [115, 28.5]]] } };
    const d = outlinePath([wiggly, square(115.5, 28.5, 1e-5)], box, 7);
    expect(d.split('L').length).toBeLessThan(10);
    expect(d.match(/M/g)).toHaveLength(1);
  });

  it('sizes and labels clusters as the live map does; single stations get a small dot', () => {
    const p = buildPreview(outlinePath([square(115, 28, 1)], box, 7), [{ lng: 115.5, lat: 28.5, count: 12_345 }, { lng: 115.2, lat: 28.2, count: null }], box, 7);
    expect(p.width).toBe(Math.round(mercatorPx(29, 116, 7)[0] - mercatorPx(29, 115, 7)[0]));
    expect(p.height).toBe(Math.round(mercatorPx(28, 115, 7)[1] - mercatorPx(29, 115, 7)[1]));
    expect(p.clusters[0]).toMatchObject({ r: clusterSize(12_345) / 2, label: '12k' });
    expect(p.clusters[1]).toMatchObject({ r: 6, label: null });
    expect(p.clusters[1]!.y).toBeGreaterThan(p.clusters[0]!.y);
  });

  it('cluster badges grow with the count', () => {
    expect([5, 50, 500, 5000].map(clusterSize)).toEqual([30, 36, 42, 50]);
    expect([7, 9999, 10_000, 15_600].map(clusterLabel)).toEqual(['7', '9999', '10k', '16k']);
  });
});
