// Great-circle helpers on a spherical earth. A sphere is off from the WGS-84
// ellipsoid by < 0.5 %, far below what matters for "which station is near".

/** IUGG mean earth radius R1, in metres. */
export const EARTH_RADIUS_M = 6371008.8;

const RAD = Math.PI / 180;

export type BBox = { minLat: number; minLng: number; maxLat: number; maxLng: number };

/** Distance in metres between two WGS-84 points (haversine, stable at short range). */
export function haversineM(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping past 1 by rounding for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Smallest lat/lng box containing every point within radiusM of (lat, lng), for
 * a cheap index pre-filter before exact haversine checks.
 *
 * The longitude half-width uses the meridians tangent to the circle,
 * asin(sin(r) / cos(lat)), not r / cos(lat): the circle's widest point lies
 * poleward of its centre, so the naive width would clip it.
 * Near a pole or across the antimeridian the box widens to all longitudes
 * rather than wrapping, so callers never have to handle minLng > maxLng.
 */
export function bboxAround(lat: number, lng: number, radiusM: number): BBox {
  if (![lat, lng, radiusM].every(Number.isFinite) || radiusM < 0) {
    throw new RangeError('bboxAround: lat, lng must be finite and radiusM >= 0');
  }
  const r = radiusM / EARTH_RADIUS_M;
  const dLat = r / RAD;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  const ratio = Math.sin(r) / Math.cos(lat * RAD);
  if (minLat === -90 || maxLat === 90 || r >= Math.PI / 2 || ratio >= 1) {
    return { minLat, minLng: -180, maxLat, maxLng: 180 };
  }
  const dLng = Math.asin(ratio) / RAD;
  if (lng - dLng < -180 || lng + dLng > 180) {
    return { minLat, minLng: -180, maxLat, maxLng: 180 };
  }
  return { minLat, minLng: lng - dLng, maxLat, maxLng: lng + dLng };
}
