// Crude geography for the benchmark data (scripts/seed-bench.ts): synthetic
// city centres and points over mainland China's populated east. Only needs to
// look plausible on a map, not to be right.
import { type Rng, mulberry32 } from '@/lib/sample-data-attributes';

export interface SyntheticCity {
  code: string;
  name: string;
  lng: number;
  lat: number;
  /** Relative share of the clustered points (Zipf-like). */
  weight: number;
  /** Spread of its cluster, km. */
  sigmaKm: number;
}

const BOX = { west: 98, east: 123, south: 21, north: 42 };

// Easternmost land longitude by latitude, following the coast from the Gulf
// of Tonkin to Liaoning with the Bohai cut out.
const COAST: readonly [number, number][] = [
  [21, 110], [22, 113.5], [23, 116.5], [24, 118], [25, 119.3], [26, 119.8], [27, 120.5], [28, 121.3],
  [29, 121.8], [31, 121.8], [32, 121.3], [33, 120.6], [34, 120.2], [35, 119.3], [36, 120.5], [37, 122],
  [37.5, 120.5], [38, 118.5], [39, 118.5], [40, 121.5], [41, 122.5], [42, 123],
];

function coastLng(lat: number): number {
  for (let i = 1; i < COAST.length; i++) {
    const [lat0, lng0] = COAST[i - 1]!;
    const [lat1, lng1] = COAST[i]!;
    if (lat <= lat1) return lng0 + ((lng1 - lng0) * (lat - lat0)) / (lat1 - lat0);
  }
  return BOX.east;
}

export function onLand(lng: number, lat: number): boolean {
  if (lng < BOX.west || lng > BOX.east || lat < BOX.south || lat > BOX.north) return false;
  // South of 22.5° west of Guangxi is Vietnam, Laos and Myanmar.
  if (lng < 106.5 && lat < 22.5) return false;
  return lng <= coastLng(lat);
}

export function uniformLandPoint(rng: Rng): { lng: number; lat: number } {
  for (;;) {
    const lng = BOX.west + rng() * (BOX.east - BOX.west);
    const lat = BOX.south + rng() * (BOX.north - BOX.south);
    if (onLand(lng, lat)) return { lng: round6(lng), lat: round6(lat) };
  }
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** ~300 centres, denser towards the east as China's population is. */
export function syntheticCities(count = 300): SyntheticCity[] {
  const rng = mulberry32(300_300);
  const out: SyntheticCity[] = [];
  while (out.length < count) {
    const { lng, lat } = uniformLandPoint(rng);
    if (rng() > 0.25 + (0.75 * (lng - BOX.west)) / (BOX.east - BOX.west)) continue;
    const n = out.length + 1;
    const weight = 1 / n ** 0.9;
    out.push({
      code: `99${String(n).padStart(4, '0')}`,
      name: `基准城市 ${n}`,
      lng,
      lat,
      weight,
      sigmaKm: 4 + 26 * Math.sqrt(weight),
    });
  }
  return out;
}

/** Normally distributed around the centre; retried until on land. */
export function pointNear(rng: Rng, city: SyntheticCity): { lng: number; lat: number } {
  for (let i = 0; i < 50; i++) {
    const lat = city.lat + (gaussian(rng) * city.sigmaKm) / 110.574;
    const lng = city.lng + (gaussian(rng) * city.sigmaKm) / (111.32 * Math.cos((city.lat * Math.PI) / 180));
    if (onLand(lng, lat)) return { lng: round6(lng), lat: round6(lat) };
  }
  return { lng: city.lng, lat: city.lat };
}
