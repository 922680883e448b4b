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
