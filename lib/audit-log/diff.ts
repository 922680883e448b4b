// Before/after values of an audit entry (JSON text) as a list of fields, for
// people to read. Values become plain strings: the page renders them as text,
// never as HTML.

/** A changed field, or (context) a field recorded only before, shown as it was. */
export type FieldChange = { field: string; before: string | null; after: string | null; context?: true };

type Parsed = { value: unknown } | null;

function parse(text: string | null): Parsed {
  if (text === null) return null;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { value: text };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value in words: null, absent or empty → null, arrays of plain values → "a, b", objects → JSON. */
export function showValue(v: unknown): string | null {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.map(String).join(', ');
  return JSON.stringify(v);
}

/** One level of nesting becomes dotted fields ("photo.mime"), which read better than JSON. */
function flatten(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = v2;
    else out[k] = v;
  }
  return out;
}

function recordChanges(b: Record<string, unknown> | null, a: Record<string, unknown> | null): FieldChange[] {
  const bo = flatten(b ?? {});
  const ao = flatten(a ?? {});
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    const before = showValue(bo[field]);
    const after = showValue(ao[field]);
    // Recorded before but not after (e.g. a report's text beside its new status): context, not a removal.
    if (b && a && !(field in ao)) {
      if (before !== null) out.push({ field, before, after: before, context: true });
    } else if (before !== after) out.push({ field, before, after });
  }
  return out;
}

export function fieldChanges(beforeText: string | null, afterText: string | null): FieldChange[] {
  const b = parse(beforeText);
  const a = parse(afterText);
  if (!b && !a) return [];
  const records = (!b || isRecord(b.value)) && (!a || isRecord(a.value));
  if (records) return recordChanges(b ? (b.value as Record<string, unknown>) : null, a ? (a.value as Record<string, unknown>) : null);
  const before = b ? showValue(b.value) : null;
  const after = a ? showValue(a.value) : null;
  return before === after ? [] : [{ field: '', before, after }];
}
