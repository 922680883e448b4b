import type { StationStats } from '@/lib/coverage/stats-shape';

// The seven datasets of /stats for one region, each once: the page draws its chart and table
// from it and /stats/csv writes the same rows, so chart, table and download
// cannot disagree. Labels come translated; numbers stay raw until shown.

export const DATASETS = ['cities', 'counties', 'kinds', 'statuses', 'amenities', 'hours24', 'months'] as const;
export type DatasetKey = (typeof DATASETS)[number];

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type Translators = {
  stats: Translate; kinds: Translate; statuses: Translate; amenities: Translate;
  /** A division's name in the page's language. */
  place: (p: { name: string; nameEn: string }) => string;
};

export type Column = { label: string; kind: 'code' | 'text' | 'count' | 'share' };
export type Bar = { label: string; value: number; part?: number };
export type Dataset = {
  key: DatasetKey;
  /** When the title depends on the region (the parts of China are provinces, of a province cities). */
  title?: string;
  columns: Column[];
  rows: (string | number)[][];
  bars: Bar[];
  /** Bars are counts, or shares (0–1) of 100 %. */
  scale: 'count' | 'share';
};

const byTotal = <T extends { total: number; code: string }>(a: T, b: T) => b.total - a.total || a.code.localeCompare(b.code);

type Col = (name: string, kind: Column['kind']) => Column;
type Builder = (s: StationStats, t: Translators, col: Col) => Omit<Dataset, 'key'>;

const BUILDERS: Record<DatasetKey, Builder> = {
  cities: (s, t, col) => {
    const rows = [...s.parts].sort(byTotal);
    const part = s.region.level === 'china' ? 'province' : s.region.level === 'province' ? 'city' : 'county';
    return { title: t.stats(`parts.${part}`), scale: 'count', columns: [col('code', 'code'), col(part, 'text'), col('total', 'count'), col('inUse', 'count')],
      rows: rows.map((c) => [c.code, t.place(c), c.total, c.inUse]), bars: rows.map((c) => ({ label: t.place(c), value: c.total, part: c.inUse })) };
  },
  counties: (s, t, col) => {
    const rows = [...s.counties].sort(byTotal);
    return { scale: 'count', columns: [col('code', 'code'), col('county', 'text'), col('city', 'text'), col('total', 'count'), col('inUse', 'count')],
      rows: rows.map((c) => [c.code, t.place(c), t.place({ name: c.parentName, nameEn: c.parentNameEn }), c.total, c.inUse]),
      bars: rows.map((c) => ({ label: t.place(c), value: c.total, part: c.inUse })) };
  },
  kinds: (s, t, col) => ({ scale: 'count', columns: [col('code', 'code'), col('kind', 'text'), col('total', 'count'), col('inUse', 'count')],
    rows: s.kinds.map((k) => [k.code, t.kinds(k.code), k.total, k.inUse]), bars: s.kinds.map((k) => ({ label: t.kinds(k.code), value: k.total, part: k.inUse })) }),
  statuses: (s, t, col) => ({ scale: 'count', columns: [col('code', 'code'), col('status', 'text'), col('total', 'count')],
    rows: s.statuses.map((x) => [x.code, t.statuses(x.code), x.total]), bars: s.statuses.map((x) => ({ label: t.statuses(x.code), value: x.total })) }),
  amenities: (s, t, col) => {
    const rows = [...s.amenities].sort((a, b) => b.count - a.count);
    return { scale: 'share', columns: [col('code', 'code'), col('amenity', 'text'), col('withAmenity', 'count'), col('shareInUse', 'share')],
      rows: rows.map((a) => [a.code, t.amenities(a.code), a.count, a.share]), bars: rows.map((a) => ({ label: t.amenities(a.code), value: a.share })) };
  },
  hours24: (s, t, col) => {
    const inUse = s.hours24.reduce((n, c) => n + c.inUse, 0);
    const h24 = s.hours24.reduce((n, c) => n + c.h24, 0);
    const rows = [...s.hours24.map((c) => [c.code, t.place(c), c.inUse, c.h24, c.share]), [s.region.code, t.place(s.region), inUse, h24, inUse ? h24 / inUse : 0]];
    return { scale: 'share', columns: [col('code', 'code'), col('place', 'text'), col('inUse', 'count'), col('h24', 'count'), col('share24', 'share')],
      rows, bars: rows.map((r) => ({ label: String(r[1]), value: Number(r[4]) })) };
  },
  months: (s, _t, col) => ({ scale: 'count', columns: [col('month', 'text'), col('added', 'count')],
    rows: s.months.map((m) => [m.month, m.count]), bars: s.months.map((m) => ({ label: m.month, value: m.count })) }),
};

export function buildDataset(s: StationStats, key: DatasetKey, t: Translators): Dataset {
  const col: Col = (name, kind) => ({ label: t.stats(`column.${name}`), kind });
  return { key, ...BUILDERS[key](s, t, col) };
}
