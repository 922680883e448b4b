// The benchmark stations as rows, in batches, whatever the database: the same
// seed always gives the same rows on SQLite and PostgreSQL.
import { countyAt } from '@/lib/divisions-data';
import {
  type Rng, amenitiesFor, mulberry32, openingHoursFor, phoneFor, verifiedAtFor, weighted,
} from '@/lib/sample-data-attributes';
import { SAMPLE_TOTALS } from '@/lib/sample-data-plan';
import type { Kind, Status } from '@/lib/stations/vocab';
import { type SyntheticCity, pointNear, uniformLandPoint } from '../bench-geo';

/** Column order of every row: id, name, kind, status, lat, lng, address, countyCode, openingHours, amenities,
 *  phone, operator, isSample (1), lastVerifiedAt, createdAt, updatedAt (ISO strings). */
export type StationBatches = Iterable<unknown[][]>;

const KIND_STATUS = Object.entries(SAMPLE_TOTALS).flatMap(([kind, statuses]) =>
  Object.entries<number>(statuses).map(([status, n]) => [[kind as Kind, status as Status], n] as const),
);
const iso = (d: Date) => d.toISOString().replace('Z', '+00:00'); // as Prisma's SQLite adapter writes

function nearestCity(cities: readonly SyntheticCity[], lng: number, lat: number): SyntheticCity {
  let best = cities[0]!;
  let bestD = Infinity;
  for (const c of cities) {
    const d = (c.lng - lng) ** 2 + (c.lat - lat) ** 2;
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

function stationRow(n: number, rng: Rng, cities: readonly SyntheticCity[], cityWeights: [SyntheticCity, number][]) {
  const clustered = rng() < 0.7;
  const city = clustered ? weighted(rng, cityWeights) : null;
  const { lng, lat } = city ? pointNear(rng, city) : uniformLandPoint(rng);
  // Real Jiangxi counties where the point falls in one, else the nearest synthetic city.
  const countyCode = countyAt(lng, lat) ?? (city ?? nearestCity(cities, lng, lat)).code;
  const [kind, status] = weighted(rng, KIND_STATUS);
  const verified = iso(verifiedAtFor(rng));
  return [
    `bench-${String(n).padStart(7, '0')}`, `基准站点 ${n}`, kind, status, lat, lng, `基准路 ${n} 号`, countyCode,
    openingHoursFor(kind, rng), amenitiesFor(kind, rng), phoneFor('360100', rng), '基准总工会', 1,
    verified, verified, verified,
  ];
}

export function* stationBatches(count: number, cities: readonly SyntheticCity[], size = 20_000): Generator<unknown[][]> {
  const rng = mulberry32(20_260_101);
  const cityWeights = cities.map((c): [SyntheticCity, number] => [c, c.weight]);
  for (let from = 0; from < count; from += size) {
    const to = Math.min(count, from + size);
    yield Array.from({ length: to - from }, (_, k) => stationRow(from + k + 1, rng, cities, cityWeights));
  }
}
