import { test, expect, type APIRequestContext } from '@playwright/test';
import { seedStation } from '../fixtures';
import { AREAS, distanceM, expectBadRequest, offset, waitForIds } from './helpers';

// GET /api/search?q=&limit=: divisions of China and stations by Chinese, pinyin, initials or English.

type Result = { type: 'province' | 'city' | 'county' | 'station'; id: string; name: string; nameEn?: string; context: string; contextEn: string; lat: number; lng: number };

async function search(request: APIRequestContext, q: string, limit?: number): Promise<Result[]> {
  const res = await request.get('/api/search', { params: limit ? { q, limit } : { q } });
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
  for (const r of results) expect(['province', 'city', 'county', 'station']).toContain(r.type);
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
    expect(stations, `q=${q}`).toEqual([{ type: 'station', id: row.id, name: row.name, context: expect.stringContaining('东湖区'), contextEn: 'Donghu District, Nanchang City', lat: at.lat, lng: at.lng }]);
    expect(stations[0]!.context).toContain('南昌市');
  }
});

test('the sample stations are searchable and the answer stays short', async ({ request }) => {
  const results = await search(request, '示例');
  expect(results.length).toBeGreaterThan(0);
  expect(results.length).toBeLessThanOrEqual(50);
  for (const r of results) expect(r.type === 'station' && r.name.includes('示例')).toBe(true);
});

test('odd but valid queries answer 200 with a bounded answer', async ({ request }) => {
  for (const q of ['.*', '%', '_', "'", '"', '\\', '1;DROP TABLE Station', '<script>alert(1)</script>', '😀', 'ｘ', '区']) {
    expect((await search(request, q)).length, `q=${q}`).toBeLessThanOrEqual(12);
  }
  // Marks and spaces alone fold to nothing: nothing is found rather than everything.
  expect(await search(request, "' - '")).toEqual([]);
  expect((await search(request, '东'.repeat(60))).length).toBeGreaterThanOrEqual(0);
});

test('a missing, blank, too long or repeated q is a 400 naming q', async ({ request }) => {
  await expectBadRequest(await request.get('/api/search'), 'q', 'no q');
  for (const q of ['', ' ', '\t', '东'.repeat(61), 'a'.repeat(61), 'x'.repeat(4_000)]) {
    await expectBadRequest(await request.get('/api/search', { params: { q } }), 'q', `q of length ${q.length}`);
  }
  await expectBadRequest(await request.get('/api/search?q=a&q=b'), 'q', 'repeated q');
  for (const limit of ['0', '31', '-1', '1.5', 'x']) {
    await expectBadRequest(await request.get('/api/search', { params: { q: 'nanchang', limit } }), 'limit', `limit=${limit}`);
  }
});

test('divisions anywhere in China by pinyin, initials and English, with their English names', async ({ request }) => {
  expect((await search(request, 'zhengzhou'))[0]).toMatchObject({ type: 'city', id: '410100', name: '郑州市', nameEn: 'Zhengzhou City', context: '河南省' });
  for (const q of ['dcx', 'Duchang County', 'duchang', 'DuChang', 'dū chāng']) {
    const hit = (await search(request, q, 30)).find((r) => r.id === '360428');
    expect(hit, q).toMatchObject({ type: 'county', name: '都昌县', nameEn: 'Duchang County', context: '九江市', contextEn: 'Jiujiang City' });
  }
  expect((await search(request, 'lvliang'))[0]).toMatchObject({ name: '吕梁市' });
  for (const r of await search(request, 'nanchang', 30)) if (r.type !== 'station') expect(r.nameEn, r.name).toBeTruthy();
  expect(await search(request, 'a', 3)).toHaveLength(3);
});

test('a seeded station is found by the pinyin and the initials of its name', async ({ request }) => {
  // A run of random characters (none of them polyphonic) makes the name, its pinyin and its initials unique to this test.
  const READINGS: Record<string, string> = {
    安: 'an', 北: 'bei', 春: 'chun', 东: 'dong', 方: 'fang', 高: 'gao', 海: 'hai', 江: 'jiang', 金: 'jin', 兰: 'lan',
    明: 'ming', 南: 'nan', 平: 'ping', 青: 'qing', 山: 'shan', 泰: 'tai', 文: 'wen', 西: 'xi', 新: 'xin', 阳: 'yang',
  };
  const chars = Array.from({ length: 7 }, () => Object.keys(READINGS)[Math.floor(Math.random() * 20)]!);
  const at = offset(AREAS.search, 0.002, 0.002);
  const row = await seedStation({ ...at, name: `郑州检索${chars.join('')}驿站`, countyCode: '360102' });
  await waitForIds(request, at, [row.id]);
  const full = `jiansuo${chars.map((c) => READINGS[c]).join('')}yizhan`;
  const initials = `zzjs${chars.map((c) => READINGS[c]![0]).join('')}yz`;
  for (const q of [`zhengzhou${full}`, full, `Jian Suo ${chars.map((c) => READINGS[c]).join(' ')} Yi Zhan`, initials]) {
    expect((await search(request, q, 30)).filter((r) => r.type === 'station').map((r) => r.id), q).toContain(row.id);
  }
});
