import type { StationStats } from '@/lib/coverage/stats-shape';
import type { CountyTrust } from '@/lib/complaints/stats';

// The datasets of /stats for one region, each once: the page draws its chart and table
// from it and /stats/csv writes the same rows, so chart, table and download
// cannot disagree. Labels come translated; numbers stay raw until shown.

export const DATASETS = ['cities', 'counties', 'kinds', 'statuses', 'amenities', 'hours24', 'months', 'complaints', 'answerHours', 'grades'] as const;
export type DatasetKey = (typeof DATASETS)[number];

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type Translators = {
  stats: Translate; kinds: Translate; statuses: Translate; amenities: Translate;
  /** A division's name in the page's language. */
  place: (p: { name: string; nameEn: string }) => string;
};

/** `decimal`: a figure shown with one decimal (hours, stars). */
export type Column = { label: string; kind: 'code' | 'text' | 'count' | 'share' | 'decimal' };
export type Bar = { label: string; value: number; part?: number };
/** Bars are counts, shares (0–1) of 100 %, hours (from 0 to the longest) or stars (of 5). */
export type Scale = 'count' | 'share' | 'hours' | 'stars';
/** The stations' statistics and, per county, complaints answered and workers' grades (lib/complaints/stats-queries.ts). */
export type StatsData = StationStats & { trust: CountyTrust[] };
export type Dataset = {
  key: DatasetKey;
  /** When the title depends on the region (the parts of China are provinces, of a province cities). */
  title?: string;
  columns: Column[];
  /** null: no figure (a county with no answered complaint has no median); shown as a dash, empty in the CSV. */
  rows: (string | number | null)[][];
  bars: Bar[];
  scale: Scale;
};

const county = (t: Translators, c: CountyTrust) => [c.code, t.place(c), t.place({ name: c.parentName, nameEn: c.parentNameEn })];
const countyCols = (col: Col) => [col('code', 'code'), col('county', 'text'), col('city', 'text')];
/** Rows in the order of their figure, largest first; counties without it last, by code. */
const byFigure = (f: (c: CountyTrust) => number | null) => (a: CountyTrust, b: CountyTrust) =>
  (f(b) ?? -1) - (f(a) ?? -1) || a.code.localeCompare(b.code);

// Per county: complaints answered on time, the median time to answer, the workers' grade.
const TRUST_BUILDERS: Record<'complaints' | 'answerHours' | 'grades', Builder> = {
  complaints: (s, t, col) => {
    const rows = s.trust.filter((c) => c.decided || c.overdueOpen).sort(byFigure((c) => c.onTimeShare));
    return { scale: 'share', columns: [...countyCols(col), col('decided', 'count'), col('onTime', 'count'), col('onTimeShare', 'share'), col('overdueOpen', 'count')],
      rows: rows.map((c) => [...county(t, c), c.decided, c.onTime, c.onTimeShare, c.overdueOpen]),
      bars: rows.filter((c) => c.onTimeShare !== null).map((c) => ({ label: t.place(c), value: c.onTimeShare! })) };
  },
  answerHours: (s, t, col) => {
    const rows = s.trust.filter((c) => c.answered).sort(byFigure((c) => c.medianHours));
    return { scale: 'hours', columns: [...countyCols(col), col('answered', 'count'), col('medianHours', 'decimal')],
      rows: rows.map((c) => [...county(t, c), c.answered, c.medianHours]), bars: rows.map((c) => ({ label: t.place(c), value: c.medianHours ?? 0 })) };
  },
  grades: (s, t, col) => {
    const rows = s.trust.filter((c) => c.stars !== null).sort(byFigure((c) => c.stars));
    return { scale: 'stars', columns: [...countyCols(col), col('reviews', 'count'), col('stars', 'decimal')],
      rows: rows.map((c) => [...county(t, c), c.reviews, c.stars]), bars: rows.map((c) => ({ label: t.place(c), value: c.stars ?? 0 })) };
  },
};

const byTotal = <T extends { total: number; code: string }>(a: T, b: T) => b.total - a.total || a.code.localeCompare(b.code);

type Col = (name: string, kind: Column['kind']) => Column;
type Builder = (s: StatsData, t: Translators, col: Col) => Omit<Dataset, 'key'>;

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
  ...TRUST_BUILDERS,
};

export function buildDataset(s: StatsData, key: DatasetKey, t: Translators): Dataset {
  const col: Col = (name, kind) => ({ label: t.stats(`column.${name}`), kind });
  return { key, ...BUILDERS[key](s, t, col) };
}
