import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pgSettings, quoteIdent } from '../../lib/db-url';

// PostgreSQL helpers for the schema engine (schema-sql.ts): a throwaway schema
// to replay migrations in, and a pool the engine can introspect through.

const PG_CHAR = 18;
const PG_TEXT = 25;

// The engine's catalogue queries return PostgreSQL's one-byte "char" columns
// (relkind, contype…), which adapter-pg cannot type ("Column type 'char' could
// not be deserialized"); they arrive as strings anyway, so call them text.
export function introspectionPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 1 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  const retyped = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  pool.query = retyped as typeof pool.query;
  return pool;
}

/** Runs `fn` with a URL to a new, empty schema on that server, dropped afterwards. */
export async function withThrowawaySchema<T>(serverUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `yizhan_shadow_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const url = new URL(serverUrl);
  url.searchParams.set('schema', name);
  const client = new pg.Client({ connectionString: pgSettings(serverUrl).connectionString });
  await client.connect();
  try {
    return await fn(url.toString());
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(name)} CASCADE`).finally(() => client.end());
  }
}
