import type { SortDir, SortKey } from '@/lib/coverage/schema';
import type { CountyFigures } from '@/lib/coverage/types';

// Sorting of the county table. Counties without figures (no boundary) always
// go last, whichever way the column is sorted; ties fall back to the code.

const VALUE: Record<SortKey, (c: CountyFigures) => number | string | null> = {
  name: (c) => c.name,
  city: (c) => c.cityName,
  share: (c) => c.coveredShare,
  covered: (c) => c.coveredKm2,
  area: (c) => c.areaKm2,
  stations: (c) => c.stationsInUse,
  h24: (c) => c.stations24h,
  density: (c) => c.stationsPer100Km2,
  gap: (c) => c.largestGapKm2,
};

/** The direction a column sorts in when first chosen: the worrying end first. */
export const FIRST_DIR: Record<SortKey, SortDir> = {
  name: 'asc', city: 'asc', share: 'asc', covered: 'asc', area: 'desc', stations: 'asc', h24: 'asc', density: 'asc', gap: 'desc',
};

export function sortCounties(list: readonly CountyFigures[], key: SortKey, dir: SortDir, locale: string): CountyFigures[] {
  const value = VALUE[key];
  const collator = new Intl.Collator(locale);
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
    const d = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
    return d !== 0 ? sign * d : a.code.localeCompare(b.code);
  });
}
