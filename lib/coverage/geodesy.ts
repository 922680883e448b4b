// Kilometres per degree on the WGS-84 ellipsoid at a latitude. Counties are
// small enough that these local scales are exact to well under 0.1 %.

const A_KM = 6378.137;
const E2 = 0.00669437999014;
const RAD = Math.PI / 180;

/** North–south: the meridian's radius of curvature. */
export function kmPerDegLat(lat: number): number {
  const s = Math.sin(lat * RAD);
  return (RAD * A_KM * (1 - E2)) / Math.pow(1 - E2 * s * s, 1.5);
}

/** East–west along the parallel. */
export function kmPerDegLng(lat: number): number {
  const s = Math.sin(lat * RAD);
  return (RAD * A_KM * Math.cos(lat * RAD)) / Math.sqrt(1 - E2 * s * s);
}

const E = Math.sqrt(E2);

/** Authalic function q(φ): equal areas on the ellipsoid are equal steps of q. */
function authalicQ(lat: number): number {
  const s = Math.sin(lat * RAD);
  return (1 - E2) * (s / (1 - E2 * s * s) - Math.log((1 - E * s) / (1 + E * s)) / (2 * E));
}

/**
 * Area in km² enclosed by a lng/lat ring on the WGS-84 ellipsoid: each edge's
 * strip down to the equator is (a²/2)·Δλ·q, exact for edges along parallels
 * and meridians and within 0.01 % for a county's short edges.
 */
export function ringAreaKm2(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j]!;
    const [x2 = 0, y2 = 0] = ring[i]!;
    sum += (x2 - x1) * RAD * (authalicQ(y1) + authalicQ(y2)) / 2;
  }
  return Math.abs((A_KM * A_KM * sum) / 2);
}
