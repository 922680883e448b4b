import { test, expect, type APIRequestContext } from '@playwright/test';
import { seedStation } from '../fixtures';
import { AREAS, distanceM, expectBadRequest, hoursLater, offset, waitForIds } from './helpers';
import { sampleStations } from './sample-oracle';

// GET /api/stations/{id}: every public field, navigation links, 404 and 400.

async function station(request: APIRequestContext, id: string) {
  const res = await request.get(`/api/stations/${encodeURIComponent(id)}`);
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  return ((await res.json()) as { station: Record<string, unknown> & { navigation: Record<string, string> } }).station;
}

const coords = (s: string) => s.split(',').map(Number) as [number, number];

test('a seeded station comes back with every public field; an XSS-like name stays verbatim', async ({ request }) => {
  const at = offset(AREAS.detail, 0, 0);
  const name = '<img src=x onerror=alert(1)>';
  const address = `测试路 "8" 号 <b>&amp; ${Date.now()}`;
  const row = await seedStation({
    ...at, name, address, kind: 'workers_home', countyCode: '360733', openingHours: '24/7', amenities: ['wifi', 'legal_aid', 'drinking_water'],
    phone: '0797-12345678', operator: '测试县总工会', lastVerifiedAt: new Date('2026-09-30T16:00:00Z'),
  });
  await waitForIds(request, at, [row.id]);
  const s = await station(request, row.id);

  expect(s).toMatchObject({
    id: row.id, name, kind: 'workers_home', status: 'in_use', lat: at.lat, lng: at.lng, address,
    countyCode: '360733', countyName: '会昌县', cityName: '赣州市', openingHours: '24/7',
    openNow: true, is24x7: true, nextChange: null,
    phone: '0797-12345678', operator: '测试县总工会', lastVerifiedAt: '2026-09-30T16:00:00.000Z', isSample: false,
    schedule: [{ days: [0, 1, 2, 3, 4, 5, 6], intervals: [{ from: '00:00', to: '24:00' }] }],
  });
  expect([...(s.amenities as string[])].sort()).toEqual(['drinking_water', 'legal_aid', 'wifi']);
  expect(new Date(s.updatedAt as string).toISOString()).toBe(s.updatedAt);
  for (const hidden of ['notes', 'externalId', 'archivedAt', 'version', 'createdAt']) expect(s, hidden).not.toHaveProperty(hidden);

  const nav = s.navigation;
  expect(Object.keys(nav).sort()).toEqual(['amap', 'apple', 'baidu', 'tencent']);
  const baidu = new URL(nav.baidu!);
  expect(baidu.searchParams.get('coord_type')).toBe('wgs84');
  expect(coords(baidu.searchParams.get('location')!)).toEqual([at.lat, at.lng]);
  expect(baidu.searchParams.get('title')).toBe(name);
  expect(baidu.searchParams.get('content')).toBe(address);
  const tencent = new URL(nav.tencent!);
  expect(tencent.searchParams.get('coord_type')).toBe('1');
  const marker = tencent.searchParams.get('marker')!;
  expect(marker.startsWith(`coord:${at.lat},${at.lng};`), marker).toBe(true);
  expect(marker).toContain(`title:${name}`);
  const amap = new URL(nav.amap!);
  const [gLng, gLat] = coords(amap.searchParams.get('position')!);
  const shift = distanceM(at, { lat: gLat, lng: gLng });
  expect(shift, 'GCJ-02 offset of Amap').toBeGreaterThan(100);
  expect(shift, 'GCJ-02 offset of Amap').toBeLessThan(1000);
  expect(amap.searchParams.get('name')).toBe(name);
  const apple = new URL(nav.apple!);
  const [aLat, aLng] = coords(apple.searchParams.get('ll')!);
  expect(distanceM({ lat: aLat, lng: aLng }, { lat: gLat, lng: gLng }), 'Apple and Amap agree').toBeLessThan(1);
  expect(apple.searchParams.get('q')).toBe(name);
});

test('opening hours: openNow, nextChange and schedule of a station closed now', async ({ request }) => {
  const at = offset(AREAS.detail, 1500, 0);
  const now = new Date();
  const { hours, start } = hoursLater(2, now);
  const row = await seedStation({ ...at, openingHours: hours, name: `时段 ${Date.now()}` });
  await waitForIds(request, at, [row.id]);
  const s = await station(request, row.id);
  // Next opening: the first instant after now whose Shanghai clock reads start:00.
  const next = new Date(Math.ceil((now.getTime() + 8 * 3600_000) / 3600_000) * 3600_000 - 8 * 3600_000);
  while ((next.getUTCHours() + 8) % 24 !== start) next.setTime(next.getTime() + 3600_000);
  const end = String((start + 1) % 24 || 24).padStart(2, '0');
  expect(s).toMatchObject({ openingHours: hours, openNow: false, is24x7: false, nextChange: next.toISOString() });
  expect(s.schedule).toEqual([{ days: [0, 1, 2, 3, 4, 5, 6], intervals: [{ from: `${String(start).padStart(2, '0')}:00`, to: `${end}:00` }] }]);
});

test('a suspended 24/7 station is not open now and has no next change', async ({ request }) => {
  const at = offset(AREAS.detail, 3000, 0);
  const row = await seedStation({ ...at, status: 'suspended', openingHours: '24/7', phone: null, operator: null, lastVerifiedAt: null });
  await waitForIds(request, at, [row.id]);
  expect(await station(request, row.id)).toMatchObject({ status: 'suspended', openNow: false, nextChange: null, phone: null, operator: null, lastVerifiedAt: null });
});

test('a sample station matches the generated sample data', async ({ request }) => {
  for (const sample of sampleStations().filter((_, i) => i % 997 === 0)) {
    const s = await station(request, sample.id);
    expect(s, sample.id).toMatchObject({ id: sample.id, name: sample.name, kind: sample.kind, status: sample.status, lat: sample.lat, lng: sample.lng, address: sample.address, countyCode: sample.countyCode, isSample: true });
  }
});

test('unknown ids are 404 JSON; malformed ids are 400 naming id', async ({ request }) => {
  for (const id of ['e2e-does-not-exist', 'x', 'a'.repeat(64)]) {
    const res = await request.get(`/api/stations/${id}`);
    expect(res.status(), id).toBe(404);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message.length, id).toBeGreaterThan(0);
  }
  for (const id of ['has space', 'a'.repeat(65), 'a'.repeat(100), '东湖', "1'OR'1'='1", 'a;DROP TABLE Station', '<script>', 'a.b']) {
    await expectBadRequest(await request.get(`/api/stations/${encodeURIComponent(id)}`), 'id', `id ${id}`);
  }
});
