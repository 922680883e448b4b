import 'server-only';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';
import type { ReviewItem } from './state';
import type { Grade } from './vocab';

// Reads of reviews: the public ones (published only, of stations not archived)
// and the admins' queue (scope is part of every query).

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const publicWhere = { status: 'published', station: { archivedAt: null } } as const;

/** A station's grade over its published reviews; null when it has none. */
export async function stationGrade(stationId: string): Promise<Grade | null> {
  const a = await db.review.aggregate({ where: { stationId, status: 'published' }, _avg: { stars: true }, _count: { _all: true } });
  return a._count._all > 0 && a._avg.stars !== null ? { stars: oneDecimal(a._avg.stars), count: a._count._all } : null;
}

/** Per county (the station's county when the review was written), the grade of its published reviews: for /stats. */
export async function countyGrades(): Promise<Map<string, { stars: number; count: number }>> {
  const rows = await db.review.groupBy({ by: ['countyCode'], where: publicWhere, _avg: { stars: true }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.countyCode, { stars: oneDecimal(r._avg.stars ?? 0), count: r._count._all }]));
}

export const PUBLIC_REVIEWS = 20;

/** The newest published reviews of a station, each with the union's reply, as the public sees them. */
export async function publishedReviews(stationId: string): Promise<ReviewItem[]> {
  const rows = await db.review.findMany({
    where: { stationId, status: 'published' },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: PUBLIC_REVIEWS,
    select: { id: true, stars: true, text: true, createdAt: true, reply: true, repliedAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), repliedAt: r.repliedAt?.toISOString() ?? null }));
}

export const REVIEW_PAGE_SIZE = 50;
const RECENT_PUBLISHED = 20;

const adminSelect = {
  id: true, stars: true, text: true, status: true, createdAt: true, decidedAt: true, decidedBy: true, reply: true, repliedAt: true, repliedBy: true,
  station: { select: { id: true, name: true, archivedAt: true, county: { select: { name: true } } } },
} as const;

/** Reviews waiting for moderation on stations in the admin's scope. */
export async function pendingReviewCount(admin: Admin): Promise<number> {
  return db.review.count({ where: { status: 'pending', station: stationScope(admin) } });
}

/** The moderation queue, oldest first (they have waited longest), one page. */
export async function pendingReviews(admin: Admin, page: number) {
  return db.review.findMany({
    where: { status: 'pending', station: stationScope(admin) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: adminSelect,
  });
}

/** The latest published reviews in scope, to answer. */
export async function recentlyPublished(admin: Admin) {
  return db.review.findMany({
    where: { status: 'published', station: stationScope(admin) },
    orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }],
    take: RECENT_PUBLISHED,
    select: adminSelect,
  });
}
export type QueueReview = Awaited<ReturnType<typeof pendingReviews>>[number];
