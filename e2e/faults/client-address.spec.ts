import { expect, test } from '@playwright/test';
import { randomInt, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '../../lib/db-client';
import { providerOf } from '../../lib/db-url';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { createTestAdmin, signInPoster } from '../admin-fixtures';
import { alertOf } from '../admin/security-helpers';
import { E2E_DATABASE_URL } from '../env';
import { type AppServer, startApp } from '../support/app-server';
import { freePort } from '../support/ports';

// A server as `npm start` runs it, with no TRUSTED_PROXIES: X-Forwarded-For is
// the client's own writing and is ignored, so a new value on every request buys
// nothing. (The suite's own server trusts loopback as its proxy; with a proxy,
// e2e/admin/throttle-attacks.spec.ts.) The address logic does not depend on the
// database: SQLite pass only, once.

test.describe.configure({ mode: 'serial' });
test.skip(providerOf(E2E_DATABASE_URL) !== 'sqlite', 'SQLite pass only');

const file = path.join(os.tmpdir(), `yizhan-client-address-${randomUUID().slice(0, 8)}.db`);
let app: AppServer;
let db: PrismaClient;

test.beforeAll(async () => {
  test.skip(test.info().project.name !== 'desktop', 'runs once, in the desktop project');
  test.setTimeout(120_000);
  app = await startApp({ port: await freePort(), databaseUrl: `file:${file}`, fresh: true, env: { TRUSTED_PROXIES: '' } });
  db = createPrismaClient(`file:${file}`);
});

test.afterAll(async () => {
  await db?.$disconnect();
  await app?.stop();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});

const anyAddress = () => `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

test('with no trusted proxy, a new X-Forwarded-For on each request buys no reports and no sign-in attempts', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url, locale: 'zh-CN' });
  const page = await context.newPage();
  const station = await db.station.create({
    data: { id: `e2e-${randomUUID().slice(0, 12)}`, name: '地址测试驿站', kind: 'station', status: 'in_use', lat: 28.67, lng: 115.9, countyCode: '360102', openingHours: '24/7', amenities: 'drinking_water', address: '测试地址 1 号' },
  });
  const statuses = [];
  for (let i = 0; i < 7; i++) {
    const res = await page.request.post(`/stations/${station.id}`, { form: { category: 'other', text: `第 ${i + 1} 次` }, headers: { Origin: app.url, 'X-Forwarded-For': anyAddress() } });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([200, 200, 200, 200, 200, 400, 400]);
  expect(await db.report.count({ where: { stationId: station.id } })).toBe(5);

  // One account, a new X-Forwarded-For per guess: the sixth guess is refused unchecked.
  const admin = await createTestAdmin('county', '360102', db);
  const post = await signInPoster(page);
  const answers = [];
  for (let i = 0; i < 7; i++) {
    const res = await post(admin.email, `guess-${i}`, { 'X-Forwarded-For': anyAddress() });
    answers.push(alertOf(await res.text())?.includes('尝试次数过多') ? 'throttled' : 'checked');
  }
  expect(answers).toEqual(['checked', 'checked', 'checked', 'checked', 'checked', 'throttled', 'throttled']);
  await context.close();
});

test('with no trusted proxy, rotating X-Forwarded-For and User-Agent buys no more than 60 confirmations an hour, nor a second word on one station', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url, locale: 'zh-CN' });
  const tag = randomUUID().slice(0, 8);
  const ids = Array.from({ length: 61 }, (_, i) => `e2e-rot-${tag}-${i}`);
  await db.station.createMany({
    data: ids.map((id, i) => ({ id, name: `轮换头驿站 ${i}`, kind: 'station', status: 'in_use', lat: 28.6 + i * 0.0004, lng: 115.95, countyCode: '360102', openingHours: '24/7' })),
  });
  const post = (id: string) => context.request.post(`/api/stations/${id}/confirmations`, {
    data: { kind: 'open' }, headers: { 'X-Forwarded-For': anyAddress(), 'User-Agent': `phone-${randomUUID()}` },
  });
  const first = await post(ids[0]!);
  expect(first.status()).toBe(204);
  // A new header on the same station is the same device: refused.
  expect((await post(ids[0]!)).status()).toBe(429);
  const rest = await Promise.all(ids.slice(1).map(post));
  const statuses = rest.map((r) => r.status());
  // The refusal above took one of the 60: 58 more are accepted, then every one is refused.
  expect(statuses.filter((s) => s === 204)).toHaveLength(58);
  expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  expect(await db.confirmation.count({ where: { stationId: { in: ids } } })).toBe(59);
  await context.close();
});

test('with no trusted proxy, a new X-Forwarded-For on each review buys no more than 5 an hour', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url, locale: 'zh-CN' });
  const tag = randomUUID().slice(0, 8);
  const ids = Array.from({ length: 7 }, (_, i) => `e2e-rev-${tag}-${i}`);
  await db.station.createMany({
    data: ids.map((id, i) => ({ id, name: `轮换评价驿站 ${i}`, kind: 'station', status: 'in_use', lat: 28.62 + i * 0.0004, lng: 115.96, countyCode: '360102', openingHours: '24/7' })),
  });
  const statuses = [];
  for (const id of ids) {
    const res = await context.request.post(`/api/stations/${id}/reviews`, { data: { stars: 5, text: '很好' }, headers: { 'X-Forwarded-For': anyAddress() } });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  expect(await db.review.count({ where: { stationId: { in: ids } } })).toBe(5);
  await context.close();
});
