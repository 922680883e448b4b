import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsDirFor, PG_MIGRATIONS_DIR, providerOf, SQLITE_MIGRATIONS_DIR } from '../../lib/db-url';
import { openPostgresTarget } from './migrate-pg';
import { openSqliteTarget } from './migrate-sqlite';

// Applies prisma/migrations the way `prisma migrate deploy` does, without the
// schema-engine binary this machine cannot download. The bookkeeping table is
// Prisma's own, so `prisma migrate status` agrees wherever the CLI does run.

export const DEFAULT_MIGRATIONS_DIR = SQLITE_MIGRATIONS_DIR;
export { migrationsDirFor, PG_MIGRATIONS_DIR };

export interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

export interface MigrationRecord {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

/** What applyMigrations needs from a database: one implementation per provider. */
export interface MigrationTarget {
  /** Runs `fn` in one transaction that holds the database's write lock. */
  locked<T>(fn: () => Promise<T>): Promise<T>;
  hasMigrationsTable(): Promise<boolean>;
  /** Tables other than Prisma's bookkeeping and the database's internal ones. */
  userTableNames(): Promise<string[]>;
  createMigrationsTable(): Promise<void>;
  records(): Promise<MigrationRecord[]>;
  runScript(script: string): Promise<void>;
  recordFinished(migration: MigrationFile, startedAt: Date): Promise<void>;
  close(): Promise<void>;
}

export interface ApplyOptions {
  log?: (msg: string) => void;
  /** Defaults to console.warn: an edited migration must never go unnoticed. */
  warn?: (msg: string) => void;
  migrationsDir?: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Same tolerance as Prisma: git may have rewritten the line endings.
export function checksumMatches(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll(/\r?\n/g, '\r\n')];
  return variants.some((v) => sha256(v) === checksum);
}

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const script = await readFile(file, 'utf8').catch(() => {
        throw new Error(`Migration folder ${name} has no readable migration.sql (${file})`);
      });
      return { name, script, checksum: sha256(script) };
    }),
  );
}

function openTarget(databaseUrl: string): MigrationTarget {
  return providerOf(databaseUrl) === 'postgresql' ? openPostgresTarget(databaseUrl) : openSqliteTarget(databaseUrl);
}

async function ensureMigrationsTable(target: MigrationTarget, log: (msg: string) => void) {
  if (await target.hasMigrationsTable()) return;
  const tables = await target.userTableNames();
  if (tables.length > 0) {
    // Prisma refuses this too (P3005): guessing which migrations already ran
    // could re-run or skip one.
    throw new Error(
      `The database has tables (${tables.join(', ')}) but no _prisma_migrations table. ` +
        'Baseline it (record the migrations it already has) or start from an empty database.',
    );
  }
  log('Creating the _prisma_migrations table');
  await target.createMigrationsTable();
}

/** Returns true when it ran the migration, false when it was already applied. */
async function applyOne(target: MigrationTarget, migration: MigrationFile, warn: (msg: string) => void) {
  // Re-read under the lock: another process may have applied it meanwhile.
  const rows = (await target.records()).filter((r) => r.name === migration.name && !r.rolledBack);
  const done = rows.find((r) => r.finished);
  if (done) {
    if (!checksumMatches(migration.script, done.checksum)) {
      warn(
        `Warning: migration ${migration.name} was modified after it was applied ` +
          '(checksum mismatch). It is NOT re-run; put the applied version back and add a new migration instead.',
      );
    }
    return false;
  }
  if (rows.length > 0) {
    throw new Error(
      `Migration ${migration.name} is recorded as started but not finished (failed run, Prisma P3009). ` +
        'Fix the database by hand, then mark that _prisma_migrations row rolled back or finished.',
    );
  }
  const startedAt = new Date();
  try {
    await target.runScript(migration.script);
  } catch (e) {
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(e as Error).message}`, { cause: e });
  }
  await target.recordFinished(migration, startedAt);
  return true;
}

export async function applyMigrations(databaseUrl: string, opts: ApplyOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const warn = opts.warn ?? ((msg: string) => console.warn(msg));
  const migrations = await readMigrations(opts.migrationsDir ?? migrationsDirFor(databaseUrl));
  const target = openTarget(databaseUrl);
  try {
    await target.locked(() => ensureMigrationsTable(target, log));
    const applied: string[] = [];
    // One transaction per migration, as Prisma records them one by one.
    for (const migration of migrations) {
      if (await target.locked(() => applyOne(target, migration, warn))) {
        log(`Applied migration ${migration.name}`);
        applied.push(migration.name);
      }
    }
    return { applied };
  } finally {
    await target.close();
  }
}
