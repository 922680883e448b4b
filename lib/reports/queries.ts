import 'server-only';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';

/** Open complaints (public problem reports, low reviews, stations said to be gone) on stations in the admin's scope. */
export async function openReportCount(admin: Admin): Promise<number> {
  return db.report.count({ where: { status: 'open', station: stationScope(admin) } });
}

export const QUEUE_PAGE_SIZE = 50;
const RECENT_DECIDED = 20;

const select = {
  id: true, category: true, text: true, status: true, createdAt: true, decidedAt: true, decidedBy: true, decisionNote: true,
  progress: true, progressAt: true, dueAt: true,
  station: { select: { id: true, name: true, archivedAt: true, county: { select: { name: true } } } },
} as const;

/** The moderation queue: open reports in scope (oldest first, they have waited longest), one page. */
export async function openReports(admin: Admin, page: number) {
  return db.report.findMany({
    where: { status: 'open', station: stationScope(admin) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
    select,
  });
}

/** The latest decisions in scope, shown below the queue. */
export async function recentlyDecided(admin: Admin) {
  return db.report.findMany({
    where: { status: { in: ['resolved', 'dismissed'] }, station: stationScope(admin) },
    orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }],
    take: RECENT_DECIDED,
    select,
  });
}

export type QueueReport = Awaited<ReturnType<typeof openReports>>[number];
