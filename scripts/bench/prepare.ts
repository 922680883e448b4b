// Everything the benchmark needs before a server can start: the 200k-station
// database and a production build no older than the sources.
import { buildIsStale } from '../lib/build-stale';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from '../lib/migrate';
import { sqlitePath } from '../lib/migrate-sqlite';
import { providerOf, redactUrl } from '../../lib/db-url';
import { pgBenchCount } from './seed-pg';
import { sleep } from './stats';

export const BENCH_DB_URL = 'file:./data/bench.db';
const NODE_BIN = process.execPath;

/** Benchmark rows in the database, or -1 when the file or its tables do not exist yet. */
async function benchCount(url: string): Promise<number> {
  if (providerOf(url) === 'postgresql') return pgBenchCount(url);
  const file = sqlitePath(url);
  if (!existsSync(file)) return -1;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT COUNT(*) AS n FROM "Station" WHERE id LIKE 'bench-%' AND archivedAt IS NULL`).get() as { n: number };
    return row.n;
  } catch {
    return -1; // no Station table: never migrated
  } finally {
    db.close();
  }
}

export async function ensureBenchDb(count: number, url = BENCH_DB_URL): Promise<void> {
  const have = await benchCount(url);
  if (have === count) {
    // Still migrate: a migration added since the last seed would otherwise break the server.
    await applyMigrations(url, { log: () => {} });
    console.log(`bench db: ${have} stations in ${redactUrl(url)}`);
    return;
  }
  console.log(`bench db: found ${have < 0 ? 'none' : have}, seeding ${count} stations…`);
  const seed = path.resolve('scripts/seed-bench.ts');
  if (!existsSync(seed)) throw new Error('scripts/seed-bench.ts is missing; it is needed to create the bench data');
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  if (!run([tsx, seed, '--count', String(count), '--db', url])) throw new Error(`seeding ${redactUrl(url)} failed`);
}

function run(args: string[]): boolean {
  // DATABASE_URL is dropped so seed-bench's "never the app database" guard compares against the default.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.DATABASE_URL;
  return spawnSync(NODE_BIN, args, { stdio: 'inherit', env }).status === 0;
}


/** Builds when stale; other engineers build in the same tree, so a failed build waits and retries. */
export async function ensureBuild(attempts = 4): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (!buildIsStale()) {
      console.log(`build: up to date (${readBuildId()})`);
      return;
    }
    console.log(`build: stale or missing, running next build (attempt ${attempt}/${attempts}, ~2 min)…`);
    const t0 = performance.now();
    if (run([path.resolve('node_modules/next/dist/bin/next'), 'build'])) {
      console.log(`build: done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      return;
    }
    console.log('build: failed (maybe a concurrent build); waiting 30 s before checking again');
    await sleep(30_000);
  }
  throw new Error(`next build failed ${attempts} times`);
}

export function readBuildId(): string {
  return existsSync('.next/BUILD_ID') ? readFileSync('.next/BUILD_ID', 'utf8').trim() : 'none';
}

/** Coordinates of every station, to centre "dense" queries where the data really is. */
export function stationCoords(url = BENCH_DB_URL): Float64Array {
  const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT lng, lat FROM "Station" WHERE archivedAt IS NULL ORDER BY id`).raw().all() as [number, number][];
    return Float64Array.from(rows.flat());
  } finally {
    db.close();
  }
}
