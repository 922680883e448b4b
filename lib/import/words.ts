import type { Summary } from './run';

// A summary for the page, its reasons worded in the admin's language. The
// preview lists at most SHOWN rejected rows; the CLI prints them all.

export const SHOWN = 1000;
type T = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };

export function wordSummary(s: Summary, t: T) {
  const rejected = s.rejected.slice(0, SHOWN).map((r) => ({
    row: r.row, column: r.column,
    reason: t.has(`reasons.${r.code}`) ? t(`reasons.${r.code}`, { ...r.params }) : r.code,
  }));
  return {
    counts: s.counts, rejected, more: (s.omitted ?? 0) + Math.max(0, s.rejected.length - SHOWN),
    fileError: fileError(s.fileError, t),
    hint: s.crsHint ? t('crsHint', { crs: t(`crs.${s.crsHint}`) }) : null,
  };
}
function fileError(e: Summary['fileError'], t: T): string | null {
  if (!e) return null;
  return e.code === 'unreadable' ? t('unreadable', { format: FORMAT_NAMES[e.format] }) : t('missingColumns', { columns: e.columns.join(', ') });
}

const FORMAT_NAMES = { csv: 'CSV', xlsx: 'Excel (.xlsx)', geojson: 'GeoJSON' } as const;

export type WordedSummary = ReturnType<typeof wordSummary>;
