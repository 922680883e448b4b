import pg from 'pg';
import { pgSettings, quoteIdent } from '../../lib/db-url';

// Housekeeping on a PostgreSQL server for `start.ts --fresh` and the tests.

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the URL's database when it does not exist (needs the CREATEDB privilege then). */
export async function ensureDatabase(url: string): Promise<void> {
  const s = pgSettings(url);
  const maintenance = new URL(s.connectionString);
  maintenance.pathname = '/postgres';
  await withClient(maintenance.toString(), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [s.database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(s.database)}`);
  });
}

/**
 * Empties the URL's schema (`?schema=`, else public) by dropping and creating
 * it again, creating the database first when missing: a fresh start for tests.
 */
export async function resetPostgres(url: string): Promise<void> {
  await ensureDatabase(url);
  const s = pgSettings(url);
  const schema = quoteIdent(s.schema ?? 'public');
  await withClient(s.connectionString, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
  });
}
