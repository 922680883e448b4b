import { z } from 'zod';
import { DETOUR_FACTOR, EBIKE_KMH, SERVICE_MINUTES, WALK_KMH, reachRadiusM } from '@/lib/geo/travel';
import type { Mode } from './types';

// The coverage model's settings. Not in lib/env.ts: only coverage reads them,
// and the defaults are the map's own travel model (lib/geo/travel.ts), so the
// circles on the map and the coverage figures agree unless someone says otherwise.

const number = (min: number, max: number, fallback: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().min(min).max(max).default(fallback));

const schema = z.object({
  /** Walking speed in km/h. */
  COVERAGE_WALK_KMH: number(1, 10, WALK_KMH),
  /** E-bike speed in km/h (the legal limit is 25). */
  COVERAGE_EBIKE_KMH: number(5, 25, EBIKE_KMH),
  /** Road distance over straight-line distance. */
  COVERAGE_DETOUR: number(1, 3, DETOUR_FACTOR),
});

export type CoverageSettings = {
  minutes: number;
  walkKmh: number;
  ebikeKmh: number;
  detour: number;
  /** Straight-line reach in metres per mode. */
  radiusM: Record<Mode, number>;
};

export function loadCoverageSettings(source: Record<string, string | undefined> = process.env): CoverageSettings {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid coverage configuration:\n  ${issues.join('\n  ')}`);
  }
  const { COVERAGE_WALK_KMH: walkKmh, COVERAGE_EBIKE_KMH: ebikeKmh, COVERAGE_DETOUR: detour } = parsed.data;
  const radius = (kmh: number) => Math.round(reachRadiusM(SERVICE_MINUTES, kmh, detour));
  return { minutes: SERVICE_MINUTES, walkKmh, ebikeKmh, detour, radiusM: { walk: radius(walkKmh), ebike: radius(ebikeKmh) } };
}
