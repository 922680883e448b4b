import { CRS_LIST, type Crs } from '@/lib/geo/crs';
import type { Column } from './headers';
import { fitsIn, type Checked } from './row';
import type { Summary } from './run';
import { normLabel } from './vocab-labels';
import type { VocabField } from './vocab-synonyms';

// What a run learns across rows besides the verdicts: warnings, the words it
// could not read (with how often, for the admin to map once), hours phrases it
// converted, and whether misplaced rows fit another coordinate system.

export type UnknownValue = { field: VocabField; value: string; count: number };

/** Distinct unknown words kept (a file of random words must not grow memory); the preview shows the first ones. */
const MAX_DISTINCT = 500;
const SHOWN_VALUES = 100;

export class Tally {
  #unknown = new Map<string, UnknownValue>();
  #fits = new Map<Crs, number>();
  #misplaced = 0;

  add(row: number, checked: Checked, rec: Partial<Record<Column, string>>, crs: Crs, s: Summary): void {
    if (checked.warnings.length) s.warned = (s.warned ?? 0) + 1;
    for (const w of checked.warnings) s.warnings?.push({ row, ...w });
    for (const u of checked.unknown) {
      const key = `${u.field}|${normLabel(u.value)}`;
      const seen = this.#unknown.get(key);
      if (seen) seen.count++;
      else if (this.#unknown.size < MAX_DISTINCT) this.#unknown.set(key, { ...u, count: 1 });
    }
    if (checked.converted && s.converted) {
      s.converted.count++;
      s.converted.example ??= checked.converted;
    }
    const misplaced = checked.ok ? checked.warnings.some((w) => w.code === 'countyMismatch')
      : checked.reasons.some((r) => r.code === 'outsideChina' || r.code === 'swappedCoordinates');
    if (!misplaced) return;
    this.#misplaced++;
    for (const other of CRS_LIST) if (other !== crs && fitsIn(rec, other)) this.#fits.set(other, (this.#fits.get(other) ?? 0) + 1);
  }

  unknownValues(): UnknownValue[] {
    return [...this.#unknown.values()].sort((a, b) => b.count - a.count).slice(0, SHOWN_VALUES);
  }

  /** When at least 3 rows, and a fifth of the file, are misplaced but fit another system, name it. */
  hint(crs: Crs, read: number): Crs | null {
    const [best] = [...this.#fits.entries()].filter(([c]) => c !== crs).sort((a, b) => b[1] - a[1]);
    return best && best[1] >= 3 && best[1] >= this.#misplaced / 2 && this.#misplaced >= read / 5 ? best[0] : null;
  }
}
