import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';

// POST and GET /api/stations/{id}/reviews against a temporary SQLite
// database: the answers the API promises (201, 400 naming the field, 404,
// 413, 429 with Retry-After) and that the text is kept as sent.

vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => {} }));

let fdb: FuzzDb;
let route: typeof import('./route');
let stationId: string;
let n = 0;
const ip = () => `10.30.${(n >> 8) & 255}.${n++ & 255}`;

type Body = { error?: { message: string; field?: string }; review?: { id: string; status: string }; track?: string | null };
async function post(id: string, body: string, address = ip()): Promise<[number, Body, Headers]> {
  const req = new NextRequest(`http://localhost/api/stations/${id}/reviews`, {
    method: 'POST', body, headers: { 'content-type': 'application/json', 'x-yizhan-peer': address },
  });
  const res = await route.POST(req, { params: Promise.resolve({ id }) });
  return [res.status, (await res.json()) as Body, res.headers];
}
const newStation = async (archived = false) => (await fdb.db.station.create({
  data: { name: `接口驿站 ${n}`, kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode: '360102', openingHours: '24/7', archivedAt: archived ? new Date() : null },
})).id;

beforeAll(async () => {
  fdb = await openFuzzDb();
  route = await import('./route');
  stationId = await newStation();
}, 60_000);
afterAll(() => fdb?.close());

describe('POST /api/stations/{id}/reviews', () => {
  it('takes a review: 201, pending, no track above two stars; the text kept verbatim', async () => {
    const text = '<script>alert(1)</script> 很好';
    const [status, body] = await post(stationId, JSON.stringify({ stars: 4, text }));
    expect(status).toBe(201);
    expect(body).toEqual({ review: { id: expect.any(String), status: 'pending' }, track: null });
    expect(await fdb.db.review.findUniqueOrThrow({ where: { id: body.review!.id } })).toMatchObject({ stars: 4, text, status: 'pending' });
  });

  it('gives the private complaint path for two stars or fewer', async () => {
    const [status, body] = await post(stationId, JSON.stringify({ stars: 2, text: '没有热水' }));
    expect(status).toBe(201);
    expect(body.track).toMatch(/^\/complaints\/[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    ['{"stars": 0}', 'stars'], ['{"stars": 6}', 'stars'], ['{"stars": 2.5, "text": "x"}', 'stars'], ['{"stars": "4"}', 'stars'], ['{}', 'stars'],
    ['{"stars": 4, "text": 42}', 'text'], [JSON.stringify({ stars: 4, text: 'x'.repeat(301) }), 'text'], ['{"stars": 4, "text": "加 www.x.com"}', 'text'],
    ['{"stars": 4, "text": "http://spam"}', 'text'], ['{"stars": 1, "text": ""}', 'text'],
    ['not json', 'body'], ['[1]', 'body'], ['null', 'body'],
  ])('refuses %s with a 400 naming %s, storing nothing', async (body, field) => {
    const before = await fdb.db.review.count();
    const [status, answer] = await post(stationId, body);
    expect(status).toBe(400);
    expect(answer.error?.field).toBe(field);
    expect(answer.error?.message.startsWith(`${field}: `)).toBe(true);
    expect(await fdb.db.review.count()).toBe(before);
  });

  it('refuses a body over the limit', async () => {
    const [status] = await post(stationId, JSON.stringify({ stars: 4, text: 'x'.repeat(10_000) }));
    expect(status).toBe(413);
  });

  it('answers 404 for an unknown or archived station, 400 for a malformed id', async () => {
    expect((await post('nope', '{"stars": 5}'))[0]).toBe(404);
    expect((await post(await newStation(true), '{"stars": 5}'))[0]).toBe(404);
    expect((await post('a b', '{"stars": 5}'))[1].error?.field).toBe('id');
  });

  it('refuses a second review of a station the same day and the sixth in an hour: 429 with Retry-After', async () => {
    const address = ip();
    const stations = await Promise.all(Array.from({ length: 6 }, () => newStation()));
    expect((await post(stations[0]!, '{"stars": 5}', address))[0]).toBe(201);
    const [again, , againHeaders] = await post(stations[0]!, '{"stars": 5}', address);
    expect(again).toBe(429);
    expect(Number(againHeaders.get('retry-after'))).toBeGreaterThan(3600);
    for (const s of stations.slice(1, 4)) expect((await post(s, '{"stars": 5}', address))[0]).toBe(201);
    const [sixth, body, headers] = await post(stations[5]!, '{"stars": 5}', address);
    expect(sixth).toBe(429);
    expect(body.error?.message).toContain('too many reviews');
    expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('GET /api/stations/{id}/reviews', () => {
  it('lists published reviews only, with the grade', async () => {
    const id = await newStation();
    await fdb.db.review.createMany({ data: [
      { stationId: id, countyCode: '360102', stars: 5, text: '好', status: 'published', clientHash: 'a', reply: '谢谢' },
      { stationId: id, countyCode: '360102', stars: 1, text: '差', status: 'pending', clientHash: 'b' },
    ] });
    const res = await route.GET(new NextRequest(`http://localhost/api/stations/${id}/reviews`), { params: Promise.resolve({ id }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ grade: { stars: 5, count: 1 }, reviews: [{ stars: 5, text: '好', reply: '谢谢' }] });
  });
});
