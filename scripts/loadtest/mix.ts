// The mixed read load: what people do on the map (nearest, panning and
// zooming) and what shared links open (the server-rendered station page).
import type { Rng } from '../bench/stats';
import { nearestPath, randomPoints, viewportPath, ZOOMS } from '../bench/workloads';
import type { StationSample } from './targets';

export type RequestKind = 'probe' | 'nearest' | 'viewport' | 'station';
export const KINDS: readonly RequestKind[] = ['probe', 'nearest', 'viewport', 'station'];

/** The liveness probe: the app's cheapest route, what every other figure is compared with. */
export const PROBE = '/api/health';

/** The bench's filter: warm-up builds its supercluster, so the measured run does not pay for that. */
export const FILTER = '&amenities=ebike_charging&openNow=1';

// Out of every 10 requests: 4 nearest, 4 viewport, 2 station pages (Chinese and English).
const PATTERN: readonly RequestKind[] = [
  'nearest', 'viewport', 'station', 'nearest', 'viewport', 'nearest', 'viewport', 'station', 'nearest', 'viewport',
];

export function kindOf(path: string): RequestKind {
  if (path === PROBE) return 'probe';
  if (path.startsWith('/api/stations/nearest')) return 'nearest';
  if (path.startsWith('/api/stations?')) return 'viewport';
  return 'station';
}

/** n request paths in the PATTERN's order; one nearest and one viewport in four use the filter. */
export function requestMix(rng: Rng, sample: StationSample, n: number): string[] {
  const points = randomPoints(rng, sample.coords, n);
  let page = 0;
  return points.map((p, k) => {
    const kind = PATTERN[k % PATTERN.length]!;
    const filter = rng() < 0.25 ? FILTER : '';
    if (kind === 'nearest') return nearestPath(p, filter);
    if (kind === 'viewport') return viewportPath(p, ZOOMS.min + Math.floor(rng() * (ZOOMS.max - ZOOMS.min + 1)), filter);
    const id = sample.ids[page % sample.ids.length]!;
    return `${page++ % 2 ? '/en' : ''}/stations/${encodeURIComponent(id)}`;
  });
}
