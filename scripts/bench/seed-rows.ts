// The benchmark stations as rows, in batches, whatever the database: the same
// seed always gives the same rows on SQLite and PostgreSQL.
import {
  type Rng, amenitiesFor, mulberry32, openingHoursFor, phoneFor, verifiedAtFor, weighted,
} from '@/lib/sample-data-attributes';
import { SAMPLE_TOTALS } from '@/lib/sample-data-plan';
import type { Kind, Status } from '@/lib/stations/vocab';
import { benchCounties, pickCounty, pointIn } from '../bench-geo';

/** Column order of every row: id, name, kind, status, lat, lng, address, countyCode, openingHours, amenities,
 *  phone, operator, isSample (1), lastVerifiedAt, createdAt, updatedAt (ISO strings). */
export type StationBatches = Iterable<unknown[][]>;

const KIND_STATUS = Object.entries(SAMPLE_TOTALS).flatMap(([kind, statuses]) =>
  Object.entries<number>(statuses).map(([status, n]) => [[kind as Kind, status as Status], n] as const),
);
const iso = (d: Date) => d.toISOString().replace('Z', '+00:00'); // as Prisma's SQLite adapter writes

function stationRow(n: number, rng: Rng, table: ReturnType<typeof benchCounties>) {
  let p = null;
  while (!p) p = pointIn(rng, pickCounty(rng, table));
  const [kind, status] = weighted(rng, KIND_STATUS);
  const verified = iso(verifiedAtFor(rng));
  return [
    `bench-${String(n).padStart(7, '0')}`, `基准站点 ${n}`, kind, status, p.lat, p.lng, `基准路 ${n} 号`, p.countyCode,
    openingHoursFor(kind, rng), amenitiesFor(kind, rng), phoneFor('360100', rng), '基准总工会', 1,
    verified, verified, verified,
  ];
}

export function* stationBatches(count: number, size = 20_000): Generator<unknown[][]> {
  const rng = mulberry32(20_260_101);
  const table = benchCounties();
  for (let from = 0; from < count; from += size) {
    const to = Math.min(count, from + size);
    yield Array.from({ length: to - from }, (_, k) => stationRow(from + k + 1, rng, table));
  }
}
