import 'server-only';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';
import { hashTrackToken, trackTokenSchema } from './token';
import { complaintStage, type ComplaintStage } from './vocab';

/** What the sender's private page shows: their complaint and the union's reply, nothing about anyone else (no admin's name). */
export type TrackedComplaint = {
  station: { id: string; name: string; live: boolean };
  category: string; text: string; stage: ComplaintStage;
  receivedAt: Date; dueAt: Date | null; progressAt: Date | null; decidedAt: Date | null; reply: string | null;
};

/** The complaint a private token opens; null for a malformed or unknown token (the page says 404 either way). */
export async function complaintByToken(token: string): Promise<TrackedComplaint | null> {
  if (!trackTokenSchema.safeParse(token).success) return null;
  const r = await db.report.findUnique({
    where: { trackHash: hashTrackToken(token) },
    select: {
      category: true, text: true, status: true, progress: true, createdAt: true, dueAt: true, progressAt: true, decidedAt: true, decisionNote: true,
      station: { select: { id: true, name: true, archivedAt: true } },
    },
  });
  if (!r) return null;
  const stage = complaintStage(r);
  return {
    station: { id: r.station.id, name: r.station.name, live: r.station.archivedAt === null },
    category: r.category, text: r.text, stage, receivedAt: r.createdAt, dueAt: r.dueAt, progressAt: r.progressAt,
    decidedAt: stage === 'answered' || stage === 'rejected' ? r.decidedAt : null,
    reply: stage === 'answered' || stage === 'rejected' ? r.decisionNote : null,
  };
}

const overdueWhere = (admin: Admin, now: Date) => ({ status: 'open', dueAt: { lt: now }, station: stationScope(admin) });

/** Open complaints past their due date on stations in the admin's scope. */
export async function overdueCount(admin: Admin, now: Date = new Date()): Promise<number> {
  return db.report.count({ where: overdueWhere(admin, now) });
}

export const OVERDUE_LIST_MAX = 100;

/** The overdue complaints in scope, longest overdue first (at most OVERDUE_LIST_MAX; the count says how many in all). */
export async function overdueComplaints(admin: Admin, now: Date = new Date()) {
  return db.report.findMany({
    where: overdueWhere(admin, now),
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    take: OVERDUE_LIST_MAX,
    select: {
      id: true, category: true, progress: true, createdAt: true, dueAt: true, countyCode: true,
      station: { select: { id: true, name: true, county: { select: { name: true } } } },
    },
  });
}

export type OverdueComplaint = Awaited<ReturnType<typeof overdueComplaints>>[number];
