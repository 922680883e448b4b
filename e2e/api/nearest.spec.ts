import { test, expect } from '@playwright/test';
import { seedStation } from '../fixtures';
import { AREAS, distanceM, minutesAt, nearest, offset, waitForIds, expectBadRequest } from './helpers';

// GET /api/stations/nearest: order, distances, travel minutes, item shape, limits.

test('returns seeded stations nearest first with exact distances and travel minutes', async ({ request }) => {
  const centre = AREAS.nearestOrder;
  const tag = `近序${Date.now()}`;
  // Seeded out of order on purpose: far, near, middle.
  const spots = [
    { label: 'far', at: offset(centre, -1800, -1700) },
    { label: 'near', at: offset(centre, 300, 0) },
    { label: 'mid', at: offset(centre, 0, 1100) },
  ];
  const rows = [];
  for (const s of spots) {
    rows.push(await seedStation({ ...s.at, name: `${tag} ${s.label}`, amenities: ['wifi', 'drinking_water'], address: `${tag} 路 ${s.label}` }));
  }
  await waitForIds(request, centre, rows.map((r) => r.id));

  const list = await nearest(request, `lat=${centre.lat}&lng=${centre.lng}&limit=3`);
  expect(list.map((s) => s.name)).toEqual([`${tag} near`, `${tag} mid`, `${tag} far`]);
  for (const item of list) {
    const row = rows.find((r) => r.id === item.id)!;
    const d = distanceM(centre, row);
    expect(Math.abs(item.distanceM - d)).toBeLessThanOrEqual(1);
    expect(Number.isInteger(item.distanceM)).toBe(true);
    expect(item.walkMinutes).toBe(minutesAt(Math.round(d), 5));
    expect(item.ebikeMinutes).toBe(minutesAt(Math.round(d), 15));
    expect(item).toEqual({
      id: row.id, name: row.name, kind: 'station', status: 'in_use', lat: row.lat, lng: row.lng,
      distanceM: item.distanceM, walkMinutes: item.walkMinutes, ebikeMinutes: item.ebikeMinutes,
      amenities: ['drinking_water', 'wifi'], address: row.address, countyCode: row.countyCode, entry: null, openNow: true, openState: 'open',
      // The hours, so a phone offline tells "open now" and "24 hours" by its own clock.
      openingHours: '24/7',
    });
  }
  // Worked by hand: 1,100 m x 1.25 = 1,375 m of road; 1375/83.3 = 16.5 → 17 min walk, 1375/250 = 5.5 → 6 min e-bike.
  const mid = list[1]!;
  expect(Math.abs(mid.distanceM - 1100)).toBeLessThanOrEqual(1);
  expect([mid.walkMinutes, mid.ebikeMinutes]).toEqual([17, 6]);
});

test('a query at a station itself reports 0 m and 0 minutes', async ({ request }) => {
  const at = offset(AREAS.nearestOrder, 4000, 4000);
  const row = await seedStation({ ...at, name: `原点 ${Date.now()}` });
  await waitForIds(request, at, [row.id]);
  const [first] = await nearest(request, `lat=${at.lat}&lng=${at.lng}&limit=1`);
  expect(first).toMatchObject({ id: row.id, distanceM: 0, walkMinutes: 0, ebikeMinutes: 0 });
});

test('limit defaults to 10, allows up to 50 and refuses 51', async ({ request }) => {
  const centre = AREAS.nearestLimit;
  const rows = [];
  // 15 stations on a spiral, 150 m further out each, so the exact order is known.
  for (let i = 0; i < 15; i++) {
    const r = 150 * (i + 1);
    const a = (i * 2.4) % (2 * Math.PI);
    rows.push(await seedStation({ ...offset(centre, r * Math.cos(a), r * Math.sin(a)), name: `限量 ${i}` }));
  }
  await waitForIds(request, centre, rows.map((r) => r.id));
  const q = `lat=${centre.lat}&lng=${centre.lng}`;

  const byDistance = [...rows].sort((a, b) => distanceM(centre, a) - distanceM(centre, b)).map((r) => r.id);
  expect(byDistance).toEqual(rows.map((r) => r.id)); // the spiral really is ordered

  expect((await nearest(request, q)).map((s) => s.id)).toEqual(byDistance.slice(0, 10));
  expect((await nearest(request, `${q}&limit=1`)).map((s) => s.id)).toEqual(byDistance.slice(0, 1));
  expect((await nearest(request, `${q}&limit=15`)).map((s) => s.id)).toEqual(byDistance);

  const fifty = await nearest(request, `${q}&limit=50`);
  expect(fifty).toHaveLength(50);
  expect(fifty.slice(0, 15).map((s) => s.id)).toEqual(byDistance);
  const distances = fifty.map((s) => s.distanceM);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  expect(new Set(fifty.map((s) => s.id)).size).toBe(50);

  await expectBadRequest(await request.get(`/api/stations/nearest?${q}&limit=51`), 'limit', 'limit=51');
  await expectBadRequest(await request.get(`/api/stations/nearest?${q}&limit=0`), 'limit', 'limit=0');
});

test('extreme but valid coordinates answer 200, never 5xx', async ({ request }) => {
  for (const [lat, lng] of [[90, 180], [-90, -180], [0, 0], [90, 0], [-89.999999, 179.999999]]) {
    const res = await request.get(`/api/stations/nearest?lat=${lat}&lng=${lng}&limit=3`);
    expect(res.status(), `${lat},${lng}`).toBe(200);
    const { stations } = (await res.json()) as { stations: { distanceM: number }[] };
    expect(stations.length, `${lat},${lng}`).toBe(3);
    expect(stations.every((s) => Number.isFinite(s.distanceM))).toBe(true);
  }
});
