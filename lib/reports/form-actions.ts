import 'server-only';
import type { Admin } from '@/lib/permissions/roles';
import { createReport, decideReport, reportableStation } from './mutations';
import { decisionSchema, readReport, type ReportFieldErrors } from './schema';
import { takeReportSlot } from './throttle';

// The report forms' work, apart from their actions (session, words,
// redirects) so that tests can drive them with any FormData.

export type SubmitOutcome =
  | { kind: 'done' }
  | { kind: 'invalid'; errors: ReportFieldErrors }
  | { kind: 'station' }
  | { kind: 'tooMany' | 'stationBusy'; waitS: number };

/** A public report from `ip`. A bot (filled honeypot) is told "done" and nothing is stored. */
export async function submitReportForm(form: FormData, ip: string): Promise<SubmitOutcome> {
  const read = readReport(Object.fromEntries(form));
  if (read.kind === 'spam') return { kind: 'done' };
  if (read.kind === 'invalid') return { kind: 'invalid', errors: read.errors };
  const station = await reportableStation(read.data.stationId);
  if (!station) return { kind: 'station' };
  const slot = await takeReportSlot(ip, read.data.stationId);
  if (slot.kind !== 'ok') return slot;
  await createReport(read.data, station.countyCode);
  return { kind: 'done' };
}

export type DecideOutcome = { error: 'badDecision' | 'forbidden' | 'alreadyDecided' } | { error: null; decision: 'resolve' | 'dismiss' };

/** Resolve or dismiss one report. Scope is checked in decideReport's query, whatever the form says. */
export async function decideReportForm(admin: Admin, form: FormData): Promise<DecideOutcome> {
  const parsed = decisionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: 'badDecision' };
  const result = await decideReport(admin, parsed.data);
  if (result === 'forbidden') return { error: 'forbidden' };
  if (result === 'decided') return { error: 'alreadyDecided' };
  return { error: null, decision: parsed.data.decision };
}
