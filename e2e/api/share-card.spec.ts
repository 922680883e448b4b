import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { pngSize } from '../../lib/share-card/png-read';
import { archiveStation, seedStation } from '../fixtures';

// A station's share card, the picture WeChat and other apps show under a shared link:
// /stations/{id}/og.png (Chinese) and /en/stations/{id}/og.png, a 1200×630 PNG drawn with
// the station's own words; unknown, archived or malformed ids are 404, never a 500.
// The card's glyphs are checked in components/share-card/render.test.ts (the tofu test).

// In 遂川县 (Jiangxi), away from the other specs' areas.
const AT = { lat: 26.35, lng: 114.2 };

test('a station has its own share card in both languages, cached by crawlers and revalidated by ETag', async ({ request }) => {
  const s = await seedStation({ ...AT, name: `分享图驿站 ${randomUUID().slice(0, 6)}`, openingHours: '24/7' });
  const cards = [];
  for (const path of [`/stations/${s.id}/og.png`, `/en/stations/${s.id}/og.png`]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(res.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
    const body = await res.body();
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
    const etag = res.headers()['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status(), path).toBe(304);
    cards.push(body);
  }
  // The page's language: the English card is another picture.
  expect(cards[0]!.equals(cards[1]!)).toBe(false);
});

test('an unknown, archived or malformed station, or an unknown language, has no share card', async ({ request }) => {
  const s = await seedStation({ ...AT, name: `归档分享图驿站 ${randomUUID().slice(0, 6)}` });
  expect((await request.get(`/stations/${s.id}/og.png`)).status()).toBe(200);
  await archiveStation(s.id);
  for (const path of [
    `/stations/${s.id}/og.png`, `/en/stations/${s.id}/og.png`, `/stations/e2e-none-${randomUUID().slice(0, 8)}/og.png`,
    '/stations/bad%20id/og.png', '/en/stations/bad%20id/og.png', `/stations/${'x'.repeat(65)}/og.png`, `/fr/stations/${s.id}/og.png`,
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
  }
});

test('a flood of share cards for many stations at once is drawn a few at a time: the rest wait or get 503 with Retry-After, and pages still answer', async ({ request }) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 6);
  const stations = await Promise.all(Array.from({ length: 40 }, (_, i) => seedStation({ lat: AT.lat + 0.01 + i * 0.0003, lng: AT.lng + 0.01, name: `洪水分享图 ${tag} ${i}` })));
  // Each its own card (nothing cached), all asked at once, as a script walking the stations would.
  const cards = Promise.all(stations.map((s) => request.get(`/stations/${s.id}/og.png`)));
  // While they are drawn, a worker's page is not held up behind them.
  const page = await request.get(`/stations/${stations[0]!.id}`);
  expect(page.status()).toBe(200);
  const answers = await cards;
  const statuses = answers.map((r) => r.status());
  expect(statuses.every((s) => s === 200 || s === 503), statuses.join()).toBe(true);
  expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
  for (const busy of answers.filter((r) => r.status() === 503)) expect(Number(busy.headers()['retry-after'])).toBeGreaterThan(0);
  // Asked again, one at a time, every card comes.
  const refused = stations.filter((_, i) => statuses[i] === 503).slice(0, 3);
  for (const s of refused) expect((await request.get(`/stations/${s.id}/og.png`)).status()).toBe(200);
});
