import { test, expect, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { testDb } from '../admin-fixtures';
import { archiveStation, seedStation } from '../fixtures';
import { fromAddress, randomAddress } from '../support/client-address';
import { expectBadRequest } from './helpers';

// POST /api/stations/{id}/reviews {stars, text}: a review, no account, held for
// moderation. 201 with the review pending (and, for two stars or fewer, the
// private path to follow the complaint it opens); 400 naming the field; 404;
// 429 with Retry-After past five an hour from one client. Text is kept as sent
// and shown escaped.

const station = (label: string) => seedStation({ lat: 28.67, lng: 115.9, countyCode: '360102', name: `${label} ${randomUUID().slice(0, 8)}` });
const review = (request: APIRequestContext, id: string, data: unknown, address = randomAddress()) =>
  request.post(`/api/stations/${encodeURIComponent(id)}/reviews`, { data, ...fromAddress(address) });

test('a review is taken pending; two stars or fewer also give the private complaint path', async ({ request }) => {
  const s = await station('接口评价驿站');
  const good = await review(request, s.id, { stars: 4, text: '热水很足' });
  expect(good.status(), await good.text()).toBe(201);
  const body = (await good.json()) as { review: { id: string; status: string }; track: string | null };
  expect(body).toEqual({ review: { id: expect.any(String), status: 'pending' }, track: null });
  expect(await testDb().review.findUnique({ where: { id: body.review.id } })).toMatchObject({ stationId: s.id, stars: 4, text: '热水很足', status: 'pending', countyCode: '360102' });

  const bad = await review(request, s.id, { stars: 1, text: '门锁着，电话没人接' });
  expect(bad.status()).toBe(201);
  const { track } = (await bad.json()) as { track: string };
  expect(track).toMatch(/^\/complaints\/[A-Za-z0-9_-]{43}$/);
  // Nothing shows before an admin publishes it.
  const shown = (await (await request.get(`/api/stations/${s.id}/reviews`)).json()) as { grade: unknown; reviews: unknown[] };
  expect(shown).toEqual({ grade: null, reviews: [] });
  expect(((await (await request.get(`/api/stations/${s.id}`)).json()) as { station: { grade: unknown } }).station.grade).toBeNull();
});

test('bad input is a 400 naming the field, and stores nothing', async ({ request }) => {
  const s = await station('坏输入评价驿站');
  const cases: [unknown, string][] = [
    [{ stars: 0, text: '' }, 'stars'], [{ stars: 6 }, 'stars'], [{ stars: 2.5, text: '一般' }, 'stars'], [{ stars: '4' }, 'stars'],
    [{ stars: null }, 'stars'], [{ text: '没有星' }, 'stars'],
    [{ stars: 4, text: 42 }, 'text'], [{ stars: 4, text: '好'.repeat(301) }, 'text'],
    [{ stars: 2 }, 'text'], [{ stars: 1, text: '   ' }, 'text'],
    [{ stars: 5, text: '看 www.x.com' }, 'text'], [{ stars: 5, text: 'http://spam.example' }, 'text'], [{ stars: 5, text: '加群 abc.cn' }, 'text'],
    [{ stars: 5, text: 't.me/spam' }, 'text'],
  ];
  for (const [data, field] of cases) await expectBadRequest(await review(request, s.id, data), field, JSON.stringify(data));
  for (const raw of ['not json', '[1,2]', 'null', '"4"']) {
    const res = await request.post(`/api/stations/${s.id}/reviews`, { data: raw, headers: { 'content-type': 'application/json', ...fromAddress().headers } });
    await expectBadRequest(res, 'body', raw);
  }
  const link = await review(request, s.id, { stars: 5, text: '优惠看 www.x.com' });
  expect(((await link.json()) as { error: { message: string } }).error.message).toMatch(/^text: .*links/);
  const huge = await review(request, s.id, { stars: 5, text: 'x'.repeat(20_000) });
  expect(huge.status()).toBe(413);
  expect(await testDb().review.count({ where: { stationId: s.id } })).toBe(0);
});

test('an unknown or archived station is a 404, a malformed id a 400', async ({ request }) => {
  expect((await review(request, `e2e-missing-${randomUUID().slice(0, 8)}`, { stars: 5 })).status()).toBe(404);
  const s = await station('归档评价驿站');
  await archiveStation(s.id);
  expect((await review(request, s.id, { stars: 5 })).status()).toBe(404);
  await expectBadRequest(await review(request, 'bad id!', { stars: 5 }), 'id', 'malformed id');
  expect(await testDb().review.count({ where: { stationId: s.id } })).toBe(0);
});

test('one review of a station a day, five an hour from one client, then 429 with Retry-After', async ({ request }) => {
  const me = randomAddress();
  const stations = await Promise.all(Array.from({ length: 6 }, (_, i) => station(`限流评价驿站${i}`)));
  expect((await review(request, stations[0]!.id, { stars: 5 }, me)).status()).toBe(201);
  const again = await review(request, stations[0]!.id, { stars: 3 }, me);
  expect(again.status()).toBe(429);
  expect(Number(again.headers()['retry-after'])).toBeGreaterThan(3600);
  for (const s of stations.slice(1, 4)) expect((await review(request, s.id, { stars: 5 }, me)).status()).toBe(201);
  // The refused repeat counted: this is the sixth try within the hour.
  const sixth = await review(request, stations[5]!.id, { stars: 5 }, me);
  expect(sixth.status()).toBe(429);
  const wait = Number(sixth.headers()['retry-after']);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(3600);
  expect(((await sixth.json()) as { error: { message: string } }).error.message).toContain('at most 5');
  expect(await testDb().review.count({ where: { stationId: stations[5]!.id } })).toBe(0);
  // Another client is not affected.
  expect((await review(request, stations[5]!.id, { stars: 5 })).status()).toBe(201);
});

test('a <script> text is stored as sent and shown escaped once published', async ({ request }) => {
  const s = await station('转义评价驿站');
  const text = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">好';
  const res = await review(request, s.id, { stars: 5, text });
  expect(res.status()).toBe(201);
  const { review: { id } } = (await res.json()) as { review: { id: string } };
  expect((await testDb().review.findUniqueOrThrow({ where: { id } })).text).toBe(text);
  // Published behind the app's back, as the moderation page would (e2e/trust/review.mobile.spec.ts does it there).
  await testDb().review.update({ where: { id }, data: { status: 'published', decidedAt: new Date(), decidedBy: 'e2e' } });
  await testDb().appState.upsert({ where: { key: 'reviewsVersion' }, update: { value: `e2e-${id}` }, create: { key: 'reviewsVersion', value: `e2e-${id}` } });
  const listed = (await (await request.get(`/api/stations/${s.id}/reviews`)).json()) as { grade: unknown; reviews: { text: string }[] };
  expect(listed).toMatchObject({ grade: { stars: 5, count: 1 }, reviews: [{ text }] });
  const html = await (await request.get(`/stations/${s.id}`)).text();
  expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x onerror=');
  expect(html).not.toContain('<script>window.__xss');
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('★ 5.0 · 1 条评价');
});
