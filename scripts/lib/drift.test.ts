import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable, testPostgresUrl } from '../../lib/testing/postgres';
import { checkDrift, createMigrations, type MigrationDirs, unpairedMigrations } from './drift';

const root = path.resolve(import.meta.dirname, '../..');
const schema = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
const changed = schema.replace(/model AppState \{/, 'model AppState {\n  note String?');
const slow = { timeout: 60_000 };
const pg = postgresAvailable('PostgreSQL drift checks');

let tmp: string;
let dirs: MigrationDirs;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'yizhan-drift-'));
  dirs = { sqlite: path.join(tmp, 'sqlite'), postgresql: path.join(tmp, 'pg') };
  cpSync(path.join(root, 'prisma/migrations'), dirs.sqlite, { recursive: true });
  cpSync(path.join(root, 'prisma/postgresql/migrations'), dirs.postgresql, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('db-diff --check', () => {
  it('passes on the committed migrations, saying what it could not check', slow, async () => {
    const report = await checkDrift(schema, undefined, dirs);

    expect(report.ok).toBe(true);
    expect(report.lines.join('\n')).toMatch(/checked by name only; set TEST_POSTGRES_URL/);
  });

  it('fails when one set has a migration the other lacks', slow, async () => {
    mkdirSync(path.join(dirs.sqlite, '20270101000000_only_here'));
    writeFileSync(path.join(dirs.sqlite, '20270101000000_only_here', 'migration.sql'), 'CREATE TABLE "X" ("id" TEXT);');

    expect(await unpairedMigrations(dirs)).toEqual([`20270101000000_only_here is in ${dirs.sqlite} but not in ${dirs.postgresql}`]);
    expect((await checkDrift(schema, undefined, dirs)).ok).toBe(false);
  });

  it('fails when the schema has a field no SQLite migration creates', slow, async () => {
    const report = await checkDrift(changed, undefined, dirs);

    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toContain('ALTER TABLE "AppState" ADD COLUMN "note" TEXT;');
  });

  it.skipIf(!pg)('replays the PostgreSQL set on a server and fails when it drifts', slow, async () => {
    expect((await checkDrift(schema, testPostgresUrl, dirs)).ok).toBe(true);

    const report = await checkDrift(changed, testPostgresUrl, dirs);
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toMatch(/Drift: .*pg does not build prisma\/schema\.prisma \(postgresql\)[\s\S]*ADD COLUMN\s+"note" TEXT/);
  });
});

describe('db-diff --name', () => {
  it.skipIf(!pg)('writes the pair of migrations under one name, after which nothing drifts', slow, async () => {
    const written = await createMigrations({ schema: changed, folder: '20270101000000_note', providers: ['sqlite', 'postgresql'], pgUrl: testPostgresUrl, dirs });

    expect(written.map((w) => path.relative(tmp, w.file))).toEqual(['sqlite/20270101000000_note/migration.sql', 'pg/20270101000000_note/migration.sql']);
    expect((await checkDrift(changed, testPostgresUrl, dirs)).ok).toBe(true);
  });

  it('needs a PostgreSQL server for the PostgreSQL migration', async () => {
    await expect(createMigrations({ schema: changed, folder: 'x', providers: ['postgresql'], pgUrl: undefined, dirs })).rejects.toThrow(/TEST_POSTGRES_URL/);
  });
});
