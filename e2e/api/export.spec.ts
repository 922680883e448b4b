import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { testDb } from '../admin-fixtures';
import { pointIn } from '../admin/security-world';
import { PUBLIC_LIMITS } from '../../lib/security/public-limit-numbers';
import { bumpVersion, seedStation } from '../fixtures';
import { fromAddress, randomAddress } from '../support/client-address';

// Public downloads: every public station's public fields, no notes, under the
// data licence, with an ETag for mirrors; the admin export needs a signed-in admin.

test('public GeoJSON of public fields', async ({ request }) => {
  const res = await request.get('/api/export/stations?format=geojson', fromAddress());
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/geo+json');
  const doc = (await res.json()) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
  expect(doc.type).toBe('FeatureCollection');
  expect(doc.features.length).toBeGreaterThan(1000);
  const f = doc.features[0]!;
  expect(f.geometry.coordinates).toHaveLength(2);
  expect(Object.keys(f.properties)).toEqual(expect.arrayContaining(['external_id', 'name', 'kind', 'county', 'countyEn', 'city', 'cityEn', 'province', 'provinceEn', 'entry', 'entryNote', 'lastConfirmedAt', 'gradeStars', 'gradeCount']));
  expect(f.properties).not.toHaveProperty('notes');
});

test('public CSV opens in Excel: UTF-8 with a BOM, English headers on request', async ({ request }) => {
  const res = await request.get('/api/export/stations?format=csv&locale=en', fromAddress());
  expect(res.status()).toBe(200);
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const head = body.toString('utf8').slice(1, 400).split('\r\n')[0];
  // The import template's columns in their places, then the division names in both languages, then how to get in,
  // then what workers say (read-only), then the services.
  expect(head).toBe('external_id,name,kind,status,address,lng,lat,county_code,county,opening_hours,amenities,phone,operator,county_en,city,city_en,province,province_en,entry,entry_note,last_confirmed_at,grade_stars,grade_count,services');
});

test('how to get in: worded in its two columns, empty when unknown', async ({ request }) => {
  const tag = randomUUID().slice(0, 8);
  // Closed: hidden from the map and the nearest list, whose specs compare answers with the sample data; still exported.
  const pin = await seedStation({ lat: 27.31, lng: 114.31, name: `导出密码站 ${tag}`, status: 'closed' });
  await testDb().station.update({ where: { id: pin.id }, data: { entry: 'pin', entryNote: '密码在值班室' } });
  const unknown = await seedStation({ lat: 27.311, lng: 114.311, name: `导出未知站 ${tag}`, status: 'closed' });
  for (const [locale, word] of [['en', 'PIN lock'], ['zh-CN', '密码锁']] as const) {
    const res = await request.get(`/api/export/stations?format=csv&locale=${locale}`, fromAddress());
    expect(res.status()).toBe(200);
    const lines = (await res.text()).split('\r\n');
    // Then the three read-only columns (never confirmed, no grade) and the services (none).
    expect(lines.find((l) => l.includes(pin.name))).toMatch(new RegExp(`,${word},密码在值班室,,,0,$`));
    expect(lines.find((l) => l.includes(unknown.name))).toMatch(/,,,,,0,$/);
  }
  const doc = (await (await request.get('/api/export/stations?format=geojson&locale=en', fromAddress())).json()) as { features: { properties: Record<string, unknown> }[] };
  expect(doc.features.find((f) => f.properties.name === pin.name)?.properties).toMatchObject({ entry: 'PIN lock', entryNote: '密码在值班室' });
});

test('what workers say: the newest "open" and the grade of published reviews in the three columns before the services', async ({ request }) => {
  const tag = randomUUID().slice(0, 8);
  const db = testDb();
  // 泰和县: a county no other spec grades (/stats shows each county's grade). Closed: off the map, still exported.
  const s = await seedStation({ ...pointIn('360826'), countyCode: '360826', name: `导出评分站 ${tag}`, status: 'closed' });
  await db.stationSignal.create({ data: { stationId: s.id, lastOpenAt: new Date('2026-10-02T06:10:00Z') } });
  await db.review.createMany({
    data: [5, 4, 1].map((stars, i) => ({ stationId: s.id, countyCode: '360826', stars, status: i < 2 ? 'published' : 'pending', clientHash: `e2e-${tag}-${i}` })),
  });
  for (const [locale, head] of [['en', 'last_confirmed_at,grade_stars,grade_count,services'], ['zh-CN', '最近确认开放,评分,评价数,特色服务']] as const) {
    const res = await request.get(`/api/export/stations?format=csv&locale=${locale}`, fromAddress());
    expect(res.status()).toBe(200);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]!.endsWith(`,${head}`)).toBe(true);
    // The pending review does not count.
    expect(lines.find((l) => l.includes(s.name))).toMatch(/,2026-10-02T06:10:00\.000Z,4\.5,2,$/);
  }
  const doc = (await (await request.get('/api/export/stations?format=geojson&locale=zh-CN', fromAddress())).json()) as { features: { properties: Record<string, unknown> }[] };
  expect(doc.features.find((f) => f.properties.name === s.name)?.properties).toMatchObject({ lastConfirmedAt: '2026-10-02T06:10:00.000Z', gradeStars: 4.5, gradeCount: 2 });
});

