// The hours editor's model: rows of (weekdays, from, to), written as one OSM
// `opening_hours` string where each weekday appears in exactly one rule, so
// no later rule silently overrides an earlier one. Pure and client-safe.

export type HoursRow = { days: boolean[]; from: string; to: string };

export const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export const ALWAYS = '24/7';
const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

export function newRow(days: number[] = [0, 1, 2, 3, 4], from = '08:00', to = '18:00'): HoursRow {
  return { days: OSM_DAYS.map((_, i) => days.includes(i)), from, to };
}

/** "Mo-Fr", "Mo,We", "Sa-Su": runs of two or more days as ranges. */
export function daySpec(days: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs.map(([a, b]) => (a === b ? OSM_DAYS[a] : `${OSM_DAYS[a]}-${OSM_DAYS[b]}`)).join(',');
}

/** A row counts when it has a day and two different valid times. */
export function rowIsComplete(r: HoursRow): boolean {
  return r.days.some(Boolean) && TIME.test(r.from) && TIME.test(r.to) && r.from !== r.to && r.from !== '24:00';
}

export function buildHours(rows: readonly HoursRow[]): string {
  const perDay: string[][] = OSM_DAYS.map(() => []);
  for (const r of rows.filter(rowIsComplete)) {
    r.days.forEach((on, d) => on && perDay[d]!.push(`${r.from}-${r.to}`));
  }
  const lists = perDay.map((l) => [...new Set(l)].sort().join(','));
  if (lists.every((l) => l === '00:00-24:00')) return ALWAYS;
  const groups = new Map<string, number[]>();
  lists.forEach((l, d) => l && groups.set(l, [...(groups.get(l) ?? []), d]));
  return [...groups].map(([times, days]) => `${daySpec(days)} ${times}`).join('; ');
}

function parseDays(spec: string): number[] | null {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const ends = part.split('-');
    if (ends.length > 2) return null;
    const [a = -1, b = a] = ends.map((d) => OSM_DAYS.indexOf(d as (typeof OSM_DAYS)[number]));
    if (a < 0 || b < 0 || b < a) return null;
    for (let d = a; d <= b; d++) out.push(d);
  }
  return out;
}

/** Rows for a string the editor could have written; null for anything else (edited as raw text). */
export function parseHours(value: string): HoursRow[] | null {
  const s = value.trim();
  if (s === ALWAYS) return [newRow([0, 1, 2, 3, 4, 5, 6], '00:00', '24:00')];
  const rows: HoursRow[] = [];
  const used = new Set<number>();
  for (const rule of s.split(/\s*;\s*/)) {
    const m = /^([A-Za-z,-]+) ((?:\d\d:\d\d-\d\d:\d\d,?)+)$/.exec(rule);
    const days = m ? parseDays(m[1]!) : null;
    // A day named by two rules means "the later one wins" in OSM: not what rows say.
    if (!m || !days || days.some((d) => used.has(d))) return null;
    days.forEach((d) => used.add(d));
    for (const span of m[2]!.split(',').filter(Boolean)) {
      const [from = '', to = ''] = span.split('-');
      const row = newRow(days, from, to);
      if (!rowIsComplete(row)) return null;
      rows.push(row);
    }
  }
  return rows.length ? rows : null;
}
