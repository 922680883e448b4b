import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { sqlitePath } from '@/lib/db-url';

// SQLite through Prisma's better-sqlite3 adapter, which gives a process ONE
// connection. Its transactions are opened with BEGIN on that connection, so
// any statement another request sends meanwhile runs INSIDE the open
// transaction: it reads uncommitted rows, and its write is rolled back with the
// transaction (a sign-in's session row vanished when an account creation
// timed out). Here the connection serves one writer at a time: a statement
// outside a transaction waits for the open one to end, and plain reads go to
// a second connection, which in WAL mode sees the last commit and never waits.

/** How long a SQLite writer waits for another process's write lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

// The adapter opens transactions with a plain (deferred) BEGIN. A deferred
// transaction that reads and then writes cannot wait for a lock another
// process took meanwhile: SQLite fails it at once with SQLITE_BUSY_SNAPSHOT
// ("database is locked"), whatever the busy timeout. Writing first, a no-op
// on a table every migrated database has, takes the write lock up front as
// BEGIN IMMEDIATE would, so concurrent writers queue instead of failing.
const TAKE_WRITE_LOCK = { sql: 'UPDATE "_prisma_migrations" SET "id" = "id" WHERE 0', args: [], argTypes: [] };

/** First come, first served; `acquire` resolves with the function that lets the next one in. */
export class Turnstile {
  #tail: Promise<void> = Promise.resolve();

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = this.#tail;
    this.#tail = before.then(() => mine);
    await before;
    return release;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

const isRead = (q: SqlQuery) => /^\s*SELECT\b/i.test(q.sql);

function releasing(tx: Transaction, release: () => void): Transaction {
  let released = false;
  const once = () => {
    if (!released) release();
    released = true;
  };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'commit' || prop === 'rollback') return () => target[prop]().finally(once);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The writer connection taken one transaction or statement at a time; reads on `reader`. */
export function serialised(writer: SqlDriverAdapter, reader: SqlDriverAdapter): SqlDriverAdapter {
  const turn = new Turnstile();
  const startTransaction: SqlDriverAdapter['startTransaction'] = async (isolationLevel) => {
    const release = await turn.acquire();
    try {
      const tx = await writer.startTransaction(isolationLevel);
      try {
        await tx.executeRaw(TAKE_WRITE_LOCK);
      } catch (e) {
        await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => {});
        await tx.rollback();
        throw e;
      }
      return releasing(tx, release);
    } catch (e) {
      release();
      throw e;
    }
  };
  const own: Partial<SqlDriverAdapter> = {
    startTransaction,
    queryRaw: (q) => (isRead(q) ? reader.queryRaw(q) : turn.run(() => writer.queryRaw(q))),
    executeRaw: (q) => turn.run(() => writer.executeRaw(q)),
    executeScript: (s) => turn.run(() => writer.executeScript(s)),
    dispose: () => Promise.all([writer.dispose(), reader.dispose()]).then(() => undefined),
  };
  return new Proxy(writer, {
    get(target, prop) {
      if (prop in own) return own[prop as keyof SqlDriverAdapter];
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function sqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  // better-sqlite3's `timeout` is SQLite's busy_timeout.
  const inner = new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const writer = await inner.connect();
      // Readers never block the writer in WAL mode (the setting is kept in the file).
      await writer.executeScript('PRAGMA journal_mode = WAL');
      return serialised(writer, await inner.connect());
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}
