import 'server-only';
import { db } from '@/lib/db';
import { bboxAround } from '@/lib/geo/distance';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { stationIdSchema } from '@/lib/stations/schema';
import { countiesNear, DUPLICATE_RADIUS_M, findDuplicates, type Duplicate, type Target } from './duplicates';
import { PAGE_SIZE, type ListQuery } from './list-query';
import { listWhere } from './list-where';
import { inScope } from './scope';

// Reads for the admin pages. Every read that takes an id checks the scope
// against the stored row, never against anything the browser sent.

const LIST_SELECT = {
  id: true, name: true, countyCode: true, kind: true, status: true, lastVerifiedAt: true, updatedAt: true, archivedAt: true,
} as const;
export type ListRow = Prisma.StationGetPayload<{ select: typeof LIST_SELECT }>;


// Keyset pagination: rows after the cursor row in (county, sort key, id)
// order. Done by hand rather than with Prisma's `cursor`, which compares NULL
// keys (never verified) wrongly; the same SQL runs on SQLite and PostgreSQL.
type Cursor = { id: string; countyCode: string; name: string; lastVerifiedAt: Date | null };
function afterInCounty(q: ListQuery, c: Cursor): Prisma.StationWhereInput[] {
  if (q.sort === 'name') return [{ name: { gt: c.name } }, { name: c.name, id: { gt: c.id } }];
  if (c.lastVerifiedAt === null) return [{ lastVerifiedAt: null, id: { gt: c.id } }, { lastVerifiedAt: { not: null } }];
  return [{ lastVerifiedAt: { gt: c.lastVerifiedAt } }, { lastVerifiedAt: c.lastVerifiedAt, id: { gt: c.id } }];
}
function afterCursor(q: ListQuery, c: Cursor): Prisma.StationWhereInput {
  return { OR: [{ countyCode: { gt: c.countyCode } }, { countyCode: c.countyCode, OR: afterInCounty(q, c) }] };
}

// County first: the order of the (archivedAt, countyCode, name) index, so a
// page is a short index walk even across the whole province; within one
// county (a county admin, or the county filter) it is simply by name or by
// last verified (never verified first, then the longest unverified).
const ORDER: Record<ListQuery['sort'], Prisma.StationOrderByWithRelationInput[]> = {
  name: [{ countyCode: 'asc' }, { name: 'asc' }, { id: 'asc' }],
  verified: [{ countyCode: 'asc' }, { lastVerifiedAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
};

export async function listStations(admin: Admin, q: ListQuery): Promise<{ rows: ListRow[]; next: string | null; total: number | null }> {
  const where = listWhere(admin, q);
  const cursor = q.after
    ? await db.station.findUnique({ where: { id: q.after }, select: { id: true, countyCode: true, name: true, lastVerifiedAt: true } })
    : null;
  const rows = await db.station.findMany({
    where: cursor ? { AND: [where, afterCursor(q, cursor)] } : where,
    orderBy: ORDER[q.sort], take: PAGE_SIZE + 1, select: LIST_SELECT,
  });
  const more = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  // Counting is cheap within one county (the index's prefix) and without a text search.
  const oneCounty = Boolean(q.county) || admin.role === 'county';
  const total = oneCounty && !q.q ? await db.station.count({ where }) : null;
  return { rows: page, next: more ? (page[page.length - 1]?.id ?? null) : null, total };
}

/** The station, if it exists and lies in the admin's scope; null otherwise (the caller answers "not found"). */
export async function stationForAdmin(admin: Admin, rawId: unknown) {
  const id = stationIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const row = await db.station.findUnique({ where: { id: id.data } });
  return row && inScope(admin, row.countyCode) ? row : null;
}

export async function stationHistory(stationId: string, take = 200) {
  return db.auditEntry.findMany({ where: { stationId }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take });
}

/** Who made the latest create or edit, for the conflict message. */
export async function lastEdit(stationId: string) {
  return db.auditEntry.findFirst({
    where: { stationId, action: { in: ['create', 'edit'] } }, orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { actorEmail: true, at: true },
  });
}

const CANDIDATE = { id: true, name: true, lat: true, lng: true, countyCode: true } as const;

/** Other non-archived stations within 50 m, or of the same name in the same county. */
export async function duplicatesOf(target: Target): Promise<Duplicate[]> {
  const box = bboxAround(target.lat, target.lng, DUPLICATE_RADIUS_M);
  const [near, named] = await Promise.all([
    db.station.findMany({
      where: {
        archivedAt: null, countyCode: { in: countiesNear(target.lng, target.lat) },
        lat: { gte: box.minLat, lte: box.maxLat }, lng: { gte: box.minLng, lte: box.maxLng },
      },
      select: CANDIDATE, take: 50,
    }),
    db.station.findMany({ where: { archivedAt: null, countyCode: target.countyCode, name: target.name }, select: CANDIDATE, take: 20 }),
  ]);
  return findDuplicates(target, [...near, ...named]).slice(0, 10);
}
