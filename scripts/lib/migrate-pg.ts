import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pgSettings, quoteIdent } from '../../lib/db-url';
import type { MigrationFile, MigrationRecord, MigrationTarget } from './migrate';

// Byte for byte the statement Prisma's schema engine runs for PostgreSQL, so a
// database migrated here looks the same to `prisma migrate status`.
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

/** The key of Prisma's own `pg_advisory_lock`, so our runner and `prisma migrate` exclude each other. */
export const PRISMA_MIGRATE_LOCK = 72707369;

interface RecordRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

const TABLES_IN_SCHEMA = `SELECT table_name FROM information_schema.tables
  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;

export function openPostgresTarget(url: string): MigrationTarget {
  const s = pgSettings(url);
  const client = new pg.Client({ connectionString: s.connectionString, connectionTimeoutMillis: 10_000 });
  let connected = false;
  const connect = async () => {
    if (!connected) await client.connect();
    connected = true;
  };
  const tableNames = async () => (await client.query<{ table_name: string }>(TABLES_IN_SCHEMA)).rows.map((r) => r.table_name);

  return {
    locked: async (fn) => {
      await connect();
      await client.query('BEGIN');
      try {
        // Held to the end of the transaction; a second process waits here and
        // then re-reads what the first one recorded.
        await client.query('SELECT pg_advisory_xact_lock($1)', [PRISMA_MIGRATE_LOCK]);
        if (s.schema) {
          // Like `prisma migrate deploy`: the schema named in the URL is created when missing.
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(s.schema)}`);
          await client.query(`SET search_path TO ${quoteIdent(s.schema)}`);
        }
        const result = await fn();
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      }
    },
    hasMigrationsTable: async () => (await tableNames()).includes('_prisma_migrations'),
    userTableNames: async () => (await tableNames()).filter((n) => n !== '_prisma_migrations'),
    createMigrationsTable: async () => void (await client.query(CREATE_MIGRATIONS_TABLE)),
    records: async () => {
      const { rows } = await client.query<RecordRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at',
      );
      return rows.map(
        (r): MigrationRecord => ({
          name: r.migration_name,
          checksum: r.checksum,
          finished: r.finished_at !== null,
          rolledBack: r.rolled_back_at !== null,
        }),
      );
    },
    // One simple-protocol query runs the whole script inside our transaction.
    runScript: async (script) => void (await client.query(script)),
    recordFinished: async (migration: MigrationFile, startedAt: Date) => {
      await client.query(
        `INSERT INTO _prisma_migrations (id, checksum, started_at, finished_at, migration_name, applied_steps_count)
         VALUES ($1, $2, $3, clock_timestamp(), $4, 1)`,
        [randomUUID(), migration.checksum, startedAt, migration.name],
      );
    },
    close: async () => {
      if (connected) await client.end();
    },
  };
}
