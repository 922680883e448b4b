import { type Browser, expect, type Page, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '../../lib/db-client';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { createTestAdmin, signIn, type TestAccount } from '../admin-fixtures';
import { field, save, saveAndWait, stubTiles } from '../admin/stations-helpers';
import { type AppServer, startApp } from '../support/app-server';
import { freePort } from '../support/ports';
import { holdAuditWrites } from './hold-audit';
import { checkedSoFar, importFile, integrityCheck, type OwnDatabase, ownDatabase, startImport } from './kill-helpers';

// kill -9 during an import and during station edits: the database is left as
// before or as after each change, never between, and everything works again
// at once. A server and a database of their own (SQLite, or a private
// PostgreSQL in the PostgreSQL pass), since the server gets killed. Once.

test.describe.configure({ mode: 'serial' });

let own: OwnDatabase;
let app: AppServer;
let db: PrismaClient;
let admin: TestAccount;
const tag = randomUUID().slice(0, 8);
const county = '360121'; // 南昌县: room for stations over 500 m apart, so no duplicate warning
const home = { lat: 28.53171, lng: 115.928905 };

test.beforeAll(async () => {
  test.skip(test.info().project.name !== 'desktop', 'runs once, in the desktop project');
  test.setTimeout(180_000);
  own = await ownDatabase();
  app = await startApp({ port: await freePort(), databaseUrl: own.url, fresh: true, group: true });
  db = createPrismaClient(own.url);
  admin = await createTestAdmin('province', null, db);
});

test.afterAll(async () => {
  await db?.$disconnect();
  await app?.stop();
  own?.destroy();
});

async function seed(n: number, label: string, east = 0): Promise<{ id: string; name: string }[]> {
  const rows = Array.from({ length: n }, (_, i) => ({ id: `e2e-kill-${tag}-${label}${i}`, name: `杀进程驿站 ${tag}-${label}${i}` }));
  await db.$transaction([
    ...rows.map((r, i) => db.station.create({ data: { ...r, kind: 'station', status: 'in_use', lat: home.lat - i * 0.01, lng: home.lng + east, countyCode: county, phone: '0791-00000000' } })),
    db.appState.upsert({ where: { key: 'dataVersion' }, update: { value: tag }, create: { key: 'dataVersion', value: tag } }),
  ]);
  return rows;
}

const state = async () => ({
  stations: await db.station.count(),
  audits: await db.auditEntry.count(),
  dataVersion: (await db.appState.findUnique({ where: { key: 'dataVersion' } }))?.value,
});

async function servedName(id: string, p = home): Promise<string | undefined> {
  const res = await fetch(`${app.url}/api/stations/nearest?lat=${p.lat}&lng=${p.lng}&limit=50`);
  return ((await res.json()) as { stations: { id: string; name: string }[] }).stations.find((s) => s.id === id)?.name;
}

test('an import killed midway leaves the database as it was, and the next import applies', async () => {
  test.setTimeout(240_000);
  const [station] = await seed(1, 'i', 0.012);
  const before = await state();
  const big = startImport(own.url, importFile(own.files, 20_000, `${tag}a`).file);
  // The file is checked first, then written in one transaction: kill it while that transaction is open.
  await expect.poll(() => (big.child.exitCode === null ? checkedSoFar(big, 'written') : -1), { timeout: 180_000 }).toBeGreaterThanOrEqual(2000);
  process.kill(-big.child.pid!, 'SIGKILL');
  expect(await big.exited).toBeNull();
  expect(checkedSoFar(big, 'written')).toBeLessThan(20_000);

  expect(await state()).toEqual(before);
  if (own.provider === 'sqlite') expect(integrityCheck(own.url)).toBe('ok');
  expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
  expect(await servedName(station!.id)).toBe(station!.name);

  const small = importFile(own.files, 50, `${tag}b`);
  const next = startImport(own.url, small.file);
  expect(await next.exited, next.output()).toBe(0);
  expect(next.output()).toContain('applied: 50 rows, 50 new, 0 updated, 0 unchanged, 0 rejected');
  // One history entry per new station and one summary of the import.
  expect(await state()).toMatchObject({ stations: before.stations + 50, audits: before.audits + 51 });
  const imported = await db.station.findFirstOrThrow({ where: { name: small.first.name } });
  await expect.poll(() => servedName(imported.id, small.first)).toBe(small.first.name);
});

async function openEdit(browser: Browser, id: string, name: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: app.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await stubTiles(page);
  await signIn(page, admin);
  await page.goto(`/admin/stations/${id}`);
  await field(page, '名称').fill(name);
  await field(page, '电话').fill('0791-99999999');
  return page;
}

test('the server killed with edits in flight: each station wholly old or wholly new, logged iff changed', async ({ browser }) => {
  test.setTimeout(240_000);
  const rows = await seed(4, 'e');
  const renamed = rows.map((r) => `改名 ${r.name}`);
  // The first edit completes; the other three are caught between the station write and the audit write.
  await saveAndWait(await openEdit(browser, rows[0]!.id, renamed[0]!));
  const pages = await Promise.all(rows.slice(1).map((r, i) => openEdit(browser, r.id, renamed[i + 1]!)));
  const hold = await holdAuditWrites(own, app);
  try {
    await Promise.all(pages.map((p) => save(p)));
    await expect.poll(() => hold.holding(pages.length), { timeout: 30_000 }).toBe(true);
    await app.crash();
  } finally {
    await hold.release();
  }
  await Promise.all(pages.map((p) => p.context().close()));
  if (own.provider === 'sqlite') expect(integrityCheck(own.url)).toBe('ok');

  app = await startApp({ port: await freePort(), databaseUrl: own.url, group: true });
  const outcome = await Promise.all(rows.map(async (r, i) => {
    const s = await db.station.findUniqueOrThrow({ where: { id: r.id } });
    const edits = await db.auditEntry.findMany({ where: { stationId: r.id, action: 'edit' } });
    const wholly = s.version === 1 ? [r.name, '0791-00000000', 0] : [renamed[i], '0791-99999999', 1];
    expect([s.name, s.phone, edits.length]).toEqual(wholly);
    return s.version === 1 ? 'old' : 'new';
  }));
  expect(outcome).toEqual(['new', 'old', 'old', 'old']);
  if (own.provider === 'sqlite') expect(integrityCheck(own.url)).toBe('ok');

  // The restarted server serves that, and the edit lost to the crash can be made again.
  await expect.poll(() => servedName(rows[0]!.id)).toBe(renamed[0]);
  expect(await servedName(rows[1]!.id)).toBe(rows[1]!.name);
  await saveAndWait(await openEdit(browser, rows[1]!.id, renamed[1]!));
  await expect.poll(() => servedName(rows[1]!.id)).toBe(renamed[1]);
});
