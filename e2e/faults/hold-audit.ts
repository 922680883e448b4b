import Database from 'better-sqlite3';
import pg from 'pg';
import { sqlitePath } from '../../lib/db-url';
import type { AppServer } from '../support/app-server';
import type { OwnDatabase } from './kill-helpers';

// Holds station edits between their two writes: the station row is updated
// in the edit's transaction, and its audit entry cannot be written yet. A kill
// then lands inside the transaction, not before or after it.
//   PostgreSQL: another session locks the audit table against inserts.
//   SQLite: one writer at a time, and it runs in the server's thread, so a
//   test-only trigger makes the audit insert compute for minutes; the server
//   stops answering while it does.

export type Hold = {
  /** Resolves true once `edits` edits are held mid-transaction (PostgreSQL) or the server is stuck in one (SQLite). */
  holding(edits: number): Promise<boolean>;
  release(): Promise<void>;
};

export async function holdAuditWrites(own: OwnDatabase, app: AppServer): Promise<Hold> {
  return own.provider === 'postgresql' ? pgHold(own.url) : sqliteHold(own.url, app);
}

async function pgHold(url: string): Promise<Hold> {
  const locker = new pg.Client({ connectionString: url });
  // Inside the locker's transaction pg_stat_activity would be a frozen snapshot.
  const watcher = new pg.Client({ connectionString: url });
  await Promise.all([locker.connect(), watcher.connect()]);
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE "AuditEntry" IN EXCLUSIVE MODE');
  return {
    holding: async (edits) => {
      const q = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO%AuditEntry%'`;
      return (await watcher.query<{ n: number }>(q)).rows[0]!.n >= edits;
    },
    release: async () => {
      await locker.query('ROLLBACK');
      await Promise.all([locker.end(), watcher.end()]);
    },
  };
}

async function sqliteHold(url: string, app: AppServer): Promise<Hold> {
  const file = sqlitePath(url);
  const conn = new Database(file);
  // 1000³ rows to count: minutes of work on any machine.
  conn.exec(`
    CREATE TABLE e2e_pad (x INTEGER);
    WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) INSERT INTO e2e_pad SELECT x FROM n;
    CREATE TRIGGER e2e_slow_audit BEFORE INSERT ON "AuditEntry" BEGIN
      SELECT count(*) FROM e2e_pad a, e2e_pad b, e2e_pad c WHERE a.x + b.x + c.x < 0;
    END;`);
  conn.close();
  const answers = () => fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
  return {
    holding: async () => !(await answers()),
    release: async () => {
      const c = new Database(file);
      c.exec('DROP TRIGGER e2e_slow_audit; DROP TABLE e2e_pad;');
      c.close();
    },
  };
}
