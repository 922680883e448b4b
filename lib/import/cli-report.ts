import { isKnownDivision } from '@/lib/divisions/catalog';
import { placeName } from './place';
import type { Rejected, Summary } from './run';

// The command line's lines around its summary line (which stays as it was:
// "applied: N rows, N new, N updated, N unchanged, N rejected"): one line per
// rejected row and per warning before it, counts and what to map after it.

const place = (p: Rejected['params']) => Object.fromEntries(Object.entries(p).map(([k, v]) =>
  [k, (k === 'county' || k === 'found') && typeof v === 'string' && isKnownDivision(v) ? `${placeName(v, 'zh-CN')} ${v}` : v]));

export function rowLines(s: Summary): string[] {
  return [
    ...s.rejected.map((r) => `row ${r.row}\t${r.column}\t${r.code}\t${JSON.stringify(place(r.params))}`),
    ...(s.warnings ?? []).map((w) => `warning row ${w.row}\t${w.column}\t${w.code}\t${JSON.stringify(place(w.params))}`),
  ];
}

export function afterLines(s: Summary): string[] {
  const out: string[] = [];
  const warnings = (s.warnings?.length ?? 0) + (s.warningsOmitted ?? 0);
  if (warnings) out.push(`warnings: ${warnings} in ${s.warned ?? 0} rows (cells left empty or read with a guess; listed above)`);
  if (s.crs?.header) out.push(`coordinates read as ${s.crs.used}, as the header "${s.crs.header}" says`);
  for (const h of s.headers ?? []) {
    if (h.how === 'unknown') out.push(`column "${h.header}" ignored: not a template column (--map "${h.header}=FIELD" or --map "${h.header}=-")`);
    if (h.how === 'repeated') out.push(`column "${h.header}" ignored: another column is read as the same field`);
  }
  for (const u of s.unknownValues ?? []) {
    const fate = u.field === 'amenity' ? 'left out' : u.field === 'entry' ? 'left unknown' : 'rows rejected';
    out.push(`unknown ${u.field} "${u.value}" in ${u.count} rows, ${fate} (--map-value "${u.field}:${u.value}=CODE")`);
  }
  if (s.converted?.count && s.converted.example) {
    out.push(`opening hours: ${s.converted.count} phrases read, e.g. "${s.converted.example.from}" as "${s.converted.example.to}"`);
  }
  return out;
}
