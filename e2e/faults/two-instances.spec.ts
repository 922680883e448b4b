import { type Browser, expect, type Page, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '../../lib/db-client';
import { providerOf } from '../../lib/db-url';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { createTestAdmin, signIn } from '../admin-fixtures';
import { field, saveAndWait, stubTiles } from '../admin/stations-helpers';
import { type AppServer, startApp } from '../support/app-server';
import { freePort } from '../support/ports';
import { postgresBinDir, type PrivatePostgres, startPrivatePostgres } from '../support/postgres-server';
import { E2E_DATABASE_URL } from '../env';

// Two production servers on one PostgreSQL database, as behind a load
// balancer: what an admin saves through one is what the other serves, and a
// sign-in throttle earned on one holds on the other. Its own database server,
// so nothing else writes there. PostgreSQL pass only, once.

test.describe.configure({ mode: 'serial' });
test.skip(providerOf(E2E_DATABASE_URL) !== 'postgresql', 'PostgreSQL pass only (npm run test:e2e:pg)');
test.skip(!postgresBinDir(), 'PostgreSQL is not installed');

let database: PrivatePostgres;
let a: AppServer;
let b: AppServer;
let db: PrismaClient;

test.beforeAll(async () => {
  test.skip(test.info().project.name !== 'desktop', 'runs once, in the desktop project');
  test.setTimeout(240_000);
  database = await startPrivatePostgres();
  const url = database.url('yizhan');
  a = await startApp({ port: await freePort(), databaseUrl: url, fresh: true });
  b = await startApp({ port: await freePort(), databaseUrl: url });
  db = createPrismaClient(url);
});

test.afterAll(async () => {
  await db?.$disconnect();
  await Promise.all([a?.stop(), b?.stop()]);
  database?.destroy();
});

const newAccount = () => createTestAdmin('province', null, db);

/** A page whose relative URLs go to `server`. */
async function pageOn(browser: Browser, server: AppServer): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await stubTiles(page);
  return page;
}

const at = { lat: 28.6801, lng: 115.8901 };
async function nameNear(page: Page, id: string): Promise<string | undefined> {
  const res = await page.request.get(`/api/stations/nearest?lat=${at.lat}&lng=${at.lng}&limit=20`);
  return ((await res.json()) as { stations: { id: string; name: string }[] }).stations.find((s) => s.id === id)?.name;
}

test('an edit saved through instance A is served by instance B within 5 s', async ({ browser }) => {
  test.setTimeout(90_000);
  const id = `e2e-two-${randomUUID().slice(0, 8)}`;
  await db.$transaction([
    db.station.create({ data: { id, name: `双实例驿站 ${id}`, kind: 'station', status: 'in_use', ...at, countyCode: '360102' } }),
    db.appState.upsert({ where: { key: 'dataVersion' }, update: { value: id }, create: { key: 'dataVersion', value: id } }),
  ]);
  const [onA, onB] = [await pageOn(browser, a), await pageOn(browser, b)];
  await expect.poll(() => nameNear(onB, id)).toBe(`双实例驿站 ${id}`);

  await signIn(onA, await newAccount());
  await onA.goto(`/admin/stations/${id}`);
  const renamed = `改名驿站 ${id}`;
  await field(onA, '名称').fill(renamed);
  await field(onA, '电话').fill('0791-12345678');
  await saveAndWait(onA);

  // The 5 s run from the moment A confirmed the save, on B's in-memory index;
  // then B's database-backed API and its page show the edit too.
  await expect.poll(() => nameNear(onB, id), { timeout: 5000 }).toBe(renamed);
  const api = (await (await onB.request.get(`/api/stations/${id}`)).json()) as { station: { name: string; phone: string } };
  expect(api.station).toMatchObject({ name: renamed, phone: '0791-12345678' });
  await onB.goto(`/stations/${id}`);
  await expect(onB.getByRole('heading', { level: 1 })).toHaveText(renamed);
});

test('five wrong passwords from one address on instance A lock that address out of the account on instance B too', async ({ browser }) => {
  test.setTimeout(90_000);
  const account = await newAccount();
  const onA = await pageOn(browser, a);
  await onA.goto('/admin/sign-in');
  for (let i = 0; i < 5; i++) {
    await onA.getByLabel('电子邮箱').fill(account.email);
    await onA.getByLabel('密码').fill(`wrong-${i}`);
    await onA.getByRole('button', { name: '登录', exact: true }).click();
    // The form clears the password once the server has answered.
    await expect(onA.getByLabel('密码')).toHaveValue('');
    await expect(onA.locator('.form-error')).toHaveText('邮箱或密码不正确。');
  }

  // B never saw a failure, yet refuses even the right password.
  const onB = await pageOn(browser, b);
  await onB.goto('/admin/sign-in');
  await onB.getByLabel('电子邮箱').fill(account.email);
  await onB.getByLabel('密码').fill(account.password);
  await onB.getByRole('button', { name: '登录', exact: true }).click();
  await expect(onB.locator('.form-error')).toContainText('尝试次数过多');
  await expect(onB).toHaveURL(/\/admin\/sign-in$/);
});

test('a "locked" told to instance A makes the station uncertain on B; one device\'s hourly word holds across both', async ({ browser }) => {
  test.setTimeout(60_000);
  const id = `e2e-two-lock-${randomUUID().slice(0, 8)}`;
  await db.$transaction([
    db.station.create({ data: { id, name: `双实例锁门驿站 ${id}`, kind: 'station', status: 'in_use', ...at, countyCode: '360102', openingHours: '24/7' } }),
    db.appState.upsert({ where: { key: 'dataVersion' }, update: { value: id }, create: { key: 'dataVersion', value: id } }),
  ]);
  const [onA, onB] = [await pageOn(browser, a), await pageOn(browser, b)];
  const stateOnB = async () => {
    const res = await onB.request.get(`/api/stations/nearest?lat=${at.lat}&lng=${at.lng}&limit=20`);
    return ((await res.json()) as { stations: { id: string; openState: string }[] }).stations.find((s) => s.id === id)?.openState;
  };
  await expect.poll(stateOnB).toBe('open');
  expect((await onA.request.post(`/api/stations/${id}/confirmations`, { data: { kind: 'locked' } })).status()).toBe(204);
  await expect.poll(stateOnB, { timeout: 5000 }).toBe('reported_locked');
  // The same client (both servers see loopback) may not give a second word through B.
  expect((await onB.request.post(`/api/stations/${id}/confirmations`, { data: { kind: 'open' } })).status()).toBe(429);
});
