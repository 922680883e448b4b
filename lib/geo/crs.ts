// Chinese maps do not share one coordinate system: GPS and OSM use WGS-84,
// Amap/Tencent/Apple-in-China use GCJ-02 (the state-mandated obfuscated
// datum), Baidu uses its own BD-09 on top of GCJ-02. We store WGS-84 and
// convert at the edges. gcoord leaves points outside mainland China untouched,
// because GCJ-02 offsets only apply there.
import gcoord from 'gcoord';

export const CRS_LIST = ['wgs84', 'gcj02', 'bd09'] as const;
export type Crs = (typeof CRS_LIST)[number];

export type LngLat = [lng: number, lat: number];

const GCOORD_CRS = {
  wgs84: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
} as const;

// 6 decimals ≈ 0.1 m: finer digits are noise after an approximate transform.
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function transform(lng: number, lat: number, from: Crs, to: Crs): LngLat {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new RangeError('coordinates must be finite numbers');
  }
  if (from === to) return [round6(lng), round6(lat)];
  const [x, y] = gcoord.transform<[number, number]>([lng, lat], GCOORD_CRS[from], GCOORD_CRS[to]);
  return [round6(x), round6(y)];
}

/** Convert a point given in `from` to WGS-84, as [lng, lat]. */
export function toWgs84(lng: number, lat: number, from: Crs): LngLat {
  return transform(lng, lat, from, 'wgs84');
}

/** Convert a WGS-84 point to `to`, as [lng, lat]. */
export function fromWgs84(lng: number, lat: number, to: Crs): LngLat {
  return transform(lng, lat, 'wgs84', to);
}

export function isCrs(value: unknown): value is Crs {
  return typeof value === 'string' && (CRS_LIST as readonly string[]).includes(value);
}
