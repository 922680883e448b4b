import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { testDb } from '../admin-fixtures';
import { seedStation } from '../fixtures';
import { boxAround, expectBadRequest, hoursLater, nearest, offset, waitForIds } from './helpers';

// Weather mode in the API: the filter weather=heat|cold on the station
// queries, and GET /api/weather/alerts. The alerts seeded here cover 拉萨市城关区
// (540102), where no spec opens the map: an alert filters the map page of
// every place it covers.

const HERE = { lat: 26.45, lng: 116.85 }; // 40 km from every sample station, far from the other specs' areas
const LHASA = { code: '540102', lat: 29.65, lng: 91.13 };
const LONG = 'x'.repeat(4_000);
const HOUR = 3_600_000;

test('weather=heat|cold keeps the stations with air-conditioning or hot water that are open now', async ({ request }) => {
  const tag = `天气${randomUUID().slice(0, 8)}`;
  const specs = [
    { key: 'ac', hours: '24/7', amenities: ['air_conditioning'], north: 100 },
    { key: 'ac-later', hours: hoursLater(3).hours, amenities: ['air_conditioning', 'hot_water'], north: 200 },
    { key: 'water', hours: '24/7', amenities: ['hot_water', 'drinking_water'], north: 300 },
    { key: 'plain', hours: '24/7', amenities: ['drinking_water'], north: 50 },
  ];
  const ids: Record<string, string> = {};
  for (const s of specs) ids[s.key] = (await seedStation({ ...offset(HERE, s.north, 0), name: `${tag} ${s.key}`, openingHours: s.hours, amenities: s.amenities })).id;
  await waitForIds(request, HERE, Object.values(ids));
  const mine = async (query: string) => {
    const list = await nearest(request, `lat=${HERE.lat}&lng=${HERE.lng}&limit=50&bbox=${boxAround(HERE, 0.02)}&${query}`);
    return list.filter((s) => s.name.startsWith(tag)).map((s) => s.name.slice(tag.length + 1));
  };
  expect(await mine('weather=heat')).toEqual(['ac']);
  expect(await mine('weather=cold')).toEqual(['water']);
  expect(await mine('')).toEqual(['plain', 'ac', 'ac-later', 'water']);
  // Every answer under weather mode is open now and has the amenity, whoever else is near.
  for (const s of await nearest(request, `lat=${HERE.lat}&lng=${HERE.lng}&limit=50&weather=heat`)) {
    expect(s.amenities, s.name).toContain('air_conditioning');
    expect(s.openNow, s.name).toBe(true);
  }
  const viewport = await request.get(`/api/stations?bbox=${boxAround(HERE, 0.01)}&zoom=16&weather=cold`);
  expect(viewport.status()).toBe(200);
  const features = ((await viewport.json()) as { features: { properties: { id?: string } }[] }).features;
  expect(features.map((f) => f.properties.id).filter((id) => Object.values(ids).includes(id!))).toEqual([ids.water]);
});

test('a bad weather value or point is a 400 naming the field', async ({ request }) => {
  const bases = ['/api/stations/nearest?lat=28.68&lng=115.89', '/api/stations?bbox=115.8,28.6,115.9,28.7&zoom=12', '/api/stations/points?bbox=115.8,28.6,115.9,28.7'];
  for (const base of bases) {
    for (const value of ['hot', 'HEAT', 'off', '', ' ', 'heat,cold', LONG, '高温']) {
      await expectBadRequest(await request.get(`${base}&weather=${encodeURIComponent(value)}`), 'weather', `${base} weather=${value.slice(0, 20)}`);
    }
    await expectBadRequest(await request.get(`${base}&weather=heat&weather=heat`), 'weather', `${base} weather twice`);
  }
  const alerts = (q: string) => request.get(`/api/weather/alerts?${q}`);
  await expectBadRequest(await alerts('lat=28.4'), 'lng', 'lat alone');
  await expectBadRequest(await alerts('lng=117.6'), 'lat', 'lng alone');
  for (const v of ['91', '-90.5', 'abc', '', 'NaN', '1e3', LONG]) await expectBadRequest(await alerts(`lat=${encodeURIComponent(v)}&lng=117.6`), 'lat', `lat=${v.slice(0, 20)}`);
  await expectBadRequest(await alerts('lat=28.4&lng=181'), 'lng', 'lng=181');
  await expectBadRequest(await alerts('lat=28.4&lat=28.5&lng=117.6'), 'lat', 'lat twice');
});

test('GET /api/weather/alerts lists the alerts in force, and those covering a point', async ({ request }) => {
  const tag = randomUUID().slice(0, 8);
  const now = Date.now();
  const alert = (note: string, from: number, to: number, cancelled = false) => ({
    kind: 'cold', divisionCode: LHASA.code, note: `${note} ${tag}`, createdBy: 'e2e',
    startsAt: new Date(now + from * HOUR), endsAt: new Date(now + to * HOUR), cancelledAt: cancelled ? new Date() : null,
  });
  await testDb().weatherAlert.createMany({
    data: [alert('生效', -1, 2), alert('已取消', -1, 2, true), alert('已结束', -3, -1), alert('未开始', 1, 3)],
  });
  try {
    const mine = async (query = '') => {
      const res = await request.get(`/api/weather/alerts${query}`);
      expect(res.status()).toBe(200);
      return ((await res.json()) as { alerts: { note: string }[] }).alerts.filter((a) => a.note.endsWith(tag));
    };
    // Each instance keeps the active list a few seconds.
    await expect.poll(() => mine(), { timeout: 15_000 }).toHaveLength(1);
    expect(await mine()).toEqual([{
      kind: 'cold', divisionCode: LHASA.code, divisionName: '拉萨市城关区', divisionNameEn: expect.stringContaining('Chengguan'),
      startsAt: new Date(now - HOUR).toISOString(), endsAt: new Date(now + 2 * HOUR).toISOString(), note: `生效 ${tag}`,
    }]);
    expect(await mine(`?lat=${LHASA.lat}&lng=${LHASA.lng}`)).toHaveLength(1);
    expect(await mine('?lat=28.68&lng=115.89')).toEqual([]);
    // Outside China, or at sea: no county, no alert.
    expect(await mine('?lat=0&lng=0')).toEqual([]);
  } finally {
    await testDb().weatherAlert.updateMany({ where: { note: { endsWith: tag }, cancelledAt: null }, data: { cancelledAt: new Date() } });
  }
});
