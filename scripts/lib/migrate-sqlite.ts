import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqlitePath } from '../../lib/db-url';
import type { MigrationFile, MigrationRecord, MigrationTarget } from './migrate';

export { sqlitePath };

// Byte for byte the statement Prisma's schema engine runs for SQLite, so a
// database migrated here looks the same to `prisma migrate status`.
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
`;

interface RecordRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

function transaction<T>(db: Database.Database, fn: () => Promise<T>): Promise<T> {
  // Prisma's redefine-table scripts need foreign keys off, and SQLite ignores
  // that pragma inside a transaction, so switch it here and check at the end.
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  const run = async () => {
    // IMMEDIATE takes the write lock up front, so a second process waits
    // (busy_timeout) instead of reading stale state and applying twice.
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn();
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`foreign key check failed: ${JSON.stringify(violations)}`);
      db.exec('COMMIT');
      return result;
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw e;
    }
  };
  return run().finally(() => db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`));
}

function open(url: string): Database.Database {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  // The database holds password hashes and sessions: created readable by its owner only.
  closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  return db;
}

export function openSqliteTarget(url: string): MigrationTarget {
  const db = open(url);
  const tableNames = () =>
    (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map(
      (r) => r.name,
    );
  return {
    locked: (fn) => transaction(db, fn),
    hasMigrationsTable: async () => tableNames().includes('_prisma_migrations'),
    userTableNames: async () => tableNames().filter((n) => n !== '_prisma_migrations' && !n.startsWith('sqlite_')),
    createMigrationsTable: async () => void db.exec(CREATE_MIGRATIONS_TABLE),
    records: async () => {
      const rows = db
        .prepare(
          'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
        )
        .all() as RecordRow[];
      return rows.map(
        (r): MigrationRecord => ({
          name: r.migration_name,
          checksum: r.checksum,
          finished: r.finished_at !== null,
          rolledBack: r.rolled_back_at !== null,
        }),
      );
    },
    runScript: async (script) => void db.exec(script),
    recordFinished: async (migration: MigrationFile, startedAt: Date) => {
      // Prisma's SQLite driver stores DateTime as integer milliseconds; one
      // row with applied_steps_count = 1 is what its per-step updates end at.
      db.prepare(
        `INSERT INTO "_prisma_migrations"
           (id, checksum, started_at, finished_at, migration_name, applied_steps_count)
         VALUES (?, ?, ?, ?, ?, 1)`,
      ).run(randomUUID(), migration.checksum, BigInt(startedAt.getTime()), BigInt(Date.now()), migration.name);
    },
    close: async () => void db.close(),
  };
}
