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
import { mapHeaders, TRUST_HEADERS } from './headers';
import { openRows, UnreadableFile, type Format, type Source } from './read';
import { runImport } from './run';
import { normLabel } from './vocab-labels';

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
/** A station's cells under the given headers, as the importer reads the file. */
async function cellsOf(file: Buffer, format: Format, externalId: string, headers: string[]): Promise<string[]> {
  const rows: string[][] = [];
  for await (const r of (await source(file, format)).rows) rows.push(r);
  const keys = rows[0]!.map(normLabel);
  const id = mapHeaders(rows[0]!).columns.indexOf('externalId');
  const row = rows.find((r) => r[id] === externalId)!;
  return headers.map((h) => row[keys.indexOf(normLabel(h))]!);
}

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

  it('reads how to get in; an unread cell keeps the station\'s way in and fills only an empty note', async () => {
    const x6 = await db.station.findFirstOrThrow({ where: { externalId: 'X6' } });
    const file = (entry: string, note = '') => `编号,名称,经度,纬度,门禁,门禁说明\nX6,驿站6,${x6.lng},${x6.lat},${entry},${note}`;
    const read = await applyImport(db, province, province, await source(file('微信扫码')), 'g.csv', { crs: 'wgs84' });
    expect(read.warnings).toEqual([]);
    expect(await db.station.findUniqueOrThrow({ where: { id: x6.id } })).toMatchObject({ entry: 'scan', entryNote: null });
    const unread = await applyImport(db, province, province, await source(file('看门大爷在就能进')), 'h.csv', { crs: 'wgs84' });
    expect(unread.warnings!.map((w) => [w.column, w.code])).toEqual([['门禁', 'unknownEntry']]);
    expect(await db.station.findUniqueOrThrow({ where: { id: x6.id } })).toMatchObject({ entry: 'scan', entryNote: '看门大爷在就能进' });
    const again = await applyImport(db, province, province, await source(file('另一种说法')), 'i.csv', { crs: 'wgs84' });
    expect(again.counts).toMatchObject({ updated: 0, unchanged: 1 });
    const edit = await db.auditEntry.findFirstOrThrow({ where: { stationId: x6.id, action: 'edit', note: 'h.csv' } });
    expect([JSON.parse(edit.before!), JSON.parse(edit.after!)]).toEqual([{ entryNote: null }, { entryNote: '看门大爷在就能进' }]);
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
    await db.station.create({ data: { name: '无编号站', kind: 'workers_home', status: 'planned', lat: 28.7, lng: 115.9, countyCode: '360102', phone: '-1', openingHours: 'Mo-Fr 09:00-17:00', entry: 'union_card', entryNote: '刷卡后推门, "随手关门"' } });
    await db.station.updateMany({ where: { externalId: 'X4' }, data: { entry: 'open_door' } });
    // What workers say of X4: read-only columns the export carries and the import ignores. Only published reviews count.
    const x4 = await db.station.findFirstOrThrow({ where: { externalId: 'X4' } });
    await db.stationSignal.create({ data: { stationId: x4.id, lastOpenAt: new Date('2025-03-04T06:10:00Z'), lockedAt: new Date('2025-03-05T01:00:00Z') } });
    await db.review.createMany({ data: [[5, 'published'], [4, 'published'], [4, 'published'], [1, 'pending'], [1, 'rejected']].map(([stars, status]) => (
      { stationId: x4.id, countyCode: x4.countyCode, stars: stars as number, status: status as string, clientHash: 'h' }
    )) });
    for (const locale of ['zh-CN', 'en'] as const) {
      const chunks: Buffer[] = [];
      for await (const c of exportStream(format, stationsWhere(db, { archivedAt: null }), 'admin', locale)) chunks.push(Buffer.from(c as Uint8Array));
      const file = Buffer.concat(chunks);
      const trust = Object.values(TRUST_HEADERS[format === 'geojson' ? 'en' : locale]);
      expect(await cellsOf(file, format, 'X4', trust)).toEqual(['2025-03-04T06:10:00.000Z', '4.3', '3']);
      expect(await cellsOf(file, format, 'X5', trust)).toEqual(['', '', '0']);
      const before = await snapshot();
      const s = await runImport(db, province, await source(file, format), { crs: 'wgs84' });
      expect(s.headers!.filter((h) => h.how === 'unknown')).toEqual([]);
      expect(s.headers!.filter((h) => trust.some((t) => normLabel(t) === normLabel(h.header))).map((h) => h.how)).toEqual(['ignored', 'ignored', 'ignored']);
      expect([s.rejected, s.warnings, s.unknownValues]).toEqual([[], [], []]);
      expect(s.counts).toMatchObject({ new: 0, updated: 0, unchanged: before.length });
      expect(await snapshot()).toEqual(before);
    }
    await db.station.deleteMany({ where: { name: '无编号站' } });
    await db.review.deleteMany({ where: { stationId: x4.id } });
    await db.stationSignal.deleteMany({ where: { stationId: x4.id } });
  });
});
