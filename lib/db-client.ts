import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { pgSettings, providerOf, quoteIdent, sqlitePath } from '@/lib/db-url';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PgPrismaClient } from '@/lib/generated/prisma-pg/client';

// Shared by the app (lib/db.ts), the scripts and the e2e fixtures, which may
// not import 'server-only'. The URL alone picks the database. Prisma 7
// generates one client per provider; both are typed as the SQLite one, whose
// API is the common subset (provider-only options go through lib/db-filters.ts).

/** How long a SQLite writer waits for another process's write lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

// The adapter opens transactions with a plain (deferred) BEGIN. A deferred
// transaction that reads and then writes cannot wait for a lock another
// process took meanwhile: SQLite fails it at once with SQLITE_BUSY_SNAPSHOT
// ("database is locked"), whatever the busy timeout. Writing first, a no-op
// on a table every migrated database has, takes the write lock up front as
// BEGIN IMMEDIATE would, so concurrent writers queue instead of failing.
const TAKE_WRITE_LOCK = { sql: 'UPDATE "_prisma_migrations" SET "id" = "id" WHERE 0', args: [], argTypes: [] };

function withWriteLockFirst(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction: SqlDriverAdapter['startTransaction'] = async (isolationLevel) => {
    const tx = await adapter.startTransaction(isolationLevel);
    try {
      await tx.executeRaw(TAKE_WRITE_LOCK);
    } catch (e) {
      await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => {});
      await tx.rollback();
      throw e;
    }
    return tx;
  };
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === 'startTransaction') return startTransaction;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function sqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  // better-sqlite3's `timeout` is SQLite's busy_timeout.
  const inner = new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      // Readers never block the writer in WAL mode (the setting is kept in the file).
      await adapter.executeScript('PRAGMA journal_mode = WAL');
      return withWriteLockFirst(adapter);
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}

function postgresAdapter(url: string): PrismaPg {
  const s = pgSettings(url);
  return new PrismaPg(
    {
      connectionString: s.connectionString,
      max: s.poolSize,
      // Prisma qualifies its own queries with the schema; raw ones (readiness) need the path.
      ...(s.schema && { options: `-c search_path=${quoteIdent(s.schema)}` }),
      // Fail fast while the server is down (the API answers 503) instead of
      // queueing requests; broken connections are dropped and replaced.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
    {
      schema: s.schema,
      onPoolError: (err) => console.warn(`database connection lost: ${err.message}`),
    },
  );
}

export function createPrismaClient(url: string): PrismaClient {
  if (providerOf(url) === 'postgresql') {
    return new PgPrismaClient({ adapter: postgresAdapter(url) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}
