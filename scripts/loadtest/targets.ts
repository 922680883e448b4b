// Where each (database, station count) pair lives, and the stations the
// request mix is drawn from. Each count has its own SQLite file and its own
// PostgreSQL schema, so switching counts never reseeds and tests never clash.
import Database from 'better-sqlite3';
import { sqlitePath } from '../../lib/db-url';
import { connectPg } from '../bench/seed-pg';
import type { Db } from './options';

export type StationSample = { coords: Float64Array; ids: string[] };

export function postgresBaseUrl(): string {
  const url = process.env.LOADTEST_POSTGRES_URL || process.env.TEST_POSTGRES_URL;
  if (!url) {
    throw new Error('--db postgresql needs LOADTEST_POSTGRES_URL or TEST_POSTGRES_URL (postgresql://user:pass@host:5432/db)');
  }
  return url;
}

export function targetUrl(db: Db, count: number): string {
  if (db === 'sqlite') return `file:./data/loadtest-${count}.db`;
  const u = new URL(postgresBaseUrl());
  u.searchParams.set('schema', `yizhan_load_${count}`);
  return u.toString();
}

const STATIONS_SQL = `SELECT id, lng, lat FROM "Station" WHERE "archivedAt" IS NULL ORDER BY id`;
type Row = { id: string; lng: number; lat: number };

async function readStations(url: string): Promise<Row[]> {
  if (url.startsWith('file:')) {
    const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(STATIONS_SQL).all() as Row[];
    } finally {
      db.close();
    }
  }
  const client = await connectPg(url);
  try {
    return (await client.query<Row>(STATIONS_SQL)).rows;
  } finally {
    await client.end();
  }
}

/** Every station's coordinates (to follow the data's density) and ids for the station pages. */
export async function sampleStations(url: string, rng: () => number, idCount: number): Promise<StationSample> {
  const rows = await readStations(url);
  // The empty database: the same requests find nothing (an empty list, no clusters, the 404 page).
  if (rows.length === 0) return { coords: new Float64Array(0), ids: ['no-such-station'] };
  const coords = Float64Array.from(rows.flatMap((r) => [r.lng, r.lat]));
  const ids = Array.from({ length: idCount }, () => rows[Math.floor(rng() * rows.length)]!.id);
  return { coords, ids };
}
