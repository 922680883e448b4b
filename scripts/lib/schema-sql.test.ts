import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsSql, schemaSql, withProvider } from './schema-sql';

const root = path.resolve(import.meta.dirname, '../..');
const migrationsDir = path.join(root, 'prisma/migrations');
const schema = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');

// Compiling the 5 MB WebAssembly engine can be slow on a cold CI machine.
const slow = { timeout: 60_000 };

describe('schemaSql', () => {
  it('renders every model from an empty database, in the committed migrations\' SQL', slow, async () => {
    const diff = await schemaSql({ provider: 'sqlite', from: { kind: 'empty' }, to: { kind: 'datamodel', schema } });

    expect(diff.empty).toBe(false);
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    for (const model of models) expect(diff.script).toContain(`CREATE TABLE "${model}" (`);
    const init = readFileSync(path.join(migrationsDir, '20261125000000_init/migration.sql'), 'utf8');
    const division = /-- CreateTable\nCREATE TABLE "Division" \([\s\S]*?\n\);\n/.exec(init)?.[0];
    expect(division).toBeDefined();
    expect(diff.script).toContain(division);
  });

  it('rewrites only the datasource provider', () => {
    const pg = withProvider(schema, 'postgresql');

    expect(pg).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(pg).toContain('provider     = "prisma-client"');
  });
});

describe('migrationsSql (db-diff --check)', () => {
  it('finds no drift between the committed migrations and the schema', slow, async () => {
    const diff = await migrationsSql({ schema, migrationsDir });

    expect(diff.empty).toBe(true);
  });

  it('reports drift when the schema has a field no migration creates', slow, async () => {
    const changed = schema.replace(/model AppState \{/, 'model AppState {\n  note String?');

    const diff = await migrationsSql({ schema: changed, migrationsDir });

    expect(diff.empty).toBe(false);
    expect(diff.script).toContain('ALTER TABLE "AppState" ADD COLUMN "note" TEXT;');
  });
});
