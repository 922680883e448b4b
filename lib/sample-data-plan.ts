import { type County, countyGeometry, XINJIAN_CODE } from '@/lib/divisions-data';
import { geometryAreaKm2 } from '@/lib/geo/polygon';
import { hashSeed, mulberry32 } from '@/lib/sample-data-attributes';
import { KINDS, type Kind, type Status } from '@/lib/stations/vocab';

// How many sample locations of each kind and status, and which county gets
// how many. Proportions follow the 2023 Jiangxi trade-union report: a service
// centre in every county, ~65 workers' cultural palaces, 389 activity venues
// in use plus 112 being built, and the rest outdoor-worker stations. The 60
// rights rooms and 40 workers' homes are not in the report's station count;
// they are taken out of the stations' share so the total stays ~4,600.

export const SAMPLE_TOTALS = {
  service_centre: { in_use: 100 },
  cultural_palace: { in_use: 65 },
  activity_venue: { in_use: 389, under_construction: 112 },
  rights_room: { in_use: 60 },
  workers_home: { in_use: 40 },
  // 88% in use; the rest planned, being built, suspended or closed.
  station: { in_use: 3374, under_construction: 190, planned: 115, suspended: 95, closed: 60 },
} as const satisfies Record<Kind, Partial<Record<Status, number>>>;

export function totalOf(kind: Kind): number {
  return Object.values<number>(SAMPLE_TOTALS[kind]).reduce((s, n) => s + n, 0);
}

export const SAMPLE_TOTAL = KINDS.reduce((s, k) => s + totalOf(k), 0);

type Tier = 'district' | 'city' | 'county';

/** 区 = urban district, 市 = county-level city, otherwise a rural 县. */
export function tierOf(county: County): Tier {
  if (county.name.endsWith('区')) return 'district';
  return county.name.endsWith('市') ? 'city' : 'county';
}

// Relative weight per county; urban districts get more stations, rural
// counties more township activity venues.
const TIER_WEIGHT: Record<'station' | 'activity_venue', Record<Tier, number>> = {
  station: { district: 1.8, city: 1.25, county: 1 },
  activity_venue: { district: 0.5, city: 1.1, county: 1 },
};

/** Largest-remainder apportionment: exact total, deterministic ties. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, n) => s + n, 0);
  const order = exact.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  return counts;
}

function areaOf(county: County): number {
  const g = countyGeometry(county.code) ?? countyGeometry(XINJIAN_CODE);
  return g ? geometryAreaKm2(g) : 0;
}

/** Districts first, then county-level cities, then the largest counties. */
function palaceCounties(list: readonly County[]): Set<string> {
  const rank: Record<Tier, number> = { district: 0, city: 1, county: 2 };
  const sorted = list
    .map((c) => ({ c, tier: rank[tierOf(c)], area: tierOf(c) === 'county' ? areaOf(c) : 0 }))
    .sort((a, b) => a.tier - b.tier || b.area - a.area || a.c.code.localeCompare(b.c.code));
  return new Set(sorted.slice(0, totalOf('cultural_palace')).map((x) => x.c.code));
}

export type CountyPlan = Record<Kind, number>;

export function planCounties(list: readonly County[]): Map<string, CountyPlan> {
  const sorted = [...list].sort((a, b) => a.code.localeCompare(b.code));
  // A per-county jitter so counties of one tier do not all look alike.
  const jitter = sorted.map((c) => 0.75 + 0.5 * mulberry32(hashSeed(`plan:${c.code}`))());
  const share = (kind: 'station' | 'activity_venue', total: number) =>
    apportion(total, sorted.map((c, i) => TIER_WEIGHT[kind][tierOf(c)] * jitter[i]!));
  const stations = share('station', totalOf('station'));
  const venues = share('activity_venue', totalOf('activity_venue'));
  const rights = share('station', totalOf('rights_room'));
  const homes = share('station', totalOf('workers_home'));
  const palaces = palaceCounties(sorted);
  return new Map(
    sorted.map((c, i): [string, CountyPlan] => [
      c.code,
      {
        service_centre: 1,
        cultural_palace: palaces.has(c.code) ? 1 : 0,
        activity_venue: venues[i]!,
        rights_room: rights[i]!,
        workers_home: homes[i]!,
        station: stations[i]!,
      },
    ]),
  );
}

/** Each kind's statuses in exact proportion, shuffled once with a fixed seed. */
export function statusStreams(): Record<Kind, Status[]> {
  const rng = mulberry32(hashSeed('sample:statuses'));
  const entries = KINDS.map((kind): [Kind, Status[]] => {
    const list = Object.entries<number>(SAMPLE_TOTALS[kind]).flatMap(([s, n]) => Array<Status>(n).fill(s as Status));
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return [kind, list];
  });
  return Object.fromEntries(entries) as Record<Kind, Status[]>;
}
