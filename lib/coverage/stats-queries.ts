import 'server-only';
import { db } from '@/lib/db';
import { cities, counties } from '@/lib/divisions-data';
import { hoursState } from '@/lib/hours';
import { dataVersion } from '@/lib/stations/index-store';
import { byAmenity, byDivision, byHours24, byKindAndStatus, monthRange, type StationStats } from './stats-shape';

// Statistics straight from the database with Prisma group-bys (portable to
// PostgreSQL), so the page's tables are the database's own counts. Cached per
// data version: any write anywhere bumps it.

const g = globalThis as unknown as { yizhanStats?: { version: string; stats: Promise<StationStats> } };
const LIVE = { archivedAt: null };

export async function stationStats(): Promise<StationStats> {
  const version = await dataVersion();
  if (g.yizhanStats?.version !== version) {
    const stats = load();
    g.yizhanStats = { version, stats };
    stats.catch(() => (g.yizhanStats = undefined));
  }
  return g.yizhanStats!.stats;
}

async function load(): Promise<StationStats> {
  const grouped = await db.station.groupBy({ by: ['countyCode', 'kind', 'status'], where: LIVE, _count: { _all: true } });
  const rows = grouped.map((r) => ({ countyCode: r.countyCode, kind: r.kind, status: r.status, n: r._count._all }));
  const inUseWhere = { ...LIVE, status: 'in_use' };
  const [lists, hours] = await Promise.all([
    db.station.groupBy({ by: ['amenities'], where: inUseWhere, _count: { _all: true } }),
    db.station.groupBy({ by: ['countyCode', 'openingHours'], where: inUseWhere, _count: { _all: true } }),
  ]);
  const total = rows.reduce((s, r) => s + r.n, 0);
  const inUse = rows.filter((r) => r.status === 'in_use').reduce((s, r) => s + r.n, 0);
  const is24x7 = memo((h: string) => hoursState(h, new Date()).is24x7);
  return {
    total, inUse,
    ...byDivision(rows, counties, cities),
    ...byKindAndStatus(rows),
    amenities: byAmenity(lists.map((l) => ({ amenities: l.amenities, n: l._count._all })), inUse),
    hours24: byHours24(hours.map((h) => ({ countyCode: h.countyCode, openingHours: h.openingHours, n: h._count._all })), is24x7, counties, cities),
    months: await byMonth(),
  };
}

async function byMonth(): Promise<StationStats['months']> {
  const span = await db.station.aggregate({ where: LIVE, _min: { createdAt: true }, _max: { createdAt: true } });
  if (!span._min.createdAt || !span._max.createdAt) return [];
  const months = monthRange(span._min.createdAt, span._max.createdAt);
  // Older stations than the ten years shown go into the first month's count.
  const counts = await Promise.all(months.map((m, i) =>
    db.station.count({ where: { ...LIVE, createdAt: i === 0 ? { lt: m.to } : { gte: m.from, lt: m.to } } })));
  return months.map((m, i) => ({ month: m.month, count: counts[i]! }));
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}
