import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyMigrations } from '@/scripts/lib/migrate';
import { divisionRows } from '@/lib/divisions-data';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import type { StationInput } from './input-schema';

// Queries and writes against a real (temporary) SQLite database: keyset
// pages, scope, version checks, audit entries and the duplicate query.

const root = path.resolve(import.meta.dirname, '../../..');
let dir: string;
let db: PrismaClient;
let q: typeof import('./queries');
let m: typeof import('./mutations');
let lq: typeof import('./list-query');

const province: Admin = { id: 'p', email: 'p@x', name: 'p', role: 'province', divisionCode: '360000' };
const donghu: Admin = { id: 'c', email: 'c@x', name: 'c', role: 'county', divisionCode: '360102' };
const nanchang: Admin = { id: 'n', email: 'n@x', name: 'n', role: 'city', divisionCode: '360100' };

const input = (over: Partial<StationInput> = {}): StationInput => ({
  name: '测试驿站', kind: 'station', status: 'in_use', lat: 28.702086, lng: 115.898683, countyCode: '360102',
  openingHours: '24/7', amenities: ['toilet'], address: '', phone: null, operator: null, notes: null, entry: null, entryNote: null, ...over,
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-stations-admin-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
  await applyMigrations(process.env.DATABASE_URL, { migrationsDir: path.join(root, 'prisma/migrations') });
  ({ db } = await import('@/lib/db'));
  [q, m, lq] = await Promise.all([import('./queries'), import('./mutations'), import('./list-query')]);
  await db.division.createMany({ data: divisionRows() });
  // 130 stations in two counties: repeated names, some never verified.
  await db.station.createMany({
    data: Array.from({ length: 130 }, (_, i) => ({
      id: `s${String(i).padStart(3, '0')}`, name: `站${i % 40}`, kind: 'station', status: 'in_use',
      lat: 28.7 + i * 0.001, lng: 115.9, countyCode: i % 3 === 0 ? '360111' : '360102',
      lastVerifiedAt: i % 4 === 0 ? null : new Date(Date.UTC(2025, 0, 1 + (i % 17))),
    })),
  });
}, 60_000);
afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function allPages(admin: Admin, params: Record<string, string>) {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await q.listStations(admin, lq.parseListQuery({ ...params, ...(after ? { after } : {}) }));
    ids.push(...page.rows.map((r) => r.id));
    after = page.next ?? undefined;
  } while (after);
  return ids;
}

