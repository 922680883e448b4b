import 'server-only';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';
import type { DecisionInput, ReportInput } from './schema';

/** The county of a station the public may report on (exists, not archived), or null. */
export async function reportableStation(stationId: string): Promise<{ countyCode: string } | null> {
  return db.station.findFirst({ where: { id: stationId, archivedAt: null }, select: { countyCode: true } });
}

export async function createReport(input: ReportInput, countyCode: string): Promise<void> {
  await db.report.create({ data: { stationId: input.stationId, countyCode, category: input.category, text: input.text } });
}

export type DecideResult = 'ok' | 'forbidden' | 'decided';

/**
 * Resolves or dismisses an open report of a station in the admin's scope, with
 * its audit entry in the same transaction. Scope is part of the query, so a
 * report outside it is indistinguishable from a missing one.
 */
export async function decideReport(admin: Admin, input: DecisionInput): Promise<DecideResult> {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({ where: { id: input.reportId, station: stationScope(admin) } });
    if (!report) return 'forbidden';
    const status = input.decision === 'resolve' ? 'resolved' : 'dismissed';
    const note = input.note || null;
    // Conditional on still being open: two admins deciding at once cannot both win.
    const updated = await tx.report.updateMany({
      where: { id: report.id, status: 'open' },
      data: { status, decidedAt: new Date(), decidedBy: admin.email, decisionNote: note },
    });
    if (updated.count === 0) return 'decided';
    await recordAudit(tx, admin, {
      action: input.decision === 'resolve' ? 'report_resolve' : 'report_dismiss',
      stationId: report.stationId,
      countyCode: report.countyCode,
      before: { reportId: report.id, status: report.status, category: report.category, text: report.text },
      after: { reportId: report.id, status },
      note,
    });
    return 'ok';
  });
}
