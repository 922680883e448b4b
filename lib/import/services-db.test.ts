import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisionRows } from '@/lib/divisions-data';
import { exportStream } from '@/lib/export/formats';
import { stationsWhere } from '@/lib/export/stations';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { parseServices } from '@/lib/services/stored';
import { applyMigrations } from '@/scripts/lib/migrate';
import { applyImport } from './apply';
import { openRows, type Format } from './read';
import { runImport } from './run';

// The services column against a real (temporary) SQLite database: read into
// the stored list, audited, left alone by files without it, never cut short
// by an item the importer could not read, and export → import changes nothing.

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let db: PrismaClient;
const province: Admin = { id: 'p', email: 'p@x', name: 'p', role: 'province', divisionCode: '360000' };
const source = (text: string | Buffer, format: Format = 'csv') => openRows(format, () => Readable.from([Buffer.from(text)]));
const apply = async (file: string, name: string) => applyImport(db, province, province, await source(file), name, { crs: 'wgs84' });
const servicesOf = async (externalId: string) => parseServices((await db.station.findFirstOrThrow({ where: { externalId } })).services);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-services-'));
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

const HEAD = '编号,名称,经度,纬度,特色服务';
const row = (id: string, n: number, services: string) => `${id},服务站${n},${(115.89 + n * 0.001).toFixed(6)},28.690000,"${services.replaceAll('"', '""')}"`;

describe('importing services', { timeout: 30_000 }, () => {
  it('reads the column into each station\'s list and audits it', async () => {
    const file = [HEAD, row('S1', 1, '法律援助@Tu,Th 14:00-17:00(带身份证); 理发@Sa 09:00-12:00'), row('S2', 2, ''), row('S3', 3, 'legal aid@Mo-Su 00:00-24:00')].join('\n');
    const s = await apply(file, 'a.csv');
    expect([s.counts.new, s.warnings]).toEqual([3, []]);
    expect(await servicesOf('S1')).toEqual([{ kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }]);
    expect(await servicesOf('S2')).toEqual([]);
    const s1 = await db.station.findFirstOrThrow({ where: { externalId: 'S1' } });
    const created = await db.auditEntry.findFirstOrThrow({ where: { stationId: s1.id, action: 'create' } });
    expect(parseServices(JSON.parse(created.after!).services)).toHaveLength(2);
  });

  it('leaves out an item it cannot read, names the cell, and keeps a stored station\'s services whole', async () => {
    const file = [HEAD, row('S1', 1, '理发@Sa 09:00-12:00; 按摩@Sa 14:00-16:00'), row('S4', 4, '体检@每月一次; 义剪@Su 09:00-11:00')].join('\n');
    const s = await apply(file, 'b.csv');
    expect(s.warnings!.map((w) => [w.row, w.column, w.code, w.params.value])).toEqual([
      [2, '特色服务', 'unreadableService', '按摩@Sa 14:00-16:00'], [3, '特色服务', 'unreadableService', '体检@每月一次'],
    ]);
    expect(s.counts).toMatchObject({ new: 1, updated: 0, unchanged: 1 });
    expect(await servicesOf('S1')).toHaveLength(2);
    expect(await servicesOf('S4')).toEqual([{ kind: 'haircut', schedule: 'Su 09:00-11:00', note: null }]);
  });

  it('changes a station\'s services when the file says so, and leaves them alone when it has no such column', async () => {
    const s = await apply([HEAD, row('S1', 1, '理发@Sa 09:00-12:00')].join('\n'), 'c.csv');
    expect(s.counts).toMatchObject({ updated: 1 });
    expect(await servicesOf('S1')).toEqual([{ kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }]);
    const s1 = await db.station.findFirstOrThrow({ where: { externalId: 'S1' } });
    const edit = await db.auditEntry.findFirstOrThrow({ where: { stationId: s1.id, action: 'edit', note: 'c.csv' } });
    expect(Object.keys(JSON.parse(edit.after!))).toEqual(['services']);
    const without = await apply(`编号,名称,经度,纬度\nS1,服务站1,115.891000,28.690000`, 'd.csv');
    expect(without.counts).toMatchObject({ unchanged: 1 });
    expect(await servicesOf('S1')).toHaveLength(1);
  });

  it('refuses no row for too many services: none imported, a warning, the station keeps its own', async () => {
    const many = Array.from({ length: 13 }, () => '理发@Sa 09:00-12:00').join('; ');
    const s = await apply([HEAD, row('S1', 1, many)].join('\n'), 'e.csv');
    expect(s.warnings!.map((w) => [w.column, w.code])).toEqual([['特色服务', 'tooManyServices']]);
    expect(s.counts).toMatchObject({ unchanged: 1, rejected: 0 });
  });

  it.each(['csv', 'xlsx', 'geojson'] as const)('round-trips export → import (%s) with no change', async (format) => {
    await db.station.updateMany({ where: { externalId: 'S3' }, data: { services: JSON.stringify([
      { kind: 'other', schedule: 'Mo-Fr 08:00-12:00; Sa 09:00-12:00 "预约"', note: '修鞋（免费）; 带鞋 (自备' },
      { kind: 'discounted_meals', schedule: 'Mo-Fr 11:00-13:00', note: '=1+1' },
    ]) } });
    for (const locale of ['zh-CN', 'en'] as const) {
      const chunks: Buffer[] = [];
      for await (const c of exportStream(format, stationsWhere(db, { archivedAt: null }), 'admin', locale)) chunks.push(Buffer.from(c as Uint8Array));
      const before = await db.station.findMany({ orderBy: { id: 'asc' } });
      const s = await runImport(db, province, await source(Buffer.concat(chunks), format), { crs: 'wgs84' });
      expect([s.rejected, s.warnings]).toEqual([[], []]);
      expect(s.headers!.find((h) => h.column === 'services')?.how).toBe('template');
      expect(s.counts).toMatchObject({ new: 0, updated: 0, unchanged: before.length });
    }
  });
});
