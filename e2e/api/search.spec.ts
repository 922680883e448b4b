import { test, expect, type APIRequestContext } from '@playwright/test';
import { seedStation } from '../fixtures';
import { AREAS, distanceM, expectBadRequest, offset, waitForIds } from './helpers';

// GET /api/search?q=: cities, counties and stations by name.

type Result = { type: 'city' | 'county' | 'station'; id: string; name: string; context: string; lat: number; lng: number };

async function search(request: APIRequestContext, q: string): Promise<Result[]> {
  const res = await request.get('/api/search', { params: { q } });
  expect(res.status(), `q=${q}: ${(await res.text()).slice(0, 200)}`).toBe(200);
  const { results } = (await res.json()) as { results: Result[] };
  expect(Array.isArray(results)).toBe(true);
  return results;
}

// 东湖区 is the old centre of Nanchang, around the 八一广场 (28.68 N, 115.90 E).
const BAYI_SQUARE = { lat: 28.678, lng: 115.905 };

test('"东湖" finds the county 东湖区 (360102) of 南昌市', async ({ request }) => {
  const results = await search(request, '东湖');
  const county = results.find((r) => r.type === 'county' && r.id === '360102');
  expect(county).toMatchObject({ name: '东湖区', context: '南昌市' });
  expect(distanceM(BAYI_SQUARE, county!)).toBeLessThan(10_000);
  for (const r of results) expect(['city', 'county', 'station']).toContain(r.type);
});

test('"南昌" finds the city 南昌市 and the county 南昌县', async ({ request }) => {
  const results = await search(request, '南昌');
  expect(results.find((r) => r.type === 'city' && r.id === '360100')).toMatchObject({ name: '南昌市' });
  expect(results.find((r) => r.type === 'county' && r.name === '南昌县')).toMatchObject({ context: '南昌市' });
  const city = results.find((r) => r.id === '360100')!;
  expect(distanceM(BAYI_SQUARE, city)).toBeLessThan(30_000);
});

test('a seeded station is found by a unique part of its name, case-insensitively', async ({ request }) => {
  const token = `YiZhanQ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
  const at = offset(AREAS.search, 0, 0);
  const row = await seedStation({ ...at, name: `检索驿站 ${token} 号`, countyCode: '360102' });
  await waitForIds(request, at, [row.id]);
  for (const q of [token, token.toLowerCase(), token.toUpperCase(), `  ${token}  `, `检索驿站 ${token}`]) {
    const stations = (await search(request, q)).filter((r) => r.type === 'station');
    expect(stations, `q=${q}`).toEqual([{ type: 'station', id: row.id, name: row.name, context: expect.stringContaining('东湖区'), lat: at.lat, lng: at.lng }]);
    expect(stations[0]!.context).toContain('南昌市');
  }
});

test('the sample stations are searchable and the answer stays short', async ({ request }) => {
  const results = await search(request, '示例');
  expect(results.length).toBeGreaterThan(0);
  expect(results.length).toBeLessThanOrEqual(50);
  for (const r of results) expect(r.type === 'station' && r.name.includes('示例')).toBe(true);
});

test('odd but valid queries answer 200', async ({ request }) => {
  for (const q of ['.*', '%', '_', "'", '"', '\\', '1;DROP TABLE Station', '<script>alert(1)</script>', '😀', 'ｘ', '区']) {
    const results = await search(request, q);
    for (const r of results.filter((x) => x.type === 'station')) expect(r.name.toLowerCase(), `q=${q}`).toContain(q.toLowerCase());
  }
  expect((await search(request, '东'.repeat(60))).length).toBeGreaterThanOrEqual(0);
});

test('a missing, blank, too long or repeated q is a 400 naming q', async ({ request }) => {
  await expectBadRequest(await request.get('/api/search'), 'q', 'no q');
  for (const q of ['', ' ', '\t', '东'.repeat(61), 'a'.repeat(61), 'x'.repeat(4_000)]) {
    await expectBadRequest(await request.get('/api/search', { params: { q } }), 'q', `q of length ${q.length}`);
  }
  await expectBadRequest(await request.get('/api/search?q=a&q=b'), 'q', 'repeated q');
});
