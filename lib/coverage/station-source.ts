import type { Filters } from '@/lib/stations/schema';
import type { StationIndex } from '@/lib/stations/station-index';

// What coverage needs of the public station index (lib/stations): positions,
// the kd-tree and the filter matcher. Reading the index, not the database,
// means 200,000 rows are read once per data version, not once per question.

export type StationSource = Pick<StationIndex, 'size' | 'kd' | 'lat' | 'lng' | 'matcher' | 'filterKey' | 'row'>;

/** The stations the model counts: in use, and open at `now` when asked. */
export function countedFilters(openNow: boolean, h24 = false): Filters {
  return { kinds: [], amenities: [], statuses: ['in_use'], openNow, h24, noPhone: false };
}

export type Box = { minLng: number; minLat: number; maxLng: number; maxLat: number };

export function stationsIn(src: StationSource, box: Box, match: (i: number) => boolean): number[] {
  if (src.size === 0) return [];
  return src.kd.range(box.minLng, box.minLat, box.maxLng, box.maxLat).filter(match).sort((a, b) => a - b);
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A fingerprint of a set of positions that ignores their order (index ids
 * shift when any station elsewhere is added): two independent 32-bit sums of
 * per-point hashes, and the count. Positions are taken to 1e-7° (~1 cm).
 */
export function positionsHash(src: StationSource, ids: readonly number[]): string {
  let s1 = 0;
  let s2 = 0;
  for (const i of ids) {
    const a = Math.round(src.lng[i]! * 1e7) | 0;
    const b = Math.round(src.lat[i]! * 1e7) | 0;
    s1 = (s1 + fmix32(a ^ Math.imul(b, 0x9e3779b1))) >>> 0;
    s2 = (s2 + fmix32(b ^ Math.imul(a, 0x85ebca77) ^ 0x27d4eb2f)) >>> 0;
  }
  return `${ids.length}.${s1.toString(36)}.${s2.toString(36)}`;
}

export type CountyCounts = { inUse: number; h24: number; counted: number };

/** Stations per county code (the recorded county, not the polygon): in use, 24 h, counted. */
export function countsByCounty(src: StationSource, openNow: boolean, now: Date): Map<string, CountyCounts> {
  const inUse = src.matcher(countedFilters(false), now);
  const h24 = src.matcher(countedFilters(false, true), now);
  const counted = openNow ? src.matcher(countedFilters(true), now) : inUse;
  const out = new Map<string, CountyCounts>();
  for (let i = 0; i < src.size; i++) {
    if (!inUse(i)) continue;
    const code = src.row(i)?.countyCode ?? '';
    let c = out.get(code);
    if (!c) out.set(code, (c = { inUse: 0, h24: 0, counted: 0 }));
    c.inUse++;
    if (h24(i)) c.h24++;
    if (counted(i)) c.counted++;
  }
  return out;
}
