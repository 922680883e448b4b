import type { Prisma } from '@/lib/generated/prisma/client';
import type { Client } from '@/lib/import/classify';
import type { ExportStation } from './cells';

// Stations for an export, read in id order a page at a time so memory stays
// bounded whatever the count. Each page's confirmations and grades are read
// for the whole page at once (the grades in parts: SQLite's parameter limit),
// never one query per station.

const PAGE = 1000;
const SELECT = {
  id: true, externalId: true, name: true, kind: true, status: true, address: true, lng: true, lat: true, countyCode: true,
  openingHours: true, amenities: true, phone: true, operator: true, notes: true, entry: true, entryNote: true, services: true,
} as const;
// SQLite takes at most 999 parameters a statement. Prisma splits a findMany's `in` list itself, not a groupBy's.
const IN_LIST = 500;
type Row = Omit<ExportStation, 'lastConfirmedAt' | 'grade'>;

function publishedGrades(client: Client, ids: string[]) {
  const parts = Array.from({ length: Math.ceil(ids.length / IN_LIST) }, (_, i) => ids.slice(i * IN_LIST, (i + 1) * IN_LIST));
  return Promise.all(parts.map((part) => client.review.groupBy({
    by: ['stationId'], where: { stationId: { in: part }, status: 'published' }, _avg: { stars: true }, _count: { _all: true },
  }))).then((r) => r.flat());
}

/** The page's stations with what workers say of them: the newest "open" and the grade of the published reviews. */
async function withTrust(client: Client, page: Row[]): Promise<ExportStation[]> {
  const ids = page.map((s) => s.id);
  const [signals, grades] = await Promise.all([
    client.stationSignal.findMany({ where: { stationId: { in: ids } }, select: { stationId: true, lastOpenAt: true } }),
    publishedGrades(client, ids),
  ]);
  const opened = new Map(signals.map((x) => [x.stationId, x.lastOpenAt]));
  const graded = new Map(grades.map((g) => [g.stationId, g]));
  return page.map((s) => {
    const g = graded.get(s.id);
    const grade = g && g._count._all > 0 && g._avg.stars !== null ? { stars: g._avg.stars, count: g._count._all } : null;
    return { ...s, lastConfirmedAt: opened.get(s.id) ?? null, grade };
  });
}

export async function* stationsWhere(client: Client, where: Prisma.StationWhereInput): AsyncIterable<ExportStation> {
  let after: string | null = null;
  for (;;) {
    const page: Row[] = await client.station.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where, orderBy: { id: 'asc' }, take: PAGE, select: SELECT,
    });
    if (page.length) yield* await withTrust(client, page);
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}
