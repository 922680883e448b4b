// Writes the benchmark rows (scripts/seed-bench.ts) into PostgreSQL. Each batch
// is one INSERT … SELECT FROM unnest(arrays): 16 parameters instead of 16 per
// row, so 200,000 rows take seconds rather than minutes.
import pg from 'pg';
import { divisionRows } from '@/lib/divisions-data';
import { pgSettings, quoteIdent } from '../../lib/db-url';
import type { StationBatches } from './seed-rows';

/** A client on the URL's schema (`?schema=`), as the app itself reads it. */
export async function connectPg(url: string): Promise<pg.Client> {
  const s = pgSettings(url);
  const client = new pg.Client({
    connectionString: s.connectionString, connectionTimeoutMillis: 10_000,
    ...(s.schema && { options: `-c search_path=${quoteIdent(s.schema)}` }),
  });
  await client.connect();
  return client;
}

const STATION_TYPES = [
  'text', 'text', 'text', 'text', 'float8', 'float8', 'text', 'text', 'text', 'text',
  'text', 'text', 'bool', 'timestamp', 'timestamp', 'timestamp',
];
const STATION_INSERT = `INSERT INTO "Station" (id, name, kind, status, lat, lng, address, "countyCode", "openingHours",
  amenities, phone, operator, "isSample", "lastVerifiedAt", "createdAt", "updatedAt")
  SELECT * FROM unnest(${STATION_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;

/** Rows to columns; SQLite's 1 for isSample becomes a boolean. */
function columns(rows: unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, c) => rows.map((r) => (STATION_TYPES[c] === 'bool' ? Boolean(r[c]) : r[c])));
}

async function upsertDivisions(client: pg.Client): Promise<void> {
  const rows = divisionRows().map((d) => [d.code, d.name, d.level, d.cityCode, d.lat, d.lng]);
  const cols = Array.from({ length: 6 }, (_, c) => rows.map((r) => r[c]));
  await client.query(
    `INSERT INTO "Division" (code, name, level, "cityCode", lat, lng)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[])
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
       "cityCode" = excluded."cityCode", lat = excluded.lat, lng = excluded.lng`,
    cols,
  );
  // Earlier versions of this seed made up cities 990001…: gone once no station names them.
  await client.query(`DELETE FROM "Division" WHERE code LIKE '99%' AND code NOT IN (SELECT "countyCode" FROM "Station")`);
}

/** Replaces the bench-* stations in one transaction; returns how many it removed. */
export async function seedPostgres(url: string, batches: StationBatches): Promise<number> {
  const client = await connectPg(url);
  try {
    await client.query('BEGIN');
    const removed = (await client.query(`DELETE FROM "Station" WHERE id LIKE 'bench-%'`)).rowCount ?? 0;
    await upsertDivisions(client);
    for (const rows of batches) await client.query(STATION_INSERT, columns(rows, STATION_TYPES.length));
    await client.query(
      `INSERT INTO "AppState" (key, value) VALUES ('dataVersion', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [String(Date.now())],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE "Station"'); // fresh statistics, or the first queries plan for an empty table
    return removed;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

/** Live benchmark rows, or -1 when the schema or its tables do not exist yet. */
export async function pgBenchCount(url: string): Promise<number> {
  const client = await connectPg(url);
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT COUNT(*) AS n FROM "Station" WHERE id LIKE 'bench-%' AND "archivedAt" IS NULL`,
    );
    return Number(rows[0]!.n);
  } catch {
    return -1; // no Station table: never migrated
  } finally {
    await client.end();
  }
}
