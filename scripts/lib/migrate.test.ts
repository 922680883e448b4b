import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyMigrations, sha256 } from './migrate';

const migrationsDir = path.resolve(import.meta.dirname, '../../prisma/migrations');
const initSql = readFileSync(path.join(migrationsDir, '20261125000000_init/migration.sql'), 'utf8');
const committed = readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

let dir: string;
let file: string;
let url: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-migrate-'));
  // A folder that does not exist yet: applyMigrations must create it.
  file = path.join(dir, 'nested', 'test.db');
  url = `file:${file}`;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function query<T>(sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('applyMigrations', () => {
  it('creates the schema tables and records the migration like Prisma', async () => {
    const { applied } = await applyMigrations(url, { migrationsDir });

    expect(applied).toEqual(committed);
    const tables = query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['Division', 'Station', 'AppState', '_prisma_migrations']));
    const rows = query<Record<string, unknown>>('SELECT * FROM _prisma_migrations ORDER BY started_at');
    expect(rows).toHaveLength(committed.length);
    expect(rows[0]).toMatchObject({
      migration_name: '20261125000000_init',
      checksum: sha256(initSql),
      applied_steps_count: 1,
      logs: null,
      rolled_back_at: null,
    });
    expect(rows[0]?.finished_at).toEqual(expect.any(Number));
    expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('applies nothing the second time', async () => {
    await applyMigrations(url, { migrationsDir });
    const second = await applyMigrations(url, { migrationsDir });

    expect(second.applied).toEqual([]);
    expect(query('SELECT id FROM _prisma_migrations')).toHaveLength(committed.length);
  });

  it('warns, without re-running, when an applied migration was edited', async () => {
    await applyMigrations(url, { migrationsDir });
    const db = new Database(file);
    db.prepare(`UPDATE _prisma_migrations SET checksum = ? WHERE migration_name = '20261125000000_init'`).run(sha256('something else'));
    db.close();
    const warn = vi.fn();

    const { applied } = await applyMigrations(url, { migrationsDir, warn });

    expect(applied).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/20261125000000_init.*modified after it was applied/);
  });

  it('rolls a failing migration back and records nothing for it', async () => {
    const custom = path.join(dir, 'migrations');
    for (const [name, sql] of [
      ['1_ok', 'CREATE TABLE "A" ("id" TEXT NOT NULL PRIMARY KEY);'],
      ['2_bad', 'CREATE TABLE "B" ("id" TEXT);\nINSERT INTO "Missing" VALUES (1);'],
    ]) {
      mkdirSync(path.join(custom, name!), { recursive: true });
      writeFileSync(path.join(custom, name!, 'migration.sql'), sql!);
    }

    await expect(applyMigrations(url, { migrationsDir: custom })).rejects.toThrow(/2_bad failed and was rolled back/);

    const tables = query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).map((t) => t.name);
    expect(tables).toContain('A');
    expect(tables).not.toContain('B');
    expect(query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations')).toEqual([
      { migration_name: '1_ok' },
    ]);
  });
});
