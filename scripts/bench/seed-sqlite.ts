// Writes the benchmark rows (scripts/seed-bench.ts) into a SQLite file.
import Database from 'better-sqlite3';
import { divisionRows } from '@/lib/divisions-data';
import { sqlitePath } from '../lib/migrate-sqlite';
import type { StationBatches } from './seed-rows';

function insertDivisions(db: Database.Database): void {
  const upsert = db.prepare(
    `INSERT INTO "Division" (code, name, level, cityCode, lat, lng) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level,
       cityCode = excluded.cityCode, lat = excluded.lat, lng = excluded.lng`,
  );
  db.transaction(() => {
    for (const d of divisionRows()) upsert.run(d.code, d.name, d.level, d.cityCode, d.lat, d.lng);
    // Earlier versions of this seed made up cities 990001…: gone once no station names them.
    db.prepare(`DELETE FROM "Division" WHERE code LIKE '99%' AND code NOT IN (SELECT countyCode FROM "Station")`).run();
  })();
}

/** Replaces the bench-* stations; returns how many it removed. */
export function seedSqlite(url: string, batches: StationBatches): number {
  const db = new Database(sqlitePath(url));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    const removed = db.prepare(`DELETE FROM "Station" WHERE id LIKE 'bench-%'`).run().changes;
    insertDivisions(db);
    const insert = db.prepare(
      `INSERT INTO "Station" (id, name, kind, status, lat, lng, address, countyCode, openingHours, amenities,
         phone, operator, isSample, lastVerifiedAt, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertBatch = db.transaction((rows: unknown[][]) => {
      for (const row of rows) insert.run(...row);
    });
    for (const rows of batches) insertBatch(rows);
    db.prepare(`INSERT INTO "AppState" (key, value) VALUES ('dataVersion', ?)
      ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(String(Date.now()));
    return removed;
  } finally {
    db.close();
  }
}