describe('admin station list', () => {
  test('keyset pages visit every station once, in order, for both sorts', async () => {
    for (const sort of ['name', 'verified']) {
      const ids = await allPages(province, { sort });
      expect(ids).toHaveLength(130);
      expect(new Set(ids).size).toBe(130);
    }
    const rows = await db.station.findMany({ where: { id: { in: await allPages(province, { sort: 'verified' }) } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const seq = (await allPages(province, { sort: 'verified' })).map((id) => byId.get(id)!);
    for (let i = 1; i < seq.length; i++) {
      const [a, b] = [seq[i - 1]!, seq[i]!];
      if (a.countyCode !== b.countyCode) expect(a.countyCode < b.countyCode).toBe(true);
      else if (a.lastVerifiedAt && b.lastVerifiedAt) expect(a.lastVerifiedAt <= b.lastVerifiedAt).toBe(true);
      else expect(a.lastVerifiedAt === null || b.lastVerifiedAt !== null).toBe(true);
    }
  });

  test('scope: a county admin sees only its county, whatever the county filter says', async () => {
    const own = await allPages(donghu, {});
    expect(own.length).toBeGreaterThan(0);
    expect((await db.station.findMany({ where: { id: { in: own } } })).every((s) => s.countyCode === '360102')).toBe(true);
    expect(await allPages(donghu, { county: '360111' })).toEqual([]);
    expect((await allPages(nanchang, { county: '360111' })).length).toBeGreaterThan(0);
    const page = await q.listStations(donghu, lq.parseListQuery({}));
    expect(page.total).toBe(own.length);
    expect((await q.listStations(province, lq.parseListQuery({}))).total).toBeNull();
  });

  test('filters: never verified, verified before a date, search', async () => {
    const never = await allPages(province, { verified: 'never' });
    expect(never).toHaveLength(33);
    const before = await allPages(province, { verified: 'before', before: '2025-01-03' });
    expect((await db.station.findMany({ where: { id: { in: before } } })).every((s) => s.lastVerifiedAt! < new Date('2025-01-03'))).toBe(true);
    expect(await allPages(province, { q: '站39' })).toHaveLength(3);
  });
});

describe('station writes', () => {
  test('create, edit with the current version, then a stale version is a conflict', async () => {
    const id = (await m.createStation(donghu, input({ name: '新站' })))!;
    expect(await m.updateStation(donghu, id, 1, input({ name: '新站改' }))).toEqual({ ok: true });
    const stale = await m.updateStation(donghu, id, 1, input({ name: '另一个名字' }));
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { name: '新站改', version: 2 } });
    const audit = await db.auditEntry.findMany({ where: { stationId: id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => [a.action, a.before && JSON.parse(a.before), a.after && JSON.parse(a.after).name])).toEqual([
      ['create', null, '新站'], ['edit', { name: '新站' }, '新站改'],
    ]);
  });

  test('how to get in is stored, and the audit log has it before and after', async () => {
    const id = (await m.createStation(donghu, input({ name: '门禁站' })))!;
    expect(await m.updateStation(donghu, id, 1, input({ name: '门禁站', entry: 'pin', entryNote: '密码在前台' }))).toEqual({ ok: true });
    expect(await db.station.findUnique({ where: { id } })).toMatchObject({ entry: 'pin', entryNote: '密码在前台', version: 2 });
    const edit = await db.auditEntry.findFirst({ where: { stationId: id, action: 'edit' } });
    expect(JSON.parse(edit!.before!)).toEqual({ entry: null, entryNote: null });
    expect(JSON.parse(edit!.after!)).toEqual({ entry: 'pin', entryNote: '密码在前台' });
  });

  test('services are stored as their JSON list and audited; an edit that does not give them leaves them', async () => {
    const services = '[{"kind":"legal_aid","schedule":"Tu,Th 14:00-17:00","note":"带身份证"}]';
    const id = (await m.createStation(donghu, input({ name: '服务站' })))!;
    expect(await db.station.findUnique({ where: { id } })).toMatchObject({ services: '[]' });
    expect(await m.updateStation(donghu, id, 1, input({ name: '服务站', services }))).toEqual({ ok: true });
    const edit = await db.auditEntry.findFirst({ where: { stationId: id, action: 'edit' } });
    expect([JSON.parse(edit!.before!), JSON.parse(edit!.after!)]).toEqual([{ services: '[]' }, { services }]);
    expect(await m.updateStation(donghu, id, 2, input({ name: '服务站改' }))).toEqual({ ok: true });
    expect(await db.station.findUnique({ where: { id } })).toMatchObject({ name: '服务站改', services, version: 3 });
  });

  test('out of scope: nothing is read or written', async () => {
    const id = (await m.createStation(province, input({ countyCode: '360111', lat: 28.686282, lng: 115.957253 })))!;
    expect(await m.createStation(donghu, input({ countyCode: '360111' }))).toBeNull();
    expect(await m.updateStation(donghu, id, 1, input())).toEqual({ ok: false, reason: 'notFound' });
    expect(await m.markStation(donghu, id, 'archive')).toBe('notFound');
    expect(await q.stationForAdmin(donghu, id)).toBeNull();
    expect(await q.stationForAdmin(nanchang, id)).not.toBeNull();
    const own = (await m.createStation(donghu, input({ name: '本县' })))!;
    expect(await m.updateStation(donghu, own, 1, input({ countyCode: '360111' }))).toEqual({ ok: false, reason: 'outOfScope' });
    expect(await db.station.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, archivedAt: null });
  });

  test('the lifecycle is enforced on write', async () => {
    const id = (await m.createStation(donghu, input({ name: '状态站' })))!;
    expect(await m.updateStation(donghu, id, 1, input({ name: '状态站', status: 'planned' }))).toEqual({ ok: false, reason: 'status', from: 'in_use' });
    expect(await m.createStation(donghu, input({ status: 'closed' }))).toBeNull();
  });

  test('verify, archive, restore: recorded, idempotent, and the data version moves', async () => {
    const id = (await m.createStation(donghu, input({ name: '归档站' })))!;
    const version = async () => (await db.appState.findUnique({ where: { key: 'dataVersion' } }))?.value;
    const v0 = await version();
    expect(await m.markStation(donghu, id, 'verify')).toBe('done');
    expect(await m.markStation(donghu, id, 'archive')).toBe('done');
    expect(await version()).not.toBe(v0);
    expect(await m.markStation(donghu, id, 'archive')).toBe('noop');
    expect(await m.markStation(donghu, id, 'verify')).toBe('noop');
    expect(await m.markStation(donghu, id, 'restore')).toBe('done');
    const row = await db.station.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ archivedAt: null, version: 1 });
    expect(row.lastVerifiedAt).not.toBeNull();
    const actions = (await db.auditEntry.findMany({ where: { stationId: id }, orderBy: { at: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['create', 'verify', 'archive', 'restore']);
  });

  test('duplicates: a station within 50 m or the same name in the county; archived ones do not count', async () => {
    const a = (await m.createStation(donghu, input({ name: '重复甲', lat: 28.69, lng: 115.89 })))!;
    const near = await q.duplicatesOf({ name: '别名', lat: 28.6903, lng: 115.89, countyCode: '360102' });
    expect(near.map((d) => [d.id, d.near, d.sameName])).toEqual([[a, true, false]]);
    const named = await q.duplicatesOf({ name: '重复甲', lat: 28.75, lng: 115.95, countyCode: '360102' });
    expect(named.map((d) => [d.id, d.near, d.sameName])).toEqual([[a, false, true]]);
    expect(await q.duplicatesOf({ id: a, name: '重复甲', lat: 28.69, lng: 115.89, countyCode: '360102' })).toEqual([]);
    await m.markStation(donghu, a, 'archive');
    expect(await q.duplicatesOf({ name: '重复甲', lat: 28.69, lng: 115.89, countyCode: '360102' })).toEqual([]);
  });
});
