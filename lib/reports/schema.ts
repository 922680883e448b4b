import { z } from 'zod';
import { stationIdSchema } from '@/lib/stations/schema';
import { DECISION_NOTE_MAX, HONEYPOT_FIELD, REPORT_CATEGORIES, REPORT_TEXT_MAX } from './vocab';
import { dropNul } from '@/lib/storable-text';

// One schema per input, shared by the public form (its limits), the action and
// the tests. Messages are keys of the "reports.errors" translations.

const lf = (s: string) => s.replace(/\r\n?/g, '\n');
const locale = z.enum(['zh-CN', 'en']).catch('zh-CN');

export const reportSchema = z
  .object({
    stationId: stationIdSchema,
    category: z.enum(REPORT_CATEGORIES, { message: 'category' }),
    // Browsers send a textarea's line breaks as CRLF; its maxLength counts them as one.
    text: z.string().default('').transform((v) => dropNul(lf(v))).pipe(z.string().trim().max(REPORT_TEXT_MAX, 'textTooLong')),
    locale,
  })
  .refine((r) => r.category !== 'other' || r.text.length > 0, { path: ['text'], message: 'textRequired' });
export type ReportInput = z.infer<typeof reportSchema>;

export const decisionSchema = z.object({
  reportId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  // progress: received → in progress; resolve: answer; dismiss: reject (both with the reply, required by the form).
  decision: z.enum(['progress', 'resolve', 'dismiss']),
  note: z.string().default('').transform((v) => dropNul(lf(v))).pipe(z.string().trim().max(DECISION_NOTE_MAX, 'noteTooLong')),
  locale,
});
export type DecisionInput = z.infer<typeof decisionSchema>;

const ERROR_KEYS = new Set(['category', 'textTooLong', 'textRequired']);

export type ReportFieldErrors = Partial<Record<'stationId' | 'category' | 'text', string>>;

export type ReadReport =
  | { kind: 'ok'; data: ReportInput }
  | { kind: 'spam' }
  | { kind: 'invalid'; errors: ReportFieldErrors };

/** A filled honeypot means a bot: the caller answers as if it worked and stores nothing. */
export function isHoneypotFilled(raw: Record<string, unknown>): boolean {
  const v = raw[HONEYPOT_FIELD];
  return typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

/** Reads a submitted report form: spam first, then the schema's first problem per field. */
export function readReport(raw: Record<string, unknown>): ReadReport {
  if (isHoneypotFilled(raw)) return { kind: 'spam' };
  const parsed = reportSchema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', data: parsed.data };
  const errors: ReportFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'text') as keyof ReportFieldErrors;
    const key = field === 'stationId' ? 'station' : ERROR_KEYS.has(issue.message) ? issue.message : 'invalid';
    errors[field] ??= key;
  }
  return { kind: 'invalid', errors };
}
