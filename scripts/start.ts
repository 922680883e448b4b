// `npm start`: migrate, seed an empty database, build when the build is
// missing or older than the sources, then serve the production build.
// Usage: tsx scripts/start.ts [--port N] [--fresh] [--no-build]
//   --fresh (for tests): delete the SQLite file, or drop and recreate the PostgreSQL schema, first.
//   --no-build (for tests starting extra servers): serve the existing build even if sources are newer.
// SIGTERM/SIGINT are passed to `next start` (WEB_CONCURRENCY processes of it, see
// scripts/lib/serve-next.mjs), which stops accepting connections and lets the
// requests in flight finish before it exits.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '../lib/db-client';
import { providerOf, redactUrl, sqlitePath } from '../lib/db-url';
import { buildIsStale, buildMissing } from './lib/build-stale';
import { applyMigrations } from './lib/migrate';
import { resetPostgres } from './lib/pg-admin';

if (existsSync('.env')) process.loadEnvFile('.env');
process.env.NEXT_TELEMETRY_DISABLED = '1';
const databaseUrl = (process.env.DATABASE_URL ??= 'file:./data/yizhan.db');
const argPort = process.argv.indexOf('--port');
const port = argPort > 0 ? process.argv[argPort + 1] : (process.env.PORT ?? '3000');


/** Sessions need a secret; the embedded default keeps a random one in data/ across restarts. */
function ensureAuthSecret(): void {
  if (process.env.BETTER_AUTH_SECRET) return;
  const file = 'data/.auth-secret';
  if (!existsSync(file)) {
    mkdirSync('data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  process.env.BETTER_AUTH_SECRET = readFileSync(file, 'utf8').trim();
}

async function printSignInHint(): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  const admins = await db.user.count().finally(() => db.$disconnect());
  if (admins > 0) return;
  console.log('No admin account yet. Create the first province admin, then sign in at /admin/sign-in:');
  console.log('  ADMIN_PASSWORD=… npm run admin:create -- --email you@example.org --role province');
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** A client that never stops reading must not keep a stopping server alive forever. */
const SHUTDOWN_GRACE_MS = 25_000;

async function fresh(): Promise<void> {
  if (providerOf(databaseUrl) === 'postgresql') return resetPostgres(databaseUrl);
  for (const suffix of ['', '-wal', '-shm']) rmSync(sqlitePath(databaseUrl) + suffix, { force: true });
}

function serve(workers: number): void {
  const server = spawn(process.execPath, [path.resolve('scripts/lib/serve-next.mjs'), port!, String(workers)], { stdio: 'inherit', env: process.env });
  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      server.kill(sig);
      setTimeout(() => {
        console.error(`requests still open after ${SHUTDOWN_GRACE_MS / 1000} s: stopping anyway`);
        server.kill('SIGKILL');
      }, SHUTDOWN_GRACE_MS).unref();
    });
  }
  // Next exits 130/143 after a clean stop on a signal: that is success here.
  server.on('exit', (code) => process.exit(stopping && (code === 130 || code === 143) ? 0 : (code ?? 1)));
}

async function main() {
  if (process.argv.includes('--fresh')) await fresh();
  const { applied } = await applyMigrations(databaseUrl);
  console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database is up to date');
  run(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/seed.ts', '--if-empty']);
  ensureAuthSecret();
  const stale = buildMissing() || (!process.argv.includes('--no-build') && buildIsStale());
  if (stale) {
    console.log('building the production app (about two minutes on two cores)…');
    run(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build']);
  }
  await printSignInHint();
  // Validated here, after .env is loaded (lib/env reads process.env on import).
  const { env } = await import('../lib/env');
  const workers = env.WEB_CONCURRENCY;
  console.log(`Yizhan: http://localhost:${port} (database ${redactUrl(databaseUrl)}${workers > 1 ? `, ${workers} server processes` : ''})`);
  serve(workers);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
