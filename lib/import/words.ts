import { isKnownDivision } from '@/lib/divisions/catalog';
import { placeName } from './place';
import type { Rejected, Summary } from './run';

// A summary for the page, its reasons and warnings worded in the admin's
// language. The preview lists at most SHOWN rows of each; the CLI prints them all.

export const SHOWN = 1000;
type T = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };
type Locale = 'zh-CN' | 'en';
// Params that hold a division code, worded as the place's full name.
const PLACE_PARAMS = ['county', 'found'];

function params(p: Rejected['params'], locale: Locale): Record<string, string | number> {
  const out = { ...p };
  for (const k of PLACE_PARAMS) if (typeof out[k] === 'string' && isKnownDivision(out[k])) out[k] = placeName(out[k], locale);
  return out;
}

function worded(list: Rejected[], t: T, locale: Locale, first: 'reasons' | 'warnings') {
  return list.slice(0, SHOWN).map((r) => {
    const key = [`${first}.${r.code}`, `reasons.${r.code}`].find((k) => t.has(k));
    return { row: r.row, column: r.column, reason: key ? t(key, params(r.params, locale)) : r.code };
  });
}

export function wordSummary(s: Summary, t: T, locale: Locale = 'zh-CN') {
  const warnings = s.warnings ?? [];
  return {
    counts: s.counts, rejected: worded(s.rejected, t, locale, 'reasons'), more: (s.omitted ?? 0) + Math.max(0, s.rejected.length - SHOWN),
    warnings: worded(warnings, t, locale, 'warnings'), warned: s.warned ?? 0,
    warningsMore: (s.warningsOmitted ?? 0) + Math.max(0, warnings.length - SHOWN),
    fileError: fileError(s.fileError, t),
    hint: s.crsHint ? t('crsHint', { crs: t(`crs.${s.crsHint}`) }) : null,
    crsNote: s.crs ? (s.crs.header ? t('crsFromHeader', { crs: t(`crs.${s.crs.used}`), header: s.crs.header }) : t('crsChosen', { crs: t(`crs.${s.crs.used}`) })) : null,
    converted: s.converted?.count && s.converted.example ? t('converted', { count: s.converted.count, ...s.converted.example }) : null,
    headers: s.headers ?? [], unknownValues: s.unknownValues ?? [],
  };
}
function fileError(e: Summary['fileError'], t: T): string | null {
  if (!e) return null;
  return e.code === 'unreadable' ? t('unreadable', { format: FORMAT_NAMES[e.format] }) : t('missingColumns', { columns: e.columns.join(', ') });
}

const FORMAT_NAMES = { csv: 'CSV', xlsx: 'Excel (.xlsx)', geojson: 'GeoJSON' } as const;

export type WordedSummary = ReturnType<typeof wordSummary>;
