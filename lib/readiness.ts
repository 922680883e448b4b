import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db';
import { isDbUnavailable } from '@/lib/db-errors';
import { migrationsDirFor, PG_MIGRATIONS_DIR } from '@/lib/db-url';
import { env } from '@/lib/env';

// Readiness for a load balancer: the database answers and has every migration
// this build ships. Liveness (/api/health) deliberately checks nothing.

export type Readiness = { ready: true; migrations: number } | { ready: false; message: string };

/** A probe must answer even when the database hangs instead of refusing. */
const PROBE_TIMEOUT_MS = 3000;

let shipped: Promise<string[]> | undefined;

function shippedMigrations(): Promise<string[]> {
  // Literal paths, so the build traces these two folders and not the whole project.
  const dir = migrationsDirFor(env.DATABASE_URL) === PG_MIGRATIONS_DIR
    ? path.join(process.cwd(), 'prisma', 'postgresql', 'migrations')
    : path.join(process.cwd(), 'prisma', 'migrations');
  shipped ??= readdir(dir, { withFileTypes: true }).then((entries) =>
    entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
  );
  return shipped;
}

async function appliedMigrations(): Promise<Set<string>> {
  // Prisma's bookkeeping table is no model of ours, hence the app's one raw
  // query; it reads the same on SQLite and PostgreSQL.
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((r) => r.migration_name));
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref());
}

export async function readiness(): Promise<Readiness> {
  try {
    const [expected, applied] = await Promise.race([Promise.all([shippedMigrations(), appliedMigrations()]), timeout(PROBE_TIMEOUT_MS)]);
    const missing = expected.filter((name) => !applied.has(name));
    if (missing.length > 0) {
      console.error(`readiness: migrations not applied: ${missing.join(', ')}`);
      return { ready: false, message: `database not migrated: ${missing.length} of ${expected.length} migrations missing` };
    }
    return { ready: true, migrations: expected.length };
  } catch (error) {
    if (isDbUnavailable(error) || (error instanceof Error && error.message.startsWith('no answer'))) {
      return { ready: false, message: 'database unreachable' };
    }
    // e.g. no _prisma_migrations table: reachable, but not migrated. The driver's words
    // (table names, versions, paths) go to the server log, not to whoever asks.
    console.error('readiness:', error);
    return { ready: false, message: 'database not ready' };
  }
}
