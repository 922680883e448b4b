import { beforeAll, describe, expect, it } from 'vitest';
import { provinceShapes } from '@/lib/divisions/province-shapes';
import { planLayers, provincesInView, type ProvinceShape } from './boundary-plan';

const JIANGXI_HOME = { code: '360000', box: { minLng: 113.57, minLat: 24.49, maxLng: 118.48, maxLat: 30.08 } };
const around = (lng: number, lat: number, half: number) => ({ minLng: lng - half, minLat: lat - half * 0.75, maxLng: lng + half, maxLat: lat + half * 0.75 });
let shapes: ProvinceShape[];

beforeAll(async () => {
  shapes = await provinceShapes();
});

describe('boundary plan', () => {
  it('opens Jiangxi on its own cities and counties, nothing of its neighbours, before the province outlines arrive', () => {
    const provinces = provincesInView(around(116.02, 27.28, 3), 7, null, JIANGXI_HOME);
    expect(planLayers(7, provinces).map((l) => l.url)).toEqual(['/geo/counties.json', '/geo/prefectures.json']);
    // A phone fits Jiangxi at a lower zoom: still in detail while the map has not moved.
    expect(planLayers(5, provinces, true).map((l) => l.url)).toEqual(['/geo/counties.json', '/geo/prefectures.json']);
    expect(planLayers(5, provinces, false).map((l) => l.url)).toEqual(['/geo/china/provinces.json']);
    // The same view with the outlines: the centre is in Jiangxi, though Fujian's box reaches it.
    expect(provincesInView(around(116.02, 27.28, 3), 7, shapes, JIANGXI_HOME)).toEqual(['360000']);
  });

  it('shows China as provinces from afar', () => {
    expect(planLayers(4, ['360000'])).toEqual([{ url: '/geo/china/provinces.json', kind: 'province' }]);
    expect(provincesInView(around(104, 36, 30), 4, null, { code: '100000', box: around(104, 36, 30) })).toEqual([]);
  });

  it('loads the province the user zooms into, anywhere in China', () => {
    // Zhengzhou, with Jiangxi as home; then Shijiazhuang, whose box is shared with Shanxi's.
    expect(provincesInView(around(113.65, 34.75, 1.5), 8, shapes, JIANGXI_HOME)).toEqual(['410000']);
    expect(provincesInView(around(114.5, 38.04, 1.5), 8, shapes, JIANGXI_HOME)).toEqual(['130000']);
    expect(planLayers(6, ['410000'])).toEqual([{ url: '/geo/china/410000-counties.json', kind: 'county' }, { url: '/geo/china/410000-cities.json', kind: 'city' }]);
  });

  it('close up at a border, draws both sides', () => {
    // On the Jiangxi–Fujian border near 光泽 / 资溪.
    const both = provincesInView(around(117.25, 27.55, 0.4), 10, shapes, JIANGXI_HOME).sort();
    expect(both).toEqual(['350000', '360000']);
    expect(provincesInView(around(117.25, 27.55, 2), 8, shapes, JIANGXI_HOME)).toHaveLength(1);
  });
});
