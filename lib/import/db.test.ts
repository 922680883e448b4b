import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counties, divisionRows } from '@/lib/divisions-data';
import { exportStream, type ExportFormat } from '@/lib/export/formats';
import { stationsWhere } from '@/lib/export/stations';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { applyMigrations } from '@/scripts/lib/migrate';
import { applyImport } from './apply';
import { openRows, UnreadableFile, type Format, type Source } from './read';
import { runImport } from './run';

// Apply against a real (temporary) SQLite database: all-or-nothing,
// idempotent, audited, and export → import changes nothing.

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let db: PrismaClient;
const province: Admin = { id: 'p', email: 'p@x', name: 'p', role: 'province', divisionCode: '360000' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-import-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  await applyMigrations(url, { migrationsDir: path.join(root, 'prisma/migrations') });
  const { createPrismaClient } = await import('@/lib/db-client');
  db = createPrismaClient(url);
  await db.division.createMany({ data: divisionRows() });
}, 60_000);
afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

// 1,200 rows in 东湖区 (three batches), with formula-looking phones and notes.
const csv = ['编号,名称,类型,状态,经度,纬度,开放时间,设施,电话,备注',
  ...Array.from({ length: 1200 }, (_, i) =>
    `X${i},驿站${i},工会驿站,使用中,${(115.89 + (i % 40) * 0.0005).toFixed(6)},${(28.69 + Math.floor(i / 40) * 0.0005).toFixed(6)},24/7,卫生间、饮用水,+86 791 ${i},=${i}`),
].join('\n');
const source = (text: string | Buffer, format: Format = 'csv') => openRows(format, () => Readable.from([Buffer.from(text)]));
// updatedAt aside: Prisma sets it on any write, and none is expected.
const snapshot = async () => (await db.station.findMany({ orderBy: { id: 'asc' } })).map((s) => ({ ...s, updatedAt: null }));

