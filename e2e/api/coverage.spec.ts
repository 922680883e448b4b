import { expect, test } from '../fixtures';
import { countyApi, provinceApi } from '../coverage-helpers';
import { fromAddress } from '../support/client-address';

// GET /api/coverage and /api/coverage/{code}: shapes, sums and bad input.

test('one entry per county, cities and the province add up', async ({ request }) => {
  const walk = await provinceApi(request);
  expect(walk.counties).toHaveLength(100);
  expect(walk.cities).toHaveLength(11);
  for (const c of walk.counties) {
    expect(Object.keys(c)).toEqual(expect.arrayContaining(['code', 'name', 'areaKm2', 'coveredKm2', 'coveredShare', 'stationsInUse']));
    if (c.areaKm2 === null) continue;
    expect(c.coveredKm2!).toBeLessThanOrEqual(c.areaKm2 + 1e-6);
    expect(c.coveredShare!).toBeCloseTo(c.coveredKm2! / c.areaKm2, 3);
  }
  // 红谷滩区 has no boundary of its own: stations, no area.
  expect(walk.counties.find((c) => c.code === '360113')).toMatchObject({ areaKm2: null, coveredShare: null });
  const sum = (f: (c: (typeof walk.counties)[number]) => number | null) => walk.counties.reduce((s, c) => s + (f(c) ?? 0), 0);
  expect(walk.province.areaKm2).toBeCloseTo(sum((c) => c.areaKm2), 0);
  expect(walk.province.coveredKm2).toBeCloseTo(sum((c) => c.coveredKm2), 0);
  expect(walk.province.areaKm2).toBeGreaterThan(160_000);
  expect(walk.province.areaKm2).toBeLessThan(172_000);
  const ebike = await provinceApi(request, 'ebike');
  expect(ebike.province.coveredKm2).toBeGreaterThan(walk.province.coveredKm2);
});

test('a county: suggestions with the area each adds, and its grid', async ({ request }) => {
  const d = await countyApi(request, '360424', 'ebike');
  expect(d.suggestions.map((s) => s.rank)).toEqual([1, 2, 3]);
  // An e-bike circle is π·3² ≈ 28.3 km²: no site can add more.
  for (const s of d.suggestions) expect(s.addsKm2).toBeLessThan(28.6);
  expect(d.grid.runs.filter((_, i) => i % 2).reduce((a, b) => a + b, 0)).toBe(d.grid.cols * d.grid.rows);
});

test('bad input is a 400 naming the field; an unknown county a 404', async ({ request }) => {
  const cases: [string, number, string][] = [
    ['/api/coverage?mode=bike', 400, 'mode'],
    ['/api/coverage?openNow=2', 400, 'openNow'],
    ['/api/coverage?mode=walk&mode=ebike', 400, 'mode'],
    ['/api/coverage/abc', 400, 'code'],
    ['/api/coverage/360424?suggestions=11', 400, 'suggestions'],
    ['/api/coverage/999999', 404, 'code'],
  ];
  for (const [url, status, field] of cases) {
    const res = await request.get(url, fromAddress());
    expect(res.status(), url).toBe(status);
    expect((await res.json()).error, url).toMatchObject({ field, message: expect.stringContaining(field) });
  }
});
