import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as wasmEngine from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from './migrate';

// SQL that Prisma would write for a schema change, computed offline by the
// WebAssembly build of Prisma's schema engine talking through a driver adapter.

export type Provider = 'sqlite' | 'postgresql';

export type SchemaSource =
  | { kind: 'empty' }
  | { kind: 'datamodel'; schema: string }
  | { kind: 'database'; url: string };

export interface SchemaDiff {
  script: string;
  /** True when nothing changes (the script is then Prisma's "empty migration" comment). */
  empty: boolean;
}

// Ready for PostgreSQL: add @prisma/adapter-pg here (it needs a real server).
const adapterFactories: Record<Provider, (url: string) => Promise<SqlMigrationAwareDriverAdapterFactory>> = {
  sqlite: async (url) => {
    const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
    return new PrismaBetterSqlite3({ url });
  },
  postgresql: async () => {
    throw new Error('PostgreSQL schema diffs are not implemented yet');
  },
};

let engineModule: Promise<typeof wasmEngine> | undefined;

// The package imports its .wasm as an ES module, which Node 20 cannot do, so
// instantiate it by hand against the package's own JS glue, once per process.
function loadEngine(): Promise<typeof wasmEngine> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(glue), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': wasmEngine });
    wasmEngine.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    // The glue reports Rust panics through this global; without it a panic
    // surfaces as an unrelated TypeError.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`schema engine panic: ${m}`) };
    return wasmEngine;
  })();
  return engineModule;
}

/** Points the schema's datasource at `provider`, so one schema serves both databases. */
export function withProvider(schema: string, provider: Provider): string {
  return schema.replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"[^"]*"/, `$1"${provider}"`);
}

function toTarget(source: SchemaSource, provider: Provider): DiffTarget {
  if (source.kind === 'empty') return { tag: 'empty' };
  if (source.kind === 'datamodel') {
    return { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: withProvider(source.schema, provider) }] };
  }
  // The engine reaches the database through the adapter; the schema only names the provider.
  const content = `datasource db {\n  provider = "${provider}"\n}\n`;
  return { tag: 'schemaDatasource', files: [{ path: 'schema.prisma', content }], configDir: process.cwd() };
}

function databaseUrl(from: SchemaSource, to: SchemaSource): string {
  const urls = [from, to].flatMap((s) => (s.kind === 'database' ? [s.url] : []));
  if (urls.length === 2 && urls[0] !== urls[1]) throw new Error('Only one database can take part in a diff');
  return urls[0] ?? ':memory:';
}

// Adapter failures reach us as "External error id#N"; the cause sits in the registry.
function explain(error: unknown, registry: ErrorRegistry): Error {
  const err = error instanceof Error ? error : new Error(String(error));
  const id = /External error id#(\d+)/.exec(err.message)?.[1];
  const cause = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (cause === undefined) return err;
  return new Error(`${err.message}\nCaused by: ${cause instanceof Error ? cause.message : JSON.stringify(cause)}`);
}

function tracked(factory: SqlMigrationAwareDriverAdapterFactory, opened: SqlDriverAdapter[]) {
  const track = async (pending: Promise<SqlDriverAdapter>) => {
    const adapter = await pending;
    opened.push(adapter);
    return adapter;
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  });
}

/** The SQL script Prisma generates to go from `from` to `to`. */
export async function schemaSql(opts: { provider: Provider; from: SchemaSource; to: SchemaSource }): Promise<SchemaDiff> {
  const { SchemaEngine } = await loadEngine();
  const opened: SqlDriverAdapter[] = [];
  const factory = tracked(await adapterFactories[opts.provider](databaseUrl(opts.from, opts.to)), opened);
  // The callback receives the engine's JSON log lines; they are only noise here.
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, factory);
  try {
    const { from, to, provider } = opts;
    const filters = { externalTables: [], externalEnums: [] };
    const params = { from: toTarget(from, provider), to: toTarget(to, provider), script: true, exitCode: true, filters };
    const result = await engine.diff(params);
    return { script: result.stdout ?? '', empty: result.exitCode === 0 };
  } catch (e) {
    throw explain(e, factory.errorRegistry);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

/**
 * SQL from the schema the committed migrations build to `schema` (SQLite only,
 * like applyMigrations). The migrations run on a throwaway database with the
 * production runner: the engine's own "migrations" source feeds whole scripts
 * to the adapter's executeRaw, which better-sqlite3 rejects.
 */
export async function migrationsSql(opts: { schema: string; migrationsDir?: string }): Promise<SchemaDiff> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yizhan-shadow-'));
  try {
    const url = `file:${path.join(dir, 'shadow.db')}`;
    await applyMigrations(url, { migrationsDir: opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR, warn: () => {} });
    const to: SchemaSource = { kind: 'datamodel', schema: opts.schema };
    return await schemaSql({ provider: 'sqlite', from: { kind: 'database', url }, to });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
