// Synthetic benchmark data in a separate database (never the app's own):
//   npm run seed:bench -- --count 200000 [--db file:./data/bench.db]
// 70% of the points cluster around ~300 synthetic cities over mainland China,
// 30% are spread uniformly; the same seed always gives the same rows.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { countyAt, divisionRows } from '@/lib/divisions-data';
import {
  type Rng,
  amenitiesFor,
  mulberry32,
  openingHoursFor,
  phoneFor,
  verifiedAtFor,
  weighted,
} from '@/lib/sample-data-attributes';
import { SAMPLE_TOTALS } from '@/lib/sample-data-plan';
import type { Kind, Status } from '@/lib/stations/vocab';
import { applyMigrations } from './lib/migrate';
import { sqlitePath } from './lib/migrate-sqlite';
import { type SyntheticCity, pointNear, syntheticCities, uniformLandPoint } from './bench-geo';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return (i > 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

const KIND_STATUS = Object.entries(SAMPLE_TOTALS).flatMap(([kind, statuses]) =>
  Object.entries<number>(statuses).map(([status, n]) => [[kind as Kind, status as Status], n] as const),
);
const iso = (d: Date) => d.toISOString().replace('Z', '+00:00'); // as Prisma's SQLite adapter writes

function insertDivisions(db: Database.Database, cities: readonly SyntheticCity[]): void {
  const upsert = db.prepare(
    `INSERT INTO "Division" (code, name, level, cityCode, lat, lng) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level,
       cityCode = excluded.cityCode, lat = excluded.lat, lng = excluded.lng`,
  );
  db.transaction(() => {
    for (const d of divisionRows()) upsert.run(d.code, d.name, d.level, d.cityCode, d.lat, d.lng);
    // Synthetic cities stand in for counties: stations reference them directly.
    for (const c of cities) upsert.run(c.code, c.name, 'county', null, c.lat, c.lng);
  })();
}

function nearestCity(cities: readonly SyntheticCity[], lng: number, lat: number): SyntheticCity {
  let best = cities[0]!;
  let bestD = Infinity;
  for (const c of cities) {
    const d = (c.lng - lng) ** 2 + (c.lat - lat) ** 2;
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

function stationRow(n: number, rng: Rng, cities: readonly SyntheticCity[], cityWeights: [SyntheticCity, number][]) {
  const clustered = rng() < 0.7;
  const city = clustered ? weighted(rng, cityWeights) : null;
  const { lng, lat } = city ? pointNear(rng, city) : uniformLandPoint(rng);
  // Real Jiangxi counties where the point falls in one, else the nearest synthetic city.
  const countyCode = countyAt(lng, lat) ?? (city ?? nearestCity(cities, lng, lat)).code;
  const [kind, status] = weighted(rng, KIND_STATUS);
  const verified = iso(verifiedAtFor(rng));
  return [
    `bench-${String(n).padStart(7, '0')}`, `基准站点 ${n}`, kind, status, lat, lng, `基准路 ${n} 号`, countyCode,
    openingHoursFor(kind, rng), amenitiesFor(kind, rng), phoneFor('360100', rng), '基准总工会', 1,
    verified, verified, verified,
  ];
}

function insertStations(db: Database.Database, count: number, cities: readonly SyntheticCity[]): void {
  const insert = db.prepare(
    `INSERT INTO "Station" (id, name, kind, status, lat, lng, address, countyCode, openingHours, amenities,
       phone, operator, isSample, lastVerifiedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rng = mulberry32(20_260_101);
  const cityWeights = cities.map((c): [SyntheticCity, number] => [c, c.weight]);
  const batch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) insert.run(...stationRow(n + 1, rng, cities, cityWeights));
  });
  for (let from = 0; from < count; from += 20_000) batch(from, Math.min(count, from + 20_000));
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const count = Number(arg('--count', '200000'));
  const url = arg('--db', 'file:./data/bench.db');
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number, got ${count}`);
  if (sqlitePath(url) === sqlitePath(process.env.DATABASE_URL || 'file:./data/yizhan.db')) {
    throw new Error(`Refusing to write benchmark rows into the app database ${url}; pass --db file:./data/bench.db`);
  }
  const start = performance.now();
  await applyMigrations(url);
  const db = new Database(sqlitePath(url));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    const cities = syntheticCities();
    const removed = db.prepare(`DELETE FROM "Station" WHERE id LIKE 'bench-%'`).run().changes;
    insertDivisions(db, cities);
    insertStations(db, count, cities);
    db.prepare(`INSERT INTO "AppState" (key, value) VALUES ('dataVersion', ?)
      ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(String(Date.now()));
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`seed:bench: replaced ${removed} rows with ${count} stations, ${cities.length} synthetic cities in ${seconds} s (${url})`);
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
