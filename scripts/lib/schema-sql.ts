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
import { pgSettings } from '../../lib/db-url';
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, PG_MIGRATIONS_DIR } from './migrate';
import { type Provider, withProvider } from './pg-schema';
import { introspectionPool, withThrowawaySchema } from './pg-shadow';

export { type Provider, withProvider, withThrowawaySchema };

// SQL that Prisma would write for a schema change, computed offline by the
// WebAssembly build of Prisma's schema engine talking through a driver adapter.

export type SchemaSource =
  | { kind: 'empty' }
  | { kind: 'datamodel'; schema: string }
  | { kind: 'database'; url: string };

export interface SchemaDiff {
  script: string;
  /** True when nothing changes (the script is then Prisma's "empty migration" comment). */
  empty: boolean;
}

const adapterFactories: Record<Provider, (url: string) => Promise<SqlMigrationAwareDriverAdapterFactory>> = {
  sqlite: async (url) => {
    const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
    return new PrismaBetterSqlite3({ url });
  },
  postgresql: async (url) => {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const s = pgSettings(url);
    return new PrismaPg(introspectionPool(s.connectionString), { schema: s.schema, disposeExternalPool: true });
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

function toTarget(source: SchemaSource, provider: Provider): DiffTarget {
  if (source.kind === 'empty') return { tag: 'empty' };
  if (source.kind === 'datamodel') {
    return { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: withProvider(source.schema, provider) }] };
  }
  // The engine reaches the database through the adapter; the schema only names the provider.
  const content = `datasource db {\n  provider = "${provider}"\n}\n`;
  return { tag: 'schemaDatasource', files: [{ path: 'schema.prisma', content }], configDir: process.cwd() };
}

export interface DiffOptions {
  provider: Provider;
  from: SchemaSource;
  to: SchemaSource;
  /** PostgreSQL: the engine connects even to diff two datamodels, so it needs a server. */
  serverUrl?: string;
}

function databaseUrl({ provider, from, to, serverUrl }: DiffOptions): string {
  const urls = [from, to].flatMap((s) => (s.kind === 'database' ? [s.url] : []));
  if (urls.length === 2 && urls[0] !== urls[1]) throw new Error('Only one database can take part in a diff');
  const url = urls[0] ?? serverUrl ?? (provider === 'sqlite' ? ':memory:' : undefined);
  if (!url) throw new Error('A PostgreSQL diff needs a server: set TEST_POSTGRES_URL (see README, PostgreSQL)');
  return url;
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
export async function schemaSql(opts: DiffOptions): Promise<SchemaDiff> {
  const { SchemaEngine } = await loadEngine();
  const opened: SqlDriverAdapter[] = [];
  const factory = tracked(await adapterFactories[opts.provider](databaseUrl(opts)), opened);
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

export interface MigrationsSqlOptions {
  schema: string;
  provider?: Provider;
  migrationsDir?: string;
  /** PostgreSQL only: a database where a throwaway schema may be created (the engine cannot replay SQL itself). */
  shadowUrl?: string;
}

/**
 * SQL from the schema the committed migrations build to `schema`. The
 * migrations run on a throwaway database with the production runner: the
 * engine's own "migrations" source feeds whole scripts to the adapter's
 * executeRaw, which better-sqlite3 rejects (and adapter-pg splits on ";").
 */
export async function migrationsSql(opts: MigrationsSqlOptions): Promise<SchemaDiff> {
  const provider = opts.provider ?? 'sqlite';
  const migrationsDir = opts.migrationsDir ?? (provider === 'postgresql' ? PG_MIGRATIONS_DIR : DEFAULT_MIGRATIONS_DIR);
  const diffFrom = async (url: string) => {
    await applyMigrations(url, { migrationsDir, warn: () => {} });
    const to: SchemaSource = { kind: 'datamodel', schema: opts.schema };
    return schemaSql({ provider, from: { kind: 'database', url }, to });
  };
  if (provider === 'postgresql') {
    if (!opts.shadowUrl) throw new Error('PostgreSQL migrations need a server to replay them on: set TEST_POSTGRES_URL');
    return withThrowawaySchema(opts.shadowUrl, diffFrom);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yizhan-shadow-'));
  try {
    return await diffFrom(`file:${path.join(dir, 'shadow.db')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
