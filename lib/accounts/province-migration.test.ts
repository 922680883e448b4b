import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';

// Before the national role a province admin had no division and meant Jiangxi;
// the migration names it, and touches no other account.

const FOLDER = '20261207013000_province_admin_division';
let fdb: FuzzDb;

beforeAll(async () => {
  fdb = await openFuzzDb();
}, 60_000);
afterAll(() => fdb?.close());

describe('migration: province admins name their province', () => {
  it.each(['prisma/migrations', 'prisma/postgresql/migrations'])('%s: null becomes 360000 for province admins only', async (dir) => {
    const sql = readFileSync(path.join(process.cwd(), dir, FOLDER, 'migration.sql'), 'utf8');
    await fdb.db.user.deleteMany({ where: { email: { endsWith: '@mig.test' } } });
    await fdb.db.user.createMany({ data: [
      { id: 'm1', email: 'old@mig.test', name: 'old', role: 'province', divisionCode: null },
      { id: 'm2', email: 'henan@mig.test', name: 'henan', role: 'province', divisionCode: '410000' },
      { id: 'm3', email: 'nat@mig.test', name: 'nat', role: 'national', divisionCode: null },
      { id: 'm4', email: 'county@mig.test', name: 'county', role: 'county', divisionCode: '360102' },
    ] });
    await fdb.db.$executeRawUnsafe(sql);
    const rows = await fdb.db.user.findMany({ where: { email: { endsWith: '@mig.test' } }, orderBy: { id: 'asc' }, select: { id: true, divisionCode: true } });
    expect(rows).toEqual([
      { id: 'm1', divisionCode: '360000' }, { id: 'm2', divisionCode: '410000' }, { id: 'm3', divisionCode: null }, { id: 'm4', divisionCode: '360102' },
    ]);
  });
});
