import 'server-only';
import { db } from '@/lib/db';
import { CHINA_CODE } from '@/lib/divisions/catalog';
import { hoursState } from '@/lib/hours';
import { dataVersion } from '@/lib/stations/index-store';
import { chinaDivisions } from './divisions';
import { type PlaceCounty, type StationStats, byAmenity, byDivision, byHours24, byKindAndStatus, monthRange } from './stats-shape';

// Statistics straight from the database with Prisma group-bys (portable to
// PostgreSQL), so the page's tables are the database's own counts, for any
// region: all China, a province, a city or a county. Cached per data version
// and region (a few regions): any write anywhere bumps the version.

const g = globalThis as unknown as { yizhanStats?: { version: string; byRegion: Map<string, Promise<StationStats>> } };
type Where = NonNullable<NonNullable<Parameters<typeof db.station.count>[0]>['where']>;
const LIVE: Where = { archivedAt: null };
const MAX_REGIONS = 16;

/** The region's statistics; null for an unknown division code. */
export async function stationStats(region: string): Promise<StationStats | null> {
  if (!chinaDivisions.region(region)) return null;
  const version = await dataVersion();
  if (g.yizhanStats?.version !== version) g.yizhanStats = { version, byRegion: new Map() };
  const cache = g.yizhanStats.byRegion;
  let stats = cache.get(region);
  if (!stats) {
    stats = load(region);
    cache.set(region, stats);
    stats.catch(() => cache.delete(region));
    if (cache.size > MAX_REGIONS) cache.delete(cache.keys().next().value!);
  }
  return stats;
}

/** The region's counties, each with the part of the region it is counted under. */
export function regionPlaces(region: string): { counties: PlaceCounty[]; parts: ReturnType<typeof chinaDivisions.parts> } {
  const counties = chinaDivisions.counties(region).map((c) => ({
    code: c.code, name: c.name, nameEn: c.nameEn, partCode: chinaDivisions.partOf(c, region), parentName: c.cityName, parentNameEn: c.cityNameEn,
  }));
  return { counties, parts: chinaDivisions.parts(region) };
}

async function load(region: string): Promise<StationStats> {
  const { counties, parts } = regionPlaces(region);
  // All China also counts stations under codes that are no county (old benchmark rows) in its totals.
  const where: Where = region === CHINA_CODE ? LIVE : { ...LIVE, countyCode: { in: counties.map((c) => c.code) } };
  const grouped = await db.station.groupBy({ by: ['countyCode', 'kind', 'status'], where, _count: { _all: true } });
  const rows = grouped.map((r) => ({ countyCode: r.countyCode, kind: r.kind, status: r.status, n: r._count._all }));
  const inUseWhere = { ...where, status: 'in_use' };
  const [lists, hours] = await Promise.all([
    db.station.groupBy({ by: ['amenities'], where: inUseWhere, _count: { _all: true } }),
    db.station.groupBy({ by: ['countyCode', 'openingHours'], where: inUseWhere, _count: { _all: true } }),
  ]);
  const total = rows.reduce((s, r) => s + r.n, 0);
  const inUse = rows.filter((r) => r.status === 'in_use').reduce((s, r) => s + r.n, 0);
  const is24x7 = memo((h: string) => hoursState(h, new Date()).is24x7);
  return {
    region: chinaDivisions.region(region)!, total, inUse,
    ...byDivision(rows, counties, parts),
    ...byKindAndStatus(rows),
    amenities: byAmenity(lists.map((l) => ({ amenities: l.amenities, n: l._count._all })), inUse),
    hours24: byHours24(hours.map((h) => ({ countyCode: h.countyCode, openingHours: h.openingHours, n: h._count._all })), is24x7, counties, parts),
    months: await byMonth(where),
  };
}

async function byMonth(where: Where): Promise<StationStats['months']> {
  const span = await db.station.aggregate({ where, _min: { createdAt: true }, _max: { createdAt: true } });
  if (!span._min.createdAt || !span._max.createdAt) return [];
  const months = monthRange(span._min.createdAt, span._max.createdAt);
  // Older stations than the ten years shown go into the first month's count.
  const counts = await Promise.all(months.map((m, i) =>
    db.station.count({ where: { ...where, createdAt: i === 0 ? { lt: m.to } : { gte: m.from, lt: m.to } } })));
  return months.map((m, i) => ({ month: m.month, count: counts[i]! }));
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}
