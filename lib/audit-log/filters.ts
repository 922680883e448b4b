import { z } from 'zod';
import type { AuditAction } from '@/lib/audit';
import { isKnownDivision } from '@/lib/divisions/catalog';

// The audit log's filters come from the URL (a GET form, so they work without
// JavaScript and can be shared). A bad value is reported by field and ignored.

export const AUDIT_ACTIONS = [
  'create', 'edit', 'verify', 'archive', 'restore', 'import', 'report_resolve', 'report_dismiss', 'complaint_progress',
  'review_publish', 'review_reject', 'review_reply',
  'account_create', 'account_disable', 'account_enable', 'account_rescope', 'account_sign_in_throttled',
  'password_change', 'password_reset', 'weather_alert_create', 'weather_alert_cancel',
] as const satisfies readonly AuditAction[];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00+08:00`)));

const fields = {
  action: z.enum(AUDIT_ACTIONS),
  actor: z.string().trim().min(1).max(200),
  station: z.string().trim().min(1).max(64),
  county: z.string().regex(/^\d{6}$/).refine(isKnownDivision),
  from: day,
  to: day,
};

export type AuditFilterField = keyof typeof fields;
export type AuditFilters = { [K in AuditFilterField]?: z.infer<(typeof fields)[K]> };
export type Cursor = { at: Date; id: string };

/** Filters from search params; each invalid one is named in `errors` and left out. */
export function parseAuditFilters(sp: Record<string, string | string[] | undefined>) {
  const filters: Record<string, unknown> = {};
  const errors: AuditFilterField[] = [];
  for (const key of Object.keys(fields) as AuditFilterField[]) {
    const raw = sp[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === '') continue;
    const parsed = fields[key].safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
    else errors.push(key);
  }
  const f = filters as AuditFilters;
  if (f.from && f.to && f.from > f.to) errors.push('to');
  return { filters: f, errors, cursor: decodeCursor(typeof sp.after === 'string' ? sp.after : undefined) };
}

/** Start of the day in China (the log is read there), and of the day after `to`. */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = new Date(`${from}T00:00:00+08:00`);
  if (to) range.lt = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000);
  return range;
}

export function encodeCursor(c: Cursor): string {
  return `${c.at.toISOString()}_${c.id}`;
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([\w-]{1,64})$/.exec(raw ?? '');
  if (!m) return null;
  const at = new Date(m[1]!);
  return Number.isNaN(at.getTime()) ? null : { at, id: m[2]! };
}

/** The filters as search params, for the next-page link. */
export function filterParams(f: AuditFilters, cursor?: Cursor): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, String(v));
  if (cursor) p.set('after', encodeCursor(cursor));
  return p;
}
