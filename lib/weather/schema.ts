import { z } from 'zod';
import { dropNul } from '@/lib/storable-text';
import type { Admin } from '@/lib/permissions/roles';
import { parseChinaLocal } from './china-time';
import { alertInScope } from './scope';
import { ALERT_NOTE_MAX, MAX_ALERT_DAYS, MAX_ALERT_LEAD_DAYS, WEATHER_KINDS } from './vocab';

// The alert form and the public alerts query. Messages are keys of the
// "weatherAdmin.errors" translations; the API names the field in English.

const DAY_MS = 86_400_000;
const lf = (s: string) => s.replace(/\r\n?/g, '\n');

const chinaTime = z.string().trim().transform((s, ctx) => parseChinaLocal(s) ?? (ctx.addIssue({ code: 'custom', message: 'time' }), z.NEVER));

/** An alert from the form of `admin` at `now`: a known region inside the scope, a period of at most 14 days not over yet. */
export function alertSchema(admin: Pick<Admin, 'role' | 'divisionCode'>, now: Date) {
  return z
    .object({
      kind: z.enum(WEATHER_KINDS, { message: 'kind' }),
      divisionCode: z.string({ message: 'division' }).trim().refine((c) => alertInScope(admin, c), 'outOfScope'),
      startsAt: chinaTime,
      endsAt: chinaTime,
      note: z.string().default('').transform((v) => dropNul(lf(v))).pipe(z.string().trim().max(ALERT_NOTE_MAX, 'noteTooLong')),
    })
    .superRefine((a, ctx) => {
      const span = a.endsAt.getTime() - a.startsAt.getTime();
      const issue = (path: 'startsAt' | 'endsAt', message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (span <= 0) issue('endsAt', 'endsBeforeStart');
      else if (span > MAX_ALERT_DAYS * DAY_MS) issue('endsAt', 'tooLong');
      if (a.endsAt.getTime() <= now.getTime()) issue('endsAt', 'ended');
      if (a.startsAt.getTime() > now.getTime() + MAX_ALERT_LEAD_DAYS * DAY_MS) issue('startsAt', 'tooFarAhead');
    });
}
export type AlertInput = z.infer<ReturnType<typeof alertSchema>>;
export type AlertField = keyof AlertInput;

const ERROR_KEYS = new Set(['kind', 'outOfScope', 'time', 'endsBeforeStart', 'tooLong', 'ended', 'tooFarAhead', 'noteTooLong']);

export type ReadAlert = { ok: true; data: AlertInput } | { ok: false; errors: Partial<Record<AlertField, string>> };

/** A submitted form: the data, or the first problem of each field as an error key. */
export function readAlert(admin: Pick<Admin, 'role' | 'divisionCode'>, raw: Record<string, unknown>, now: Date): ReadAlert {
  const parsed = alertSchema(admin, now).safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Partial<Record<AlertField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'kind') as AlertField;
    const fallback = field === 'divisionCode' ? 'outOfScope' : field === 'kind' ? 'kind' : field === 'note' ? 'noteTooLong' : 'time';
    errors[field] ??= ERROR_KEYS.has(issue.message) ? issue.message : fallback;
  }
  return { ok: false, errors };
}

const coordinate = (min: number, max: number) =>
  z.string().max(40, 'at most 40 characters').trim()
    .refine((s) => /^-?\d+(\.\d+)?$/.test(s), 'must be a decimal number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

/** GET /api/weather/alerts: every active alert, or (with lat and lng) those covering that point, the one that speaks for it first. */
export const alertsQuerySchema = z
  .object({
    lat: coordinate(-90, 90).optional().describe('With lng: only the alerts covering this point (WGS-84)'),
    lng: coordinate(-180, 180).optional().describe('With lat'),
  })
  .superRefine((q, ctx) => {
    if ((q.lat === undefined) !== (q.lng === undefined)) {
      ctx.addIssue({ code: 'custom', path: [q.lat === undefined ? 'lat' : 'lng'], message: 'required with the other coordinate' });
    }
  });
