import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { divisionRows } from '@/lib/divisions-data';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { applyMigrations } from '@/scripts/lib/migrate';

// A real, temporary SQLite database for the admin form fuzz: the app's `db`
// (and UPLOAD_DIR) point at it, so the forms' own code runs unchanged.

const root = path.resolve(import.meta.dirname, '../..');

export { RUNS } from './fuzz-seed';

export const PROVINCE: Admin = { id: 'fuzz-province', email: 'p@fuzz.test', name: 'p', role: 'province', divisionCode: '360000' };

export type FuzzDb = { db: PrismaClient; close: () => Promise<void> };

/** Call before importing anything that imports '@/lib/db'. */
export async function openFuzzDb(): Promise<FuzzDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-fuzz-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
  process.env.UPLOAD_DIR = path.join(dir, 'uploads');
  await applyMigrations(process.env.DATABASE_URL, { migrationsDir: path.join(root, 'prisma/migrations') });
  const { db } = await import('@/lib/db');
  // A throwaway database: no need to wait for the disk on every commit.
  await db.$queryRawUnsafe('PRAGMA journal_mode = MEMORY');
  await db.$executeRawUnsafe('PRAGMA synchronous = OFF');
  await db.division.createMany({ data: divisionRows() });
  await db.user.create({ data: { id: PROVINCE.id, email: PROVINCE.email, name: PROVINCE.name, role: 'province', divisionCode: PROVINCE.divisionCode } });
  return { db, close: async () => { await db.$disconnect(); rmSync(dir, { recursive: true, force: true }); } };
}

// Any write on the (single) connection moves total_changes(); the sums also
// catch a write that another path might make to the same file.
const FINGERPRINT = `SELECT total_changes() AS changes,
  (SELECT count(*) || '|' || ifnull(max(updatedAt), '') || '|' || ifnull(sum(version), 0) || '|' || ifnull(max(archivedAt), '') || '|' || ifnull(max(lastVerifiedAt), '') FROM "Station") AS station,
  (SELECT count(*) FROM "AuditEntry") AS audit,
  (SELECT count(*) || '|' || count(decidedAt) || '|' || ifnull(max(createdAt), '') FROM "Report") AS report,
  (SELECT count(*) || '|' || ifnull(max(updatedAt), '') || '|' || sum(disabled) || '|' || group_concat(role || ifnull(divisionCode, '-')) FROM "User") AS users,
  (SELECT count(*) FROM "Session") AS sessions,
  (SELECT count(*) FROM "Photo") AS photos,
  (SELECT ifnull(group_concat(key || '=' || value), '') FROM "AppState") AS state,
  (SELECT ifnull(group_concat(key || '=' || points), '') FROM "RateLimit") AS limits`;

/** Every table a form may write, summed up in one query: any insert, update or delete changes it. */
export async function fingerprint(db: PrismaClient): Promise<unknown> {
  return JSON.stringify(await db.$queryRawUnsafe(FINGERPRINT), (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}
