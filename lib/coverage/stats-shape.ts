import { AMENITIES, KINDS, STATUSES, type Amenity, type Kind, type Status, parseAmenityList } from '@/lib/stations/vocab';

// The statistics page's figures, shaped from grouped counts (pure, so the
// arithmetic is unit-tested without a database). Every figure is over the
// stations that are not archived: the ones on the map and in the admin lists,
// within one region (all China, a province, a city or a county).

export type CountRow = { countyCode: string; kind: string; status: string; n: number };
export type Place = { code: string; name: string; nameEn: string };
/** A county of the region, and the part of the region (province, city, county) it is counted under. */
export type PlaceCounty = Place & { partCode: string; parentName: string; parentNameEn: string };
export type StationStats = {
  region: Place & { level: 'china' | 'province' | 'city' | 'county' };
  total: number;
  inUse: number;
  /** One level down: provinces of China, cities (and directly-run counties) of a province, counties of a city. */
  parts: (Place & { total: number; inUse: number })[];
  counties: (Place & { parentName: string; parentNameEn: string; total: number; inUse: number })[];
  /** Stations recorded under a county code that is no county of China (old benchmark data). */
  otherCounties: number;
  kinds: { code: Kind; total: number; inUse: number }[];
  statuses: { code: Status; total: number }[];
  amenities: { code: Amenity; count: number; share: number }[];
  hours24: (Place & { inUse: number; h24: number; share: number })[];
  months: { month: string; count: number }[];
};

const place = ({ code, name, nameEn }: Place): Place => ({ code, name, nameEn });

export function byDivision(rows: readonly CountRow[], counties: readonly PlaceCounty[], parts: readonly Place[]) {
  const perCounty = new Map<string, { total: number; inUse: number }>();
  for (const r of rows) {
    const c = perCounty.get(r.countyCode) ?? { total: 0, inUse: 0 };
    c.total += r.n;
    if (r.status === 'in_use') c.inUse += r.n;
    perCounty.set(r.countyCode, c);
  }
  const countyRows = counties.map((c) => ({ ...place(c), parentName: c.parentName, parentNameEn: c.parentNameEn, ...(perCounty.get(c.code) ?? { total: 0, inUse: 0 }) }));
  const partRows = parts.map((part) => {
    const mine = counties.filter((c) => c.partCode === part.code).map((c) => perCounty.get(c.code) ?? { total: 0, inUse: 0 });
    return { ...place(part), total: sum(mine.map((m) => m.total)), inUse: sum(mine.map((m) => m.inUse)) };
  });
  const known = new Set(counties.map((c) => c.code));
  const otherCounties = sum([...perCounty].filter(([code]) => !known.has(code)).map(([, c]) => c.total));
  return { counties: countyRows, parts: partRows, otherCounties };
}

export function byKindAndStatus(rows: readonly CountRow[]) {
  const kinds = KINDS.map((code) => {
    const mine = rows.filter((r) => r.kind === code);
    return { code, total: sum(mine.map((r) => r.n)), inUse: sum(mine.filter((r) => r.status === 'in_use').map((r) => r.n)) };
  });
  const statuses = STATUSES.map((code) => ({ code, total: sum(rows.filter((r) => r.status === code).map((r) => r.n)) }));
  return { kinds, statuses };
}

/** Amenity counts from the distinct stored amenity lists of stations in use and how many share each list. */
export function byAmenity(lists: readonly { amenities: string; n: number }[], inUse: number) {
  const count = new Map<Amenity, number>();
  for (const { amenities, n } of lists) for (const a of parseAmenityList(amenities)) count.set(a, (count.get(a) ?? 0) + n);
  return AMENITIES.map((code) => ({ code, count: count.get(code) ?? 0, share: inUse ? (count.get(code) ?? 0) / inUse : 0 }));
}

/** 24-hour share per part of the region, from stations in use grouped by county and opening-hours string. */
export function byHours24(rows: readonly { countyCode: string; openingHours: string; n: number }[], is24x7: (h: string) => boolean, counties: readonly PlaceCounty[], parts: readonly Place[]) {
  const partOf = new Map(counties.map((c) => [c.code, c.partCode]));
  const out = parts.map((p) => ({ ...place(p), inUse: 0, h24: 0, share: 0 }));
  const byCode = new Map(out.map((p) => [p.code, p]));
  for (const r of rows) {
    const part = byCode.get(partOf.get(r.countyCode) ?? '');
    if (!part) continue;
    part.inUse += r.n;
    if (is24x7(r.openingHours)) part.h24 += r.n;
  }
  for (const p of out) p.share = p.inUse ? p.h24 / p.inUse : 0;
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Calendar months (Asia/Shanghai, UTC+8 all year) from the first to the last, as [start, end) instants. */
export function monthRange(first: Date, last: Date, max = 120): { month: string; from: Date; to: Date }[] {
  const OFFSET = 8 * 3600_000;
  const local = (d: Date) => new Date(d.getTime() + OFFSET);
  const [a, b] = [local(first), local(last)];
  let y = a.getUTCFullYear();
  let m = a.getUTCMonth();
  const months: { month: string; from: Date; to: Date }[] = [];
  while (y < b.getUTCFullYear() || (y === b.getUTCFullYear() && m <= b.getUTCMonth())) {
    const month = `${y}-${String(m + 1).padStart(2, '0')}`;
    const from = new Date(Date.UTC(y, m, 1) - OFFSET);
    [y, m] = m === 11 ? [y + 1, 0] : [y, m + 1];
    months.push({ month, from, to: new Date(Date.UTC(y, m, 1) - OFFSET) });
  }
  return months.slice(-max);
}
