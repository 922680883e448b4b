import 'server-only';
import { complaintDueAt } from '@/lib/complaints/due';
import { answerComplaint, markInProgress, rejectComplaint, type TransitionResult } from '@/lib/complaints/mutations';
import { newTrackToken } from '@/lib/complaints/token';
import { env } from '@/lib/env';
import type { Admin } from '@/lib/permissions/roles';
import { createReport, reportableStation } from './mutations';
import { decisionSchema, readReport, type DecisionInput, type ReportFieldErrors } from './schema';
import { takeReportSlot } from './throttle';

// The report forms' work, apart from their actions (session, words,
// redirects) so that tests can drive them with any FormData.

export type SubmitOutcome =
  | { kind: 'done'; token: string; dueAt: Date }
  | { kind: 'invalid'; errors: ReportFieldErrors }
  | { kind: 'station' }
  | { kind: 'tooMany' | 'stationBusy'; waitS: number };

/**
 * A public report from `ip`: a complaint with a due date and a private link. A bot (filled honeypot)
 * is told "done", with a link that opens nothing, so that it cannot tell; nothing is stored.
 */
export async function submitReportForm(form: FormData, ip: string, now: Date = new Date()): Promise<SubmitOutcome> {
  const dueAt = complaintDueAt(now, env.COMPLAINT_DAYS);
  const read = readReport(Object.fromEntries(form));
  if (read.kind === 'spam') return { kind: 'done', token: newTrackToken(), dueAt };
  if (read.kind === 'invalid') return { kind: 'invalid', errors: read.errors };
  const station = await reportableStation(read.data.stationId);
  if (!station) return { kind: 'station' };
  const slot = await takeReportSlot(ip, read.data.stationId);
  if (slot.kind !== 'ok') return slot;
  return { kind: 'done', token: await createReport(read.data, station.countyCode, now), dueAt };
}

export type DecideOutcome =
  | { error: 'badDecision' | 'replyRequired' | 'forbidden' | 'alreadyDecided' }
  | { error: null; decision: DecisionInput['decision'] };

function step(admin: Admin, { reportId, decision, note }: DecisionInput): Promise<TransitionResult> {
  if (decision === 'progress') return markInProgress(admin, reportId);
  if (decision === 'resolve') return answerComplaint(admin, { reportId, reply: note });
  return rejectComplaint(admin, { reportId, reason: note });
}

/**
 * One step of a complaint: in progress, answer or reject (the last two need the reply the sender
 * will read). Scope is checked in the step's query, whatever the form says.
 */
export async function decideReportForm(admin: Admin, form: FormData): Promise<DecideOutcome> {
  const parsed = decisionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: 'badDecision' };
  if (parsed.data.decision !== 'progress' && !parsed.data.note) return { error: 'replyRequired' };
  const result = await step(admin, parsed.data);
  if (result === 'forbidden') return { error: 'forbidden' };
  if (result === 'decided') return { error: 'alreadyDecided' };
  if (result === 'invalid') return { error: 'replyRequired' };
  return { error: null, decision: parsed.data.decision };
}
