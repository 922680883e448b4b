import { z } from 'zod';
import { validateHours } from '@/lib/hours';
import { dropNul } from '@/lib/storable-text';
import { serialiseServices } from './stored';
import { SERVICE_KINDS, SERVICE_LIMITS, type Service } from './vocab';

// A station's services as an admin (form rows) or an importer (a cell read
// into items) gives them. Messages are the station form's error codes
// (stationsAdmin.errors + services.errors); an issue's path is
// [row, field] with the row counted among all rows given, blank ones
// included, so the form can show it beside the row the admin sees.

const text = (v: unknown): string => (typeof v === 'string' ? dropNul(v).trim() : '');

/** Every field present, so a missing one is "required", not a type error. */
function allKeys(v: unknown): Record<string, unknown> {
  const r = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  return { kind: r.kind, schedule: r.schedule, note: r.note };
}

/** One service, validated like Station.openingHours; 'other' needs a note to say what it is. */
export const serviceSchema = z.preprocess(allKeys, z.object({
  kind: z.unknown().transform((v, ctx) => {
    const code = text(v);
    if (code === '') ctx.addIssue({ code: 'custom', message: 'required' });
    else if (!(SERVICE_KINDS as readonly string[]).includes(code)) ctx.addIssue({ code: 'custom', message: 'invalidChoice' });
    return code as Service['kind'];
  }),
  schedule: z.unknown().transform((v, ctx) => {
    const s = text(v);
    if (s === '') ctx.addIssue({ code: 'custom', message: 'required' });
    else if (s.length > SERVICE_LIMITS.schedule) ctx.addIssue({ code: 'custom', message: 'tooLong', params: { max: SERVICE_LIMITS.schedule } });
    else {
      const checked = validateHours(s);
      if (!checked.ok) ctx.addIssue({ code: 'custom', message: 'invalidHours', params: { detail: checked.message } });
    }
    return s;
  }),
  note: z.unknown().transform((v, ctx) => {
    const s = text(v);
    if (s.length > SERVICE_LIMITS.note) ctx.addIssue({ code: 'custom', message: 'tooLong', params: { max: SERVICE_LIMITS.note } });
    return s === '' ? null : s;
  }),
}).superRefine((s, ctx) => {
  if (s.kind === 'other' && s.note === null) ctx.addIssue({ code: 'custom', path: ['note'], message: 'serviceNoteRequired' });
}));

const MAX_ROWS = 4 * SERVICE_LIMITS.count;

/** A form row nobody filled in (the form always offers a few blank ones). */
function isBlank(row: unknown): boolean {
  if (!row || typeof row !== 'object') return row === undefined || row === null;
  const r = row as Record<string, unknown>;
  return text(r.schedule) === '' && text(r.note) === '' && text(r.kind) === '';
}

/** The list, blank rows left out; at most SERVICE_LIMITS.count. Absent (undefined) stays absent: "not said", which an edit leaves as stored. */
export const servicesSchema = z.array(z.unknown()).nullable().optional().transform((rows, ctx): Service[] | undefined => {
  if (rows === undefined) return undefined;
  // Blank rows aside, more than this is no form's doing: refused before any schedule is parsed.
  if ((rows?.length ?? 0) > MAX_ROWS) {
    ctx.addIssue({ code: 'custom', message: 'tooManyServices', params: { max: SERVICE_LIMITS.count } });
    return [];
  }
  const out: Service[] = [];
  (rows ?? []).forEach((row, i) => {
    if (isBlank(row)) return;
    const parsed = serviceSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [i, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
  });
  if (out.length > SERVICE_LIMITS.count) ctx.addIssue({ code: 'custom', message: 'tooManyServices', params: { max: SERVICE_LIMITS.count } });
  return out;
});

/** The stored text (Station.services) of a valid list. */
export const storedServicesSchema = servicesSchema.transform((list) => (list === undefined ? undefined : serialiseServices(list)));

/** The station form's service rows (components/admin/stations/services-editor.tsx): each row sends all three fields, so the nth of each belong together. */
export function servicesFromForm(form: FormData): Record<string, string>[] {
  const [kinds, schedules, notes] = (['serviceKind', 'serviceSchedule', 'serviceNote'] as const).map((k) => form.getAll(k).map(String));
  return schedules!.map((schedule, i) => ({ kind: kinds![i] ?? '', schedule, note: notes![i] ?? '' }));
}
