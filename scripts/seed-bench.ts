// Synthetic benchmark data in a separate database (never the app's own):
//   npm run seed:bench -- --count 200000 [--db file:./data/bench.db | postgresql://…?schema=yizhan_bench]
// Stations in real counties of all China, weighted by a rough population proxy
// (scripts/bench-geo.ts), names synthetic; the same seed always gives the same rows.
import { existsSync } from 'node:fs';
import { providerOf, redactUrl } from '@/lib/db-url';
import { applyMigrations } from './lib/migrate';
import { sqlitePath } from './lib/migrate-sqlite';
import { seedPostgres } from './bench/seed-pg';
import { stationBatches } from './bench/seed-rows';
import { seedSqlite } from './bench/seed-sqlite';
import { argText as arg } from './bench/stats';

function isAppDatabase(url: string): boolean {
  const app = process.env.DATABASE_URL || 'file:./data/yizhan.db';
  if (providerOf(url) !== providerOf(app)) return false;
  return providerOf(url) === 'sqlite' ? sqlitePath(url) === sqlitePath(app) : url === app;
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const count = Number(arg('--count', '200000'));
  const url = arg('--db', 'file:./data/bench.db');
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number, got ${count}`);
  if (isAppDatabase(url)) {
    throw new Error(`Refusing to write benchmark rows into the app database ${redactUrl(url)}; pass --db file:./data/bench.db`);
  }
  const start = performance.now();
  await applyMigrations(url);
  const batches = stationBatches(count);
  const removed = providerOf(url) === 'postgresql' ? await seedPostgres(url, batches) : seedSqlite(url, batches);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`seed:bench: replaced ${removed} rows with ${count} stations in real counties of all China in ${seconds} s (${redactUrl(url)})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
