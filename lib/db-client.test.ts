import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../scripts/lib/migrate';
import { createPrismaClient } from './db-client';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
let dir: string;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-db-client-'));
  url = `file:${path.join(dir, 'test.db')}`;
  await applyMigrations(url, { migrationsDir: path.join(root, 'prisma/migrations') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createPrismaClient on SQLite', () => {
  it('puts the database in WAL mode with a busy timeout', async () => {
    const db = createPrismaClient(url);
    await db.appState.count();
    await db.$disconnect();

    const raw = new Database(path.join(dir, 'test.db'), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('lets concurrent writer processes queue instead of failing with "database is locked"', { timeout: 60_000 }, async () => {
    const db = createPrismaClient(url);
    await db.appState.create({ data: { key: 'counter', value: '0' } });
    const processes = 4;
    const each = 40;

    const runs = Array.from({ length: processes }, () =>
      run(process.execPath, ['--import', 'tsx', 'lib/testing/concurrent-writer.ts', url, String(each)], { cwd: root }),
    );
    const results = await Promise.allSettled(runs);

    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const row = await db.appState.findUnique({ where: { key: 'counter' } });
    expect(row?.value).toBe(String(processes * each));
    await db.$disconnect();
  });
});

describe('one SQLite connection shared by concurrent requests', () => {
  // The adapter's single connection ran every request's statements inside whichever transaction was open.
  it('does not show another request uncommitted rows', async () => {
    const db = createPrismaClient(url);
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const tx = db.$transaction(async (t) => {
      await t.appState.create({ data: { key: 'uncommitted', value: '1' } });
      inside();
      await new Promise((r) => setTimeout(r, 100));
    });
    await opened;
    expect(await db.appState.findUnique({ where: { key: 'uncommitted' } })).toBeNull();
    await tx;
    expect(await db.appState.findUnique({ where: { key: 'uncommitted' } })).not.toBeNull();
    await db.$disconnect();
  });
});
