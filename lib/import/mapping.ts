import { z } from 'zod';
import { AMENITIES, ENTRY_MODES, KINDS, STATUSES } from '@/lib/stations/vocab';
import { COLUMNS, type Column, type HeaderChoices } from './headers';
import { IMPORT_LIMITS } from './limits';
import { normLabel, type ValueMap } from './vocab-labels';
import type { VocabField } from './vocab-synonyms';

// What the admin told the importer about a file: which column an unknown
// header is (or '-' to ignore it), and which code a word of the file's kinds,
// statuses, amenities or ways in stands for. One schema for the page's request and the
// command line's --map SRC=FIELD / --map-value kind:WORD=CODE flags.

const MAX_WORD = 100;
const VALUE_FIELDS: readonly VocabField[] = ['kind', 'status', 'amenity', 'entry'];
const MAX_VALUES = 200;
const word = z.string().trim().min(1, 'required').max(MAX_WORD, 'tooLong');
const capped = <T extends z.ZodType>(values: T) =>
  z.record(word, values).refine((r) => Object.keys(r).length <= MAX_VALUES, 'tooMany').optional();

export const mappingSchema = z.object({
  headers: z.record(z.string().trim().min(1, 'required').max(IMPORT_LIMITS.headerChars, 'tooLong'), z.enum([...COLUMNS, '-']))
    .refine((r) => Object.keys(r).length <= IMPORT_LIMITS.columns * 2, 'tooMany').optional(),
  values: z.object({
    kind: capped(z.enum(KINDS)), status: capped(z.enum(STATUSES)), amenity: capped(z.enum(AMENITIES)), entry: capped(z.enum(ENTRY_MODES)),
  }).optional(),
}).strict();
export type ImportMapping = z.infer<typeof mappingSchema>;

/** The query parameter: the mapping as JSON text. */
export const mappingParam = z.string().max(16_000, 'tooLong').transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'notJson' });
    return z.NEVER;
  }
}).pipe(mappingSchema);

/** The mapping in the form the reader uses: keys normalised as headers and words are compared. */
export function choicesOf(m: ImportMapping | undefined): { headers: HeaderChoices; values: ValueMap } {
  const headers = new Map<string, Column | '-'>(Object.entries(m?.headers ?? {}).map(([h, c]) => [normLabel(h), c]));
  const values: ValueMap = {};
  for (const field of VALUE_FIELDS) {
    values[field] = new Map(Object.entries(m?.values?.[field] ?? {}).map(([w, c]) => [normLabel(w), c as string]));
  }
  return { headers, values };
}

/** The command line's flags as a mapping, or the flag that is wrong. */
export function mappingFromArgs(argv: readonly string[]): { ok: true; mapping: ImportMapping } | { ok: false; error: string } {
  const headers: Record<string, string> = {};
  const values: Partial<Record<VocabField, Record<string, string>>> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag !== '--map' && flag !== '--map-value') continue;
    const given = argv[++i] ?? '';
    const eq = given.lastIndexOf('=');
    const [left, right] = eq > 0 ? [given.slice(0, eq), given.slice(eq + 1)] : ['', ''];
    if (!left || !right) return { ok: false, error: `${flag} ${given}: expected ${flag === '--map' ? 'SRC=FIELD' : 'kind:WORD=CODE'}` };
    if (flag === '--map') { headers[left] = right; continue; }
    const colon = left.indexOf(':');
    const field = left.slice(0, colon) as VocabField;
    if (colon < 0 || !VALUE_FIELDS.includes(field)) return { ok: false, error: `--map-value ${given}: start with kind:, status:, amenity: or entry:` };
    (values[field] ??= {})[left.slice(colon + 1)] = right;
  }
  const parsed = mappingSchema.safeParse({ headers, values });
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `${issue.path.map(String).join(' ')}: ${issue.message}` };
}
