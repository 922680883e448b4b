// Station sets for the coverage bench, as the in-memory index the app builds:
// the sample data, the China-wide bench database, stations generated as
// seed:bench places them (no database needed), and extra stations in Jiangxi.
import { existsSync } from 'node:fs';
import { createPrismaClient } from '@/lib/db-client';
import { countyAt } from '@/lib/divisions-data';
import { hoursState } from '@/lib/hours';
import { generateSampleStations } from '@/lib/sample-data';
import { mulberry32 } from '@/lib/sample-data-attributes';
import { type IndexRow, StationIndex } from '@/lib/stations/station-index';
import { sqlitePath } from '../lib/migrate-sqlite';
import { stationBatches } from './seed-rows';

const oracle = {
  openNow: (h: string, now: Date) => hoursState(h, now).openNow,
  is24x7: (h: string) => hoursState(h, new Date()).is24x7,
};

export const indexOf = (rows: IndexRow[]) => new StationIndex(rows, oracle);

export function sampleRows(): IndexRow[] {
  return generateSampleStations().map((s) => ({
    id: s.id, name: s.name, kind: s.kind, status: s.status, lat: s.lat, lng: s.lng, address: s.address,
    countyCode: s.countyCode, amenities: s.amenities, openingHours: s.openingHours,
  }));
}

/** Rows as lib/stations/index-store.ts reads them (Prisma, portable), or null when the file is missing. */
export async function databaseRows(url: string): Promise<IndexRow[] | null> {
  if (!existsSync(sqlitePath(url))) return null;
  const db = createPrismaClient(url);
  try {
    return await db.station.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true, kind: true, status: true, lat: true, lng: true, address: true, countyCode: true, amenities: true, openingHours: true },
      orderBy: { id: 'asc' },
    });
  } finally {
    await db.$disconnect();
  }
}

const JIANGXI_BOX = { minLng: 113.5, minLat: 24.45, maxLng: 118.5, maxLat: 30.1 };

/** `count` stations in use, uniformly over Jiangxi's counties (rejection sampling), fixed seed. */
export function jiangxiRows(count: number, seed = 7): IndexRow[] {
  const rng = mulberry32(seed);
  const rows: IndexRow[] = [];
  const b = JIANGXI_BOX;
  while (rows.length < count) {
    const lng = b.minLng + rng() * (b.maxLng - b.minLng);
    const lat = b.minLat + rng() * (b.maxLat - b.minLat);
    const code = countyAt(lng, lat);
    if (!code) continue;
    const n = rows.length;
    rows.push({ id: `stress-${n}`, name: `s${n}`, kind: 'station', status: 'in_use', lat, lng, address: '', countyCode: code, amenities: '', openingHours: n % 3 ? '24/7' : 'Mo-Su 08:00-20:00' });
  }
  return rows;
}

/** One more station in use next to the first one in Jiangxi: a single edit, as an admin would make. */
export function withOneMore(rows: IndexRow[]): IndexRow[] {
  const first = rows.find((r) => r.status === 'in_use' && /^36\d{4}$/.test(r.countyCode)) ?? rows[0]!;
  return [...rows, { ...first, id: 'bench-extra', lat: first.lat + 0.004, lng: first.lng + 0.004 }];
}

/** The rows `npm run seed:bench` writes (same seed, same order), straight into the index. */
export function nationalRows(count: number): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const batch of stationBatches(count)) {
    for (const r of batch) {
      const [id, name, kind, status, lat, lng, address, countyCode, openingHours, amenities] = r as [string, string, string, string, number, number, string, string, string, string];
      rows.push({ id, name, kind, status, lat, lng, address, countyCode, amenities, openingHours });
    }
  }
  return rows;
}
