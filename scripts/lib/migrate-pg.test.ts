import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable, testPostgresUrl } from '../../lib/testing/postgres';
import { pgSettings, quoteIdent } from '../../lib/db-url';
import { applyMigrations, sha256 } from './migrate';

const migrationsDir = path.resolve(import.meta.dirname, '../../prisma/postgresql/migrations');
// Every committed migration, in order: the runner must apply each one, whatever the next one adds.
const names = readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const run = postgresAvailable('PostgreSQL migration runner tests');

// Each test gets its own schema in the test database, dropped afterwards.
let schema: string;
let url: string;
let client: pg.Client;

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  return (await client.query<T>(sql)).rows;
}

describe.skipIf(!run)('applyMigrations on PostgreSQL', () => {
  beforeEach(async () => {
    schema = `yizhan_migrate_${Math.random().toString(36).slice(2, 10)}`;
    const u = new URL(testPostgresUrl!);
    u.searchParams.set('schema', schema);
    url = u.toString();
    client = new pg.Client({ connectionString: pgSettings(testPostgresUrl!).connectionString });
    await client.connect();
  });

  afterEach(async () => {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    await client.end();
  });

  it('creates the schema named in the URL, its tables, and records each migration like Prisma', async () => {
    const { applied } = await applyMigrations(url);

    expect(applied).toEqual(names);
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['Station', 'User', 'RateLimit', '_prisma_migrations']));
    const columns = await query<{ column_name: string; data_type: string; character_maximum_length: number | null }>(
      `SELECT column_name, data_type, character_maximum_length FROM information_schema.columns
       WHERE table_schema = '${schema}' AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => [c.column_name, c.data_type, c.character_maximum_length])).toEqual([
      ['id', 'character varying', 36],
      ['checksum', 'character varying', 64],
      ['finished_at', 'timestamp with time zone', null],
      ['migration_name', 'character varying', 255],
      ['logs', 'text', null],
      ['rolled_back_at', 'timestamp with time zone', null],
      ['started_at', 'timestamp with time zone', null],
      ['applied_steps_count', 'integer', null],
    ]);
    const rows = await query<Record<string, unknown>>(`SELECT * FROM ${quoteIdent(schema)}._prisma_migrations ORDER BY started_at`);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows[0]).toMatchObject({
      checksum: sha256(readFileSync(path.join(migrationsDir, names[0]!, 'migration.sql'), 'utf8')),
      applied_steps_count: 1,
      logs: null,
      rolled_back_at: null,
    });
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
  });

  it('applies nothing the second time, and two runners starting together apply each migration once', async () => {
    const both = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const again = await applyMigrations(url);

    expect(both.flatMap((r) => r.applied).sort()).toEqual(names);
    expect(again.applied).toEqual([]);
    expect(await query(`SELECT id FROM ${quoteIdent(schema)}._prisma_migrations`)).toHaveLength(names.length);
  });

  it('rolls a failing migration back whole and records nothing for it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-pg-migrations-'));
    try {
      for (const [name, sql] of [
        ['1_ok', 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY);'],
        ['2_bad', 'CREATE TABLE "B" ("id" TEXT);\nINSERT INTO "Missing" VALUES (1);'],
      ] as const) {
        mkdirSync(path.join(dir, name), { recursive: true });
        writeFileSync(path.join(dir, name, 'migration.sql'), sql);
      }

      await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/2_bad failed and was rolled back/);

      const tables = await query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' ORDER BY 1`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(['A', '_prisma_migrations']);
      expect(await query(`SELECT migration_name FROM ${quoteIdent(schema)}._prisma_migrations`)).toEqual([{ migration_name: '1_ok' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a schema that has tables but no migration history', async () => {
    await client.query(`CREATE SCHEMA ${quoteIdent(schema)}; CREATE TABLE ${quoteIdent(schema)}."Legacy" (id int)`);

    await expect(applyMigrations(url)).rejects.toThrow(/has tables \(Legacy\) but no _prisma_migrations/);
  });
});
