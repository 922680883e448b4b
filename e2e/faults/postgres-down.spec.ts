import http from 'node:http';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { createPrismaClient } from '../../lib/db-client';
import { providerOf } from '../../lib/db-url';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { type AppServer, startApp } from '../support/app-server';
import { freePort } from '../support/ports';
import { postgresBinDir, type PrivatePostgres, startPrivatePostgres } from '../support/postgres-server';
import { E2E_DATABASE_URL } from '../env';

// Stops and starts a real PostgreSQL under a running production server: its
// own server and database, so the rest of the suite is not disturbed. Runs in
// the PostgreSQL pass of the suite (E2E_DATABASE_URL=postgresql://…), once.

test.describe.configure({ mode: 'serial' });
test.skip(providerOf(E2E_DATABASE_URL) !== 'postgresql', 'PostgreSQL pass only (npm run test:e2e:pg)');
test.skip(!postgresBinDir(), 'PostgreSQL is not installed');

let database: PrivatePostgres;
let app: AppServer;
let db: PrismaClient;
const id = `e2e-fault-${Date.now().toString(36)}`;
const name = `Fault test station ${id}`;

test.beforeAll(async () => {
  test.skip(test.info().project.name !== 'desktop', 'runs once, in the desktop project');
  test.setTimeout(180_000);
  database = await startPrivatePostgres();
  app = await startApp({ port: await freePort(), databaseUrl: database.url('yizhan'), fresh: true });
  db = createPrismaClient(database.url('yizhan'));
  await db.station.create({ data: { id, name, kind: 'station', status: 'in_use', lat: 28.6801, lng: 115.8901, countyCode: '360102' } });
  await db.appState.upsert({ where: { key: 'dataVersion' }, update: { value: id }, create: { key: 'dataVersion', value: id } });
});

test.afterAll(async () => {
  await db?.$disconnect();
  await app?.stop();
  database?.destroy();
});

const nearest = (base: string) => `${base}/api/stations/nearest?lat=28.68&lng=115.89&limit=5`;

test('the API answers 503 JSON while PostgreSQL is down, the map keeps its copy, and all recovers', async ({ request }) => {
  test.setTimeout(90_000);
  await expect.poll(async () => JSON.stringify(await (await request.get(nearest(app.url))).json())).toContain(id);
  expect((await request.get(`${app.url}/api/ready`)).status()).toBe(200);

  database.stop();

  expect((await request.get(`${app.url}/api/health`)).status()).toBe(200);
  const ready = await request.get(`${app.url}/api/ready`);
  expect(ready.status()).toBe(503);
  expect(await ready.json()).toMatchObject({ error: { message: 'database unreachable' } });
  const station = await request.get(`${app.url}/api/stations/${id}`);
  expect(station.status()).toBe(503);
  expect(station.headers()['retry-after']).toBe('5');
  expect(await station.json()).toEqual({ error: { message: expect.stringMatching(/database is unavailable/) } });
  // The in-memory index keeps answering from its last copy.
  const list = await request.get(nearest(app.url));
  expect(list.status()).toBe(200);
  expect(JSON.stringify(await list.json())).toContain(id);

  database.start();

  await expect.poll(async () => (await request.get(`${app.url}/api/ready`)).status(), { timeout: 30_000 }).toBe(200);
  const back = await request.get(`${app.url}/api/stations/${id}`);
  expect(back.status()).toBe(200);
  expect((await back.json()).station.name).toBe(name);
});

test('a worker\'s tap or review while the database is down is a 503 "retry", and nothing is half-written or counted', async ({ request }) => {
  test.setTimeout(90_000);
  const confirm = () => request.post(`${app.url}/api/stations/${id}/confirmations`, { data: { kind: 'open' } });
  database.stop();
  try {
    const tap = await confirm();
    expect(tap.status()).toBe(503);
    expect(tap.headers()['retry-after']).toBe('5');
    const review = await request.post(`${app.url}/api/stations/${id}/reviews`, { data: { stars: 2, text: '门锁着，没人' } });
    expect(review.status()).toBe(503);
    expect(await review.json()).toEqual({ error: { message: expect.stringMatching(/database is unavailable/) } });
  } finally {
    database.start();
  }
  await expect.poll(async () => (await request.get(`${app.url}/api/ready`)).status(), { timeout: 30_000 }).toBe(200);
  // The refused tap took no slot: the same client's word goes through now, once.
  expect((await confirm()).status()).toBe(204);
  expect(await db.confirmation.count({ where: { stationId: id } })).toBe(1);
  expect(await db.review.count({ where: { stationId: id } })).toBe(0);
  expect(await db.report.count({ where: { stationId: id } })).toBe(0);
});

test('a page says so in words while the database is down, and Try again brings it back', async ({ page }) => {
  test.setTimeout(90_000);
  database.stop();
  try {
    await page.goto(`${app.url}/en/stations/${id}`);
    await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
    await expect(page.getByText(/briefly unavailable/)).toBeVisible();
  } finally {
    database.start();
  }
  await expect(async () => {
    await page.getByRole('button', { name: 'Try again' }).click({ timeout: 2000 });
    await expect(page.getByRole('heading', { name })).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
});

test('SIGTERM: the server stops taking connections, finishes the request in flight, then exits cleanly', async () => {
  test.setTimeout(90_000);
  // Hold a lock the station query must wait for, so the request is surely in flight.
  const locker = new pg.Client({ connectionString: database.url('yizhan') });
  // A second session: inside the locker's transaction pg_stat_activity would be a frozen snapshot.
  const watcher = new pg.Client({ connectionString: database.url('yizhan') });
  await Promise.all([locker.connect(), watcher.connect()]);
  const waitingOnLock = async () =>
    (await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rows[0]!.n;
  try {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "Station" IN ACCESS EXCLUSIVE MODE');
    const pending = fetch(`${app.url}/api/stations/${id}`);
    await expect.poll(waitingOnLock).toBeGreaterThan(0);

    app.process.kill('SIGTERM');

    // A busy CI machine (two workers, other servers starting) can take longer than the default 10 s to close.
    // A new connection each time (agent: false): fetch would reuse a kept-alive socket, which a stopping
    // server still answers on, and the poll would then run into the shutdown grace period.
    await expect.poll(() => healthAnswers(`${app.url}/api/health`), { timeout: 30_000 }).toBe('refused');
    await locker.query('COMMIT');
    const res = await pending;
    expect(res.status).toBe(200);
    expect((await res.json()).station.id).toBe(id);
    expect(await app.exited).toBe(0);
  } finally {
    await Promise.all([locker.end(), watcher.end()]);
  }
});

function healthAnswers(url: string): Promise<'answered' | 'refused'> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve('answered');
    });
    req.on('error', () => resolve('refused'));
  });
}
