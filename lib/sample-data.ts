import {
  type County,
  HONGGUTAN_CODE,
  HONGGUTAN_POINT,
  XINJIAN_CODE,
  counties,
  countyGeometry,
} from '@/lib/divisions-data';
import { type AreaGeometry, geometryAreaKm2, pointInGeometry } from '@/lib/geo/polygon';
import {
  type Rng,
  amenitiesFor,
  hashSeed,
  mulberry32,
  openingHoursFor,
  phoneFor,
  verifiedAtFor,
} from '@/lib/sample-data-attributes';
import { type CountyPlan, planCounties, statusStreams } from '@/lib/sample-data-plan';
import type { Kind, Status } from '@/lib/stations/vocab';

// The deterministic sample data set: ~4,600 invented locations across the
// 100 counties, shaped like the 2023 Jiangxi figures (see sample-data-plan).
// Same output on every run and machine: seeded PRNG, fixed dates.

export interface SampleStation {
  id: string;
  name: string;
  kind: Kind;
  status: Status;
  lat: number;
  lng: number;
  address: string;
  countyCode: string;
  openingHours: string;
  amenities: string;
  phone: string | null;
  operator: string;
  isSample: true;
  lastVerifiedAt: Date;
}

/** Where a county's sample points may go. */
export interface PlacementArea {
  geometry: AreaGeometry;
  seat: { lng: number; lat: number };
  /** Radius of a disc with the county's area, in km. */
  radiusKm: number;
  maxKm: number;
}

/** 红谷滩区 borrows 新建区's polygon, kept within 4 km of its own point. */
export function placementArea(county: County): PlacementArea {
  const own = county.code === HONGGUTAN_CODE;
  const geometry = countyGeometry(own ? XINJIAN_CODE : county.code);
  if (!geometry) throw new Error(`No polygon for county ${county.code}`);
  if (own) return { geometry, seat: HONGGUTAN_POINT, radiusKm: 3, maxKm: 4 };
  const radiusKm = Math.sqrt(geometryAreaKm2(geometry) / Math.PI);
  return { geometry, seat: { lng: county.lng, lat: county.lat }, radiusKm, maxKm: radiusKm * 3 };
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * A point inside the area, exponentially distributed around the seat so most
 * sites cluster in town and fewer lie further out. Each run of failures
 * halves the mean distance; the seat itself is always inside.
 */
export function placePoint(rng: Rng, area: PlacementArea, meanKm: number): { lng: number; lat: number } {
  let mean = meanKm;
  for (let attempt = 1; attempt <= 200; attempt++) {
    const km = -Math.log(1 - rng()) * mean;
    const angle = rng() * 2 * Math.PI;
    if (km > area.maxKm) continue;
    const lat = round6(area.seat.lat + (km * Math.cos(angle)) / 110.574);
    const lng = round6(area.seat.lng + (km * Math.sin(angle)) / (111.32 * Math.cos((lat * Math.PI) / 180)));
    if (pointInGeometry(lng, lat, area.geometry)) return { lng, lat };
    if (attempt % 20 === 0) mean /= 2;
  }
  return { ...area.seat };
}

// Mean distance from the seat as a share of the county's radius.
const SPREAD: Record<Kind, (radiusKm: number) => number> = {
  service_centre: () => 0.3,
  cultural_palace: () => 1.5,
  station: (r) => 0.3 * r,
  rights_room: (r) => 0.25 * r,
  workers_home: (r) => 0.3 * r,
  activity_venue: (r) => 0.6 * r,
};

const LABEL: Record<Kind, string> = {
  station: '户外劳动者服务驿站',
  service_centre: '职工服务中心',
  cultural_palace: '工人文化宫',
  activity_venue: '职工活动阵地',
  rights_room: '职工维权服务室',
  workers_home: '职工之家',
};

const SINGLE: ReadonlySet<Kind> = new Set(['service_centre', 'cultural_palace']);
// Within a county the central facilities come first, so their ids are low.
const ORDER: readonly Kind[] = [
  'service_centre',
  'cultural_palace',
  'activity_venue',
  'rights_room',
  'workers_home',
  'station',
];

type NextStatus = (kind: Kind) => Status;

function countyStations(county: County, plan: CountyPlan, nextStatus: NextStatus): SampleStation[] {
  const rng = mulberry32(hashSeed(`sample:${county.code}`));
  const area = placementArea(county);
  const out: SampleStation[] = [];
  for (const kind of ORDER) {
    for (let i = 0; i < plan[kind]; i++) {
      const seq = out.length + 1;
      const number = SINGLE.has(kind) ? '' : ` ${i + 1}号`;
      out.push({
        id: `jx-${county.code}-${String(seq).padStart(4, '0')}`,
        name: `${county.name} ${LABEL[kind]}${number}（示例）`,
        kind,
        status: nextStatus(kind),
        ...placePoint(rng, area, SPREAD[kind](area.radiusKm)),
        address: `${county.cityName}${county.name} 示例街道 ${seq} 号（示例数据）`,
        countyCode: county.code,
        openingHours: openingHoursFor(kind, rng),
        amenities: amenitiesFor(kind, rng),
        // Some outdoor stations are unattended and list no number.
        phone: kind === 'station' && rng() < 0.12 ? null : phoneFor(county.cityCode, rng),
        operator: `${county.name}总工会`,
        isSample: true,
        lastVerifiedAt: verifiedAtFor(rng),
      });
    }
  }
  return out;
}

/** The full sample set, in county-code order; ids are stable across runs. */
export function generateSampleStations(): SampleStation[] {
  const plans = planCounties(counties);
  const streams = statusStreams();
  const nextStatus: NextStatus = (kind) => {
    const s = streams[kind].pop();
    if (!s) throw new Error(`Ran out of planned ${kind} statuses`);
    return s;
  };
  return [...counties]
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap((c) => countyStations(c, plans.get(c.code)!, nextStatus));
}
