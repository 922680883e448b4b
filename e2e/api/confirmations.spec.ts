import { expect, test } from '@playwright/test';
import { randomInt, randomUUID } from 'node:crypto';
import { testDb } from '../admin-fixtures';
import { archiveStation, seedStation } from '../fixtures';

// POST /api/stations/{id}/confirmations: bad input is a 400 naming the field,
// the limits hold for parallel requests, and what is kept of the sender is a
// hash, never the address. Each test has its own client address (the suite's
// server trusts loopback as its proxy; without one, e2e/faults/client-address.spec.ts).

const fakeIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const station = (label: string) => seedStation({ lat: 27.31, lng: 116.02, countyCode: '361021', name: `${label} ${randomUUID().slice(0, 8)}` });
const confirmUrl = (id: string) => `/api/stations/${id}/confirmations`;

test('bad input is refused with the field named; nothing is written', async ({ request }) => {
  const s = await station('确认坏输入驿站');
  const headers = { 'x-forwarded-for': fakeIp(), 'content-type': 'application/json' };
  const cases: [string, string | Buffer, number, string][] = [
    [confirmUrl(s.id), '{"kind":"maybe"}', 400, 'kind'],
    [confirmUrl(s.id), '{}', 400, 'kind'],
    [confirmUrl(s.id), 'kind=open', 400, 'body'],
    [confirmUrl(s.id), '["open"]', 400, 'body'],
    [confirmUrl(s.id), JSON.stringify({ kind: 'open', pad: 'x'.repeat(5000) }), 413, 'body'],
    ['/api/stations/..%2Fetc/confirmations', '{"kind":"open"}', 400, 'id'],
  ];
  for (const [url, data, status, field] of cases) {
    const res = await request.post(url, { data, headers });
    expect(res.status(), `${url} ${String(data).slice(0, 40)}`).toBe(status);
    expect(((await res.json()) as { error: { field?: string } }).error.field).toBe(field);
  }
  const missing = await request.post(confirmUrl('e2e-no-such-station'), { data: { kind: 'open' }, headers });
  expect(missing.status()).toBe(404);
  await archiveStation(s.id);
  expect((await request.post(confirmUrl(s.id), { data: { kind: 'open' }, headers })).status()).toBe(404);
  expect(await testDb().confirmation.count({ where: { stationId: s.id } })).toBe(0);
});

test('open, then locked: the station turns uncertain in the API, and one device gives one word an hour', async ({ request }) => {
  const s = await station('确认状态驿站');
  const ip = fakeIp();
  const post = (kind: string, from = ip) => request.post(confirmUrl(s.id), { data: { kind }, headers: { 'x-forwarded-for': from } });
  expect((await post('open')).status()).toBe(204);
  let body = (await (await request.get(`/api/stations/${s.id}`)).json()) as { station: Record<string, unknown> };
  expect(body.station).toMatchObject({ openNow: true, openState: 'open', lockedAt: null, confirmedThisWeek: 1 });
  expect(body.station.lastConfirmedAt).toEqual(expect.any(String));
  // The same device again within the hour: refused, with when to retry.
  const again = await post('locked');
  expect(again.status()).toBe(429);
  expect(Number(again.headers()['retry-after'])).toBeGreaterThan(3000);
  // Another worker says it is locked.
  expect((await post('locked', fakeIp())).status()).toBe(204);
  body = (await (await request.get(`/api/stations/${s.id}`)).json()) as { station: Record<string, unknown> };
  expect(body.station).toMatchObject({ openNow: null, openState: 'reported_locked', confirmedThisWeek: 1 });
  // The nearest list says so too, once the index has its locks.
  await expect.poll(async () => {
    const res = await request.get(`/api/stations/nearest?lat=${s.lat}&lng=${s.lng}&limit=5`);
    return ((await res.json()) as { stations: { id: string; openState: string; openNow: unknown }[] }).stations.find((x) => x.id === s.id);
  }).toMatchObject({ openState: 'reported_locked', openNow: null });
  // Nothing personal is kept: the hash is not the address.
  const rows = await testDb().confirmation.findMany({ where: { stationId: s.id } });
  expect(rows.map((r) => r.kind).sort()).toEqual(['locked', 'open']);
  for (const r of rows) expect(r.clientHash).toMatch(/^[0-9a-f]{24}$/);
  expect(JSON.stringify(await testDb().rateLimit.findMany({ where: { key: { contains: ip } } }))).toBe('[]');
});

test('the 61st confirmation in an hour from one address is refused, even sent all at once', async ({ request }) => {
  test.setTimeout(60_000);
  const tag = randomUUID().slice(0, 8);
  const ids = Array.from({ length: 61 }, (_, i) => `e2e-c61-${tag}-${i}`);
  await testDb().station.createMany({
    data: ids.map((id, i) => ({ id, name: `六十一站 ${tag} ${i}`, kind: 'station', status: 'in_use', lat: 27.32 + i * 0.0005, lng: 116.03, countyCode: '361021', openingHours: '24/7' })),
  });
  const ip = fakeIp();
  const answers = await Promise.all(ids.map((id) => request.post(confirmUrl(id), { data: { kind: 'open' }, headers: { 'x-forwarded-for': ip } })));
  const statuses = answers.map((r) => r.status()).sort();
  expect(statuses.filter((s) => s === 204)).toHaveLength(60);
  expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  const refused = answers.find((r) => r.status() === 429)!;
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('at most 60 an hour');
  expect(await testDb().confirmation.count({ where: { stationId: { in: ids } } })).toBe(60);
  // Another address is not held back by this one.
  expect((await request.post(confirmUrl(ids[0]!), { data: { kind: 'open' }, headers: { 'x-forwarded-for': fakeIp() } })).status()).toBe(204);
});

test('"not here any more" from three devices puts the station in its county\'s queue, once', async ({ request }) => {
  const s = await station('疑似撤销驿站');
  for (let i = 0; i < 4; i++) {
    const res = await request.post(confirmUrl(s.id), { data: { kind: 'gone' }, headers: { 'x-forwarded-for': fakeIp() } });
    expect(res.status()).toBe(204);
    const queued = await testDb().report.count({ where: { stationId: s.id, category: 'gone' } });
    expect(queued, `after ${i + 1} reports`).toBe(i < 2 ? 0 : 1);
  }
  const [item] = await testDb().report.findMany({ where: { stationId: s.id } });
  expect(item).toMatchObject({ status: 'open', countyCode: '361021', trackHash: null });
  expect(item!.dueAt).not.toBeNull();
  // The map still shows it: one word is not a closure.
  const body = (await (await request.get(`/api/stations/${s.id}`)).json()) as { station: { status: string } };
  expect(body.station.status).toBe('in_use');
});
