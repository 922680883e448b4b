// Where the benchmark stations go (scripts/seed-bench.ts): real counties of
// all China, picked with a rough population proxy, at points inside them.
//
// Weights (no population table is bundled, so the kind of division stands in
// for density): a city district (…区) 4, a county-level city (…市) 2, any other
// county (县, 旗, 自治县…) 1, times 0.5 in the sparse west (Xinjiang, Tibet,
// Qinghai, Inner Mongolia, Gansu). Within its county a station lies near the
// county's centre (Gaussian, σ 3 km for districts, 8 km elsewhere) 70 % of the
// time, anywhere in it otherwise; every point is checked with countyAt, so the
// row's countyCode is the county the point is really in.
import { type Division, allDivisions } from '@/lib/divisions/catalog';
import { countyAt, countyOutline } from '@/lib/divisions/locate';
import type { Rng } from '@/lib/sample-data-attributes';

export type BenchCounty = { code: string; lng: number; lat: number; sigmaKm: number; box: [number, number, number, number] | null };

const SPARSE_WEST = new Set(['65', '54', '63', '15', '62']);

export function countyWeight(d: Pick<Division, 'code' | 'name'>): number {
  const kind = d.name.endsWith('区') ? 4 : d.name.endsWith('市') ? 2 : 1;
  return kind * (SPARSE_WEST.has(d.code.slice(0, 2)) ? 0.5 : 1);
}

function boxOf(code: string): BenchCounty['box'] {
  const outer = countyOutline(code)?.map(([ring]) => ring!).filter(Boolean) ?? [];
  if (outer.length === 0) return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of outer) {
    for (let i = 0; i < r.length; i += 2) {
      box[0] = Math.min(box[0], r[i]!);
      box[1] = Math.min(box[1], r[i + 1]!);
      box[2] = Math.max(box[2], r[i]!);
      box[3] = Math.max(box[3], r[i + 1]!);
    }
  }
  return box;
}

/** Every county with its weight, as a cumulative table for a binary search. */
export function benchCounties(): { counties: BenchCounty[]; cumulative: Float64Array } {
  const list = allDivisions().filter((d) => d.level === 'county');
  const cumulative = new Float64Array(list.length);
  let total = 0;
  const counties = list.map((d, i) => {
    cumulative[i] = total += countyWeight(d);
    return { code: d.code, lng: d.lng, lat: d.lat, sigmaKm: d.name.endsWith('区') ? 3 : 8, box: boxOf(d.code) };
  });
  return { counties, cumulative };
}

export function pickCounty(rng: Rng, t: ReturnType<typeof benchCounties>): BenchCounty {
  const r = rng() * t.cumulative[t.cumulative.length - 1]!;
  let lo = 0;
  let hi = t.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.cumulative[mid]! > r) hi = mid;
    else lo = mid + 1;
  }
  return t.counties[lo]!;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const gaussian = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** A point of the county and the county countyAt puts it in (a neighbour, near a border); null after 100 misses (at sea). */
export function pointIn(rng: Rng, c: BenchCounty): { lng: number; lat: number; countyCode: string } | null {
  const near = rng() < 0.7;
  for (let i = 0; i < 100; i++) {
    let lng: number;
    let lat: number;
    if (near || !c.box) {
      lat = c.lat + (gaussian(rng) * c.sigmaKm) / 110.574;
      lng = c.lng + (gaussian(rng) * c.sigmaKm) / (111.32 * Math.cos((c.lat * Math.PI) / 180));
    } else {
      lng = c.box[0] + rng() * (c.box[2] - c.box[0]);
      lat = c.box[1] + rng() * (c.box[3] - c.box[1]);
    }
    [lng, lat] = [round6(lng), round6(lat)];
    const code = countyAt(lng, lat);
    // Uniform points must land in their own county; points near the centre may spill into a neighbour.
    if (code && (near || code === c.code)) return { lng, lat, countyCode: code };
  }
  return null;
}