test('a bad format is a 400 naming the field; the admin export needs sign-in', async ({ request }) => {
  const bad = await request.get('/api/export/stations?format=xls', fromAddress());
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('format');
  expect((await request.get('/api/export/admin?format=csv')).status()).toBe(401);
});

test('the licence: in the GeoJSON beside the features, in the headers of both files, each feature by station id', async ({ request }) => {
  const geo = await request.get('/api/export/stations?format=geojson', fromAddress());
  expect(geo.status()).toBe(200);
  const named = decodeURIComponent(geo.headers()['x-license'] ?? '');
  expect(named).not.toBe('');
  const doc = (await geo.json()) as { license: string; licenseUrl?: string; attribution: string; features: { id: string }[] };
  expect(doc.license).toBe(named);
  expect(doc.attribution).not.toBe('');
  if (doc.licenseUrl) expect(geo.headers().link).toBe(`<${doc.licenseUrl}>; rel="license"`);
  expect(doc.features[0]!.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  // The CSV stays the importer's rows: the licence is in its headers only.
  const csv = await request.get('/api/export/stations?format=csv&locale=en', fromAddress());
  expect(csv.headers()['x-license']).toBe(geo.headers()['x-license']);
  expect(csv.headers().link).toBe(geo.headers().link);
  const text = await csv.text();
  expect(text.slice(1).startsWith('external_id,name,')).toBe(true);
  expect(text).not.toContain(named);
});

test('the API page names the licence and the change feed, in both languages', async ({ request }) => {
  const named = decodeURIComponent((await request.get('/api/export/stations?format=csv', fromAddress())).headers()['x-license'] ?? '');
  for (const [path, words] of [['/api-docs', '许可发布'], ['/en/api-docs', 'published under']] as const) {
    const html = await (await request.get(path)).text();
    expect(html).toContain(words);
    expect(html).toContain(named);
    expect(html).toContain('id="ep-/api/changes"');
  }
});

test('a mirror asks again with If-None-Match: a 304 with no body until the data changes, then a 200 with a new ETag', async ({ request }) => {
  const url = '/api/export/stations?format=csv&locale=en';
  // Other tests write meanwhile (each bumps the data version): a pair is asked again until no write fell between.
  let tag = '';
  await expect.poll(async () => {
    const first = await request.get(url, fromAddress());
    tag = first.headers().etag ?? '';
    const again = await request.get(url, { headers: { ...fromAddress().headers, 'if-none-match': tag } });
    return {
      first: first.status(), cache: first.headers()['cache-control'], status: again.status(), bytes: (await again.body()).length,
      etag: again.headers().etag === tag, licence: again.headers()['x-license'] === first.headers()['x-license'],
    };
  }).toEqual({ first: 200, cache: 'public, max-age=300', status: 304, bytes: 0, etag: true, licence: true });
  expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
  // Another query is another file: its own tag.
  const geo = await request.get('/api/export/stations?format=geojson&locale=en', { headers: { ...fromAddress().headers, 'if-none-match': tag } });
  expect(geo.status()).toBe(200);
  expect(geo.headers().etag).not.toBe(tag);

  await bumpVersion(`etag-${randomUUID().slice(0, 8)}`);
  const changed = await request.get(url, { headers: { ...fromAddress().headers, 'if-none-match': tag } });
  expect(changed.status()).toBe(200);
  expect(changed.headers().etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
  expect(changed.headers().etag).not.toBe(tag);
});

test('a 304 counts against no limit: more conditional asks than the limit from one address, then a download', async ({ request }) => {
  const me = randomAddress();
  // `*`: any current copy, whatever other tests write meanwhile.
  const asks = await Promise.all(Array.from({ length: PUBLIC_LIMITS.export.points + 2 }, () =>
    request.get('/api/export/stations?format=csv', { headers: { ...fromAddress(me).headers, 'if-none-match': '*' } })));
  expect(asks.map((r) => r.status())).toEqual(asks.map(() => 304));
  expect((await request.get('/api/export/stations?format=csv', fromAddress(me))).status()).toBe(200);
});