describe('apply', { timeout: 30_000 }, () => {
  it('is all-or-nothing: a failure midway leaves the database as before', async () => {
    const before = await snapshot();
    await expect(applyImport(db, province, province, await source(csv), 'a.csv', {
      crs: 'wgs84', afterBatch: (n) => { if (n >= 1000) throw new Error('killed'); },
    })).rejects.toThrow('killed');
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('a file that turns unreadable after its first batches is refused whole', async () => {
    const before = await snapshot();
    const rows = (await source(csv)).rows;
    async function* breaksAt1000() {
      let n = 0;
      for await (const r of rows) {
        if (n++ === 1000) throw new UnreadableFile('xlsx', new Error('invalid signature'));
        yield r;
      }
    }
    const broken: Source = { rows: breaksAt1000(), encoding: null };
    const s = await applyImport(db, province, province, broken, 'a.xlsx', { crs: 'wgs84' });
    expect(s.fileError).toEqual({ code: 'unreadable', format: 'xlsx' });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('writes every valid row once, with an audit entry per station and one for the file, and a second import changes nothing', async () => {
    const first = await applyImport(db, province, province, await source(csv), 'a.csv', { crs: 'wgs84' });
    expect(first.counts).toMatchObject({ read: 1200, new: 1200, updated: 0, rejected: 0 });
    expect(await db.station.count()).toBe(1200);
    const x7 = await db.station.findFirstOrThrow({ where: { externalId: 'X7' } });
    expect([x7.phone, x7.notes, x7.amenities]).toEqual(['+86 791 7', '=7', 'drinking_water,toilet']);
    const [summary, ...created] = await db.auditEntry.findMany({ orderBy: { action: 'desc' } });
    expect(summary).toMatchObject({ action: 'import', note: 'a.csv', actorEmail: 'p@x' });
    expect(JSON.parse(summary!.after!)).toMatchObject({ new: 1200, updated: 0 });
    expect(created).toHaveLength(1200);
    const x7Created = created.find((e) => e.stationId === x7.id)!;
    expect(x7Created).toMatchObject({ action: 'create', countyCode: '360102', note: 'a.csv', actorEmail: 'p@x', before: null });
    expect(JSON.parse(x7Created.after!)).toMatchObject({ name: '驿站7', phone: '+86 791 7' });
    // Written in the same second as the file's entry, so the history orders them together.
    expect(Math.abs(x7Created.at.getTime() - summary!.at.getTime())).toBeLessThan(60_000);
    const data = await snapshot();
    const second = await applyImport(db, province, province, await source(csv), 'a.csv', { crs: 'wgs84' });
    expect(second.counts).toMatchObject({ new: 0, updated: 0, unchanged: 1200 });
    expect(await snapshot()).toEqual(data);
    expect(await db.auditEntry.count()).toBe(1201);
  });

  it('updates the station with the same external_id, and its history shows the old name', async () => {
    const edited = csv.replace('X3,驿站3,', 'X3,新名字,');
    const s = await applyImport(db, province, province, await source(edited), 'b.csv', { crs: 'wgs84' });
    expect(s.counts).toMatchObject({ new: 0, updated: 1, unchanged: 1199 });
    const x3 = await db.station.findFirstOrThrow({ where: { externalId: 'X3' } });
    expect(x3).toMatchObject({ name: '新名字', version: 2 });
    const edit = await db.auditEntry.findFirstOrThrow({ where: { stationId: x3.id, action: 'edit' } });
    expect([JSON.parse(edit.before!), JSON.parse(edit.after!), edit.note]).toEqual([{ name: '驿站3' }, { name: '新名字' }, 'b.csv']);
  });

  it('checks the file with no transaction open, and never overwrites a station edited meanwhile: it is reported, the rest goes in', async () => {
    const edited = csv.replace('X5,驿站5,', 'X5,文件里的名字,').replace('X9,驿站9,', 'X9,第九站,');
    const x5 = await db.station.findFirstOrThrow({ where: { externalId: 'X5' } });
    let checking = 0;
    // While the file is being checked another admin saves X5, which must be possible at once (no transaction holds
    // the database) and must survive; X9, untouched meanwhile, is updated.
    const rows = (await source(edited)).rows;
    async function* editsMidway() {
      for await (const r of rows) {
        if (++checking === 600) await db.station.update({ where: { id: x5.id }, data: { phone: '0791-55555555', version: { increment: 1 } } });
        yield r;
      }
    }
    const before = await db.auditEntry.count();
    const s = await applyImport(db, province, province, { rows: editsMidway(), encoding: null }, 'c.csv', { crs: 'wgs84' });
    expect(s.counts).toMatchObject({ updated: 2, rejected: 1 }); // X3 (renamed above) and X9
    expect(s.rejected).toEqual([{ row: 7, column: '编号', code: 'changedSinceDryRun', params: { name: x5.name } }]);
    expect(await db.station.findUniqueOrThrow({ where: { id: x5.id } })).toMatchObject({ name: x5.name, phone: '0791-55555555', version: x5.version + 1 });
    expect(await db.station.findFirstOrThrow({ where: { externalId: 'X9' } })).toMatchObject({ name: '第九站' });
    expect(await db.auditEntry.count()).toBe(before + 3); // X3's and X9's edits, and the file's entry
  });

  it('leaves the values of columns a file does not have as they are', async () => {
    const x2 = await db.station.findFirstOrThrow({ where: { externalId: 'X2' } });
    const file = `编号,名称,经度,纬度,电话\nX2,驿站2,115.891000,28.690000,0791-2222`;
    const s = await applyImport(db, province, province, await source(file), 'e.csv', { crs: 'wgs84' });
    expect(s.counts).toMatchObject({ updated: 1, rejected: 0 });
    const after = await db.station.findUniqueOrThrow({ where: { id: x2.id } });
    expect(after).toMatchObject({ ...x2, phone: '0791-2222', version: x2.version + 1, updatedAt: after.updatedAt });
    const edit = await db.auditEntry.findFirstOrThrow({ where: { stationId: x2.id, action: 'edit', note: 'e.csv' } });
    expect(JSON.parse(edit.after!)).toEqual({ phone: '0791-2222' });
  });

  it('keeps a station\'s phone and hours when the file\'s cells cannot be read, and adds the hours phrase to its notes once', async () => {
    const x2 = await db.station.findFirstOrThrow({ where: { externalId: 'X2' } });
    const file = `编号,名称,经度,纬度,电话,开放时间\nX2,驿站2,115.891000,28.690000,138****5596,预约开放`;
    const s = await applyImport(db, province, province, await source(file), 'f.csv', { crs: 'wgs84' });
    expect(s.counts).toMatchObject({ updated: 1, rejected: 0 });
    expect(s.warnings!.map((w) => w.code)).toEqual(['hoursUnreadable', 'maskedPhone']);
    const after = await db.station.findUniqueOrThrow({ where: { id: x2.id } });
    expect(after).toMatchObject({ phone: x2.phone, openingHours: x2.openingHours, notes: `${x2.notes}\n开放时间：预约开放` });
    const again = await applyImport(db, province, province, await source(file), 'f.csv', { crs: 'wgs84' });
    expect(again.counts).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it("keeps external ids per county: another county's file never claims a station by them", async () => {
    const xihu = counties.find((c) => c.code === '360103')!;
    const x1 = await db.station.findFirstOrThrow({ where: { externalId: 'X1' } });
    const file = ['编号,名称,经度,纬度', `X1,西湖区的一号站,${xihu.lng},${xihu.lat}`, `${x1.id},改到西湖区,${xihu.lng},${xihu.lat}`,
      `${'Z'.repeat(65)},编号太长的站,${xihu.lng},${xihu.lat}`].join('\n');
    const s = await applyImport(db, province, province, await source(file), 'd.csv', { crs: 'wgs84' });
    expect(s.counts).toMatchObject({ new: 1, updated: 0, rejected: 2 });
    expect(s.rejected.map((r) => [r.row, r.column, r.code])).toEqual([[3, '编号', 'otherCounty'], [4, '编号', 'tooLong']]);
    expect(await db.station.findUniqueOrThrow({ where: { id: x1.id } })).toEqual(x1);
    expect(await db.station.findFirstOrThrow({ where: { externalId: 'X1', countyCode: '360103' } })).toMatchObject({ name: '西湖区的一号站' });
  });

  it.each(['csv', 'xlsx', 'geojson'] as const)('round-trips export → import (%s) with no change', async (format: ExportFormat) => {
    await db.station.create({ data: { name: '无编号站', kind: 'workers_home', status: 'planned', lat: 28.7, lng: 115.9, countyCode: '360102', phone: '-1', openingHours: 'Mo-Fr 09:00-17:00' } });
    for (const locale of ['zh-CN', 'en'] as const) {
      const chunks: Buffer[] = [];
      for await (const c of exportStream(format, stationsWhere(db, { archivedAt: null }), 'admin', locale)) chunks.push(Buffer.from(c as Uint8Array));
      const before = await snapshot();
      const s = await runImport(db, province, await source(Buffer.concat(chunks), format), { crs: 'wgs84' });
      expect(s.rejected).toEqual([]);
      expect(s.counts).toMatchObject({ new: 0, updated: 0, unchanged: before.length });
      expect(await snapshot()).toEqual(before);
    }
    await db.station.deleteMany({ where: { name: '无编号站' } });
  });
});
