import { generateSampleStations, type SampleStation } from '../../lib/sample-data';
import { distanceM, type Point } from './helpers';

// The deterministic sample set the test server was seeded with, regenerated
// here so that API answers can be checked against a brute-force computation.

let cached: SampleStation[] | undefined;
export function sampleStations(): SampleStation[] {
  return (cached ??= generateSampleStations());
}

export type OracleFilter = { kinds?: string[]; statuses?: string[]; amenities?: string[] };

const DEFAULT_STATUSES = ['planned', 'under_construction', 'in_use', 'suspended'];

export function oracleMatches(s: SampleStation, f: OracleFilter = {}): boolean {
  const has = s.amenities.split(',');
  return (!f.kinds || f.kinds.includes(s.kind)) && (f.statuses ?? DEFAULT_STATUSES).includes(s.status) &&
    (f.amenities ?? []).every((a) => has.includes(a));
}

/** Every matching sample station, nearest first, with its exact distance. */
export function bruteNearest(p: Point, f: OracleFilter = {}): { id: string; d: number }[] {
  return sampleStations()
    .filter((s) => oracleMatches(s, f))
    .map((s) => ({ id: s.id, d: distanceM(p, s) }))
    .sort((a, b) => a.d - b.d);
}

export function countInBox(box: [number, number, number, number], f: OracleFilter = {}): number {
  const [minLng, minLat, maxLng, maxLat] = box;
  return sampleStations().filter((s) => oracleMatches(s, f) && s.lng >= minLng && s.lng <= maxLng && s.lat >= minLat && s.lat <= maxLat).length;
}

/** The sample data's own PRNG, so "random" points are the same on every run. */
export { mulberry32 as prng } from '../../lib/sample-data-attributes';
