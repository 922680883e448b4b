// A deliberately simple travel model for "how far can I get in N minutes"
// circles. Riders on a break want a rough, conservative answer instantly; a
// routing engine would be slower, need a road graph, and be no more useful for
// drawing a circle on a map.

/**
 * Walking speed. 5 km/h (≈1.4 m/s) is the usual planning figure for adults
 * on pavements, and a little below a fit courier's pace, so it errs short.
 */
export const WALK_KMH = 5;

/**
 * E-bike speed. The national standard GB 17761-2018 caps e-bikes at
 * 25 km/h; traffic lights, crossings and parking bring the door-to-door
 * average in a Chinese city down to about 15 km/h.
 */
export const EBIKE_KMH = 15;

/**
 * Road distance over straight-line distance ("circuity"). Studies of urban
 * street networks find 1.2–1.4; 1.25 suits the fairly dense grids of Jiangxi's
 * city centres, and makes a 15-minute walk a round 1 km.
 */
export const DETOUR_FACTOR = 1.25;

/** Budget for the service circles; matches the "15-minute living circle" planning norm. */
export const SERVICE_MINUTES = 15;

function metresPerMinute(kmh: number): number {
  if (!(kmh > 0) || !Number.isFinite(kmh)) throw new RangeError('speed must be a positive number');
  return (kmh * 1000) / 60;
}

/**
 * Whole minutes (rounded up) to cover a straight-line distance along roads.
 * Any positive distance takes at least a minute, so "0 min" only ever means
 * "you are there".
 */
export function travelMinutes(straightM: number, kmh: number, detour = DETOUR_FACTOR): number {
  if (!(straightM >= 0) || !Number.isFinite(straightM)) {
    throw new RangeError('distance must be a finite number >= 0');
  }
  if (straightM === 0) return 0;
  const exact = (straightM * detour) / metresPerMinute(kmh);
  // The epsilon stops float noise (15.000000000000002) from adding a minute.
  return Math.max(1, Math.ceil(exact - 1e-9));
}

/** Straight-line radius reachable along roads in the given minutes. */
export function reachRadiusM(minutes: number, kmh: number, detour = DETOUR_FACTOR): number {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) {
    throw new RangeError('minutes must be a finite number >= 0');
  }
  if (!(detour >= 1)) throw new RangeError('detour factor must be >= 1');
  return (minutes * metresPerMinute(kmh)) / detour;
}

/** Radii in metres of the 15-minute walk and e-bike circles drawn on the map. */
export const SERVICE_CIRCLE = {
  walk: Math.round(reachRadiusM(SERVICE_MINUTES, WALK_KMH)),
  ebike: Math.round(reachRadiusM(SERVICE_MINUTES, EBIKE_KMH)),
} as const;
