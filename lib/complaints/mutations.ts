import 'server-only';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { stationScope, type Admin } from '@/lib/permissions/roles';
import { complaintDueAt } from './due';
import { hashTrackToken, newTrackToken } from './token';
import { REPLY_MAX } from './vocab';

// A complaint's life: opened (with its due date and, for a sender who can
// follow it, a private token), marked in progress, then answered or rejected
// with a reply. Each admin step checks scope in its query, changes the row
// only if it is still where the step starts (two admins at once cannot both
// win) and writes its audit entry in the same transaction.

export type OpenComplaintInput = { stationId: string; countyCode: string; category: string; text: string; reviewId?: string; track: boolean };

/** Opens a complaint in the caller's transaction. `token` (when tracked) is shown to the sender once and stored only hashed. */
export async function openComplaint(
  tx: Prisma.TransactionClient, input: OpenComplaintInput, now: Date = new Date(),
): Promise<{ reportId: string; token: string | null }> {
  const token = input.track ? newTrackToken() : null;
  const { id } = await tx.report.create({
    data: {
      stationId: input.stationId, countyCode: input.countyCode, category: input.category, text: input.text,
      reviewId: input.reviewId ?? null, createdAt: now, dueAt: complaintDueAt(now, env.COMPLAINT_DAYS),
      trackHash: token ? hashTrackToken(token) : null,
    },
    select: { id: true },
  });
  return { reportId: id, token };
}

/** 'forbidden': no such complaint in the admin's scope; 'decided': someone got there first; 'invalid': no reply, or too long. */
export type TransitionResult = 'ok' | 'forbidden' | 'decided' | 'invalid';

const inScope = (tx: Prisma.TransactionClient, admin: Admin, reportId: string) =>
  tx.report.findFirst({
    where: { id: reportId, station: stationScope(admin) },
    select: { id: true, stationId: true, countyCode: true, status: true, progress: true, category: true, text: true },
  });

/** received → in_progress, on an open complaint. */
export async function markInProgress(admin: Admin, reportId: string, now: Date = new Date()): Promise<TransitionResult> {
  return db.$transaction(async (tx) => {
    const c = await inScope(tx, admin, reportId);
    if (!c) return 'forbidden';
    const updated = await tx.report.updateMany({
      where: { id: c.id, status: 'open', progress: 'received' },
      data: { progress: 'in_progress', progressAt: now },
    });
    if (updated.count === 0) return 'decided';
    await recordAudit(tx, admin, {
      action: 'complaint_progress', stationId: c.stationId, countyCode: c.countyCode,
      before: { reportId: c.id, progress: c.progress }, after: { reportId: c.id, progress: 'in_progress' },
    });
    return 'ok';
  });
}

async function decide(admin: Admin, reportId: string, status: 'resolved' | 'dismissed', reply: string, now: Date): Promise<TransitionResult> {
  const note = reply.trim();
  if (!note || note.length > REPLY_MAX) return 'invalid';
  return db.$transaction(async (tx) => {
    const c = await inScope(tx, admin, reportId);
    if (!c) return 'forbidden';
    const updated = await tx.report.updateMany({
      where: { id: c.id, status: 'open' },
      data: { status, decidedAt: now, decidedBy: admin.email, decisionNote: note },
    });
    if (updated.count === 0) return 'decided';
    await recordAudit(tx, admin, {
      action: status === 'resolved' ? 'report_resolve' : 'report_dismiss', stationId: c.stationId, countyCode: c.countyCode,
      before: { reportId: c.id, status: c.status, progress: c.progress, category: c.category, text: c.text },
      after: { reportId: c.id, status },
      note,
    });
    return 'ok';
  });
}

/** Answers an open complaint (status 'resolved'): the reply goes to the sender. */
export const answerComplaint = (admin: Admin, input: { reportId: string; reply: string }, now: Date = new Date()) =>
  decide(admin, input.reportId, 'resolved', input.reply, now);

/** Rejects an open complaint (status 'dismissed'), with the reason the sender will read. */
export const rejectComplaint = (admin: Admin, input: { reportId: string; reason: string }, now: Date = new Date()) =>
  decide(admin, input.reportId, 'dismissed', input.reason, now);
