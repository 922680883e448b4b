import type { ImportMapping } from '@/lib/import/mapping';

// The admin's header and value choices, kept in this browser (localStorage)
// for the next file: a union sends the same kind of list every month. Kept per
// browser, not per account, so nothing new is stored on the server; keys are
// the headers and words as the file wrote them (the server compares them
// normalised). Capped so the request's query stays small.

const KEY = 'yizhan.import.mapping';
const MAX_ENTRIES = 100;
// Chinese text is 9 bytes a character once URL-encoded: 1,200 characters stay well inside a request line.
const MAX_CHARS = 1_200;

type Values = NonNullable<ImportMapping['values']>;

export function loadMapping(): ImportMapping {
  try {
    const m = JSON.parse(localStorage.getItem(KEY) ?? '{}') as ImportMapping;
    return typeof m === 'object' && m !== null ? fit(m) : {};
  } catch {
    return {};
  }
}

// Newest last: a record past the cap loses its oldest entries.
function capped<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).slice(-MAX_ENTRIES));
}

/** Merges choices into what is remembered ('' forgets a choice) and returns the result. */
export function rememberMapping(headers: Record<string, string>, values: { field: keyof Values; value: string; code: string }[]): ImportMapping {
  const old = loadMapping();
  const h: Record<string, string> = { ...old.headers };
  for (const [header, column] of Object.entries(headers)) {
    delete h[header];
    if (column) h[header] = column;
  }
  const v: Record<string, Record<string, string>> = {
    kind: { ...old.values?.kind }, status: { ...old.values?.status }, amenity: { ...old.values?.amenity }, entry: { ...old.values?.entry },
  };
  for (const { field, value, code } of values) {
    delete v[field]![value];
    if (code) v[field]![value] = code;
  }
  const kept = { kind: capped(v.kind!), status: capped(v.status!), amenity: capped(v.amenity!), entry: capped(v.entry!) };
  const next = fit({ headers: capped(h), values: kept } as ImportMapping);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or off: the choices still apply to this dry run.
  }
  return next;
}

/** Drops the oldest choices of the longest list until the mapping fits in a request. */
function fit(m: ImportMapping): ImportMapping {
  const lists = [m.headers ?? {}, m.values?.kind ?? {}, m.values?.status ?? {}, m.values?.amenity ?? {}, m.values?.entry ?? {}] as Record<string, string>[];
  while (JSON.stringify(m).length > MAX_CHARS) {
    const longest = lists.reduce((a, b) => (Object.keys(b).length > Object.keys(a).length ? b : a));
    const oldest = Object.keys(longest)[0];
    if (oldest === undefined) break;
    delete longest[oldest];
  }
  return m;
}

export function forgetMapping(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing remembered
  }
}

/** The remembered value choices, for the preview to show what was applied without asking. */
export function rememberedValues(m: ImportMapping): { field: keyof Values; value: string; code: string }[] {
  return (['kind', 'status', 'amenity', 'entry'] as const).flatMap((field) => Object.entries(m.values?.[field] ?? {}).map(([value, code]) => ({ field, value, code: String(code) })));
}
