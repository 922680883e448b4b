import { kmPerDegLat, kmPerDegLng } from './geodesy';
import type { Grid } from './grid';
import type { Gap } from './measure';
import type { CoverageCounty } from './divisions';
import type { Box, CountyCounts } from './station-source';
import type { CountyFigures, LngLat, Suggestion } from './types';

// A county's coverage as the engine caches it: the few numbers of every
// county (Measured), and for the one being looked at, its grid (Entry).

export type Measured = { areaKm2: number; coveredKm2: number; gapKm2: number; gapAt: LngLat | null };
export type Entry = { grid: Grid; covered: Uint8Array; coveredKm2: number; gap: Gap; suggestions: Map<number, Suggestion[]> };

/** The box grown by the longest reach: every station outside it is too far to touch the county. */
export function reachBox(b: Box, reachM: number): Box {
  const dLat = reachM / 1000 / kmPerDegLat(b.maxLat);
  const dLng = reachM / 1000 / kmPerDegLng(Math.max(Math.abs(b.maxLat), Math.abs(b.minLat)));
  return { minLng: b.minLng - dLng, maxLng: b.maxLng + dLng, minLat: b.minLat - dLat, maxLat: b.maxLat + dLat };
}

/** The grid's own box (cell edges, which can reach past the outline by a fraction of a cell). */
export function gridBox(g: Grid): Box {
  return { minLng: g.west, maxLng: g.west + g.cols * g.dLng, minLat: g.north - g.rows * g.dLat, maxLat: g.north };
}

export function measuredOf(e: Entry): Measured {
  return { areaKm2: e.grid.areaKm2, coveredKm2: e.coveredKm2, gapKm2: e.gap.km2, gapAt: e.gap.at };
}

export function figuresOf(div: CoverageCounty, m: Measured | null, counts: CountyCounts): CountyFigures {
  const base = {
    code: div.code, name: div.name, nameEn: div.nameEn, cityCode: div.cityCode, cityName: div.cityName, cityNameEn: div.cityNameEn,
    stationsInUse: counts.inUse, stations24h: counts.h24, stationsCounted: counts.counted,
  };
  if (!m) {
    return { ...base, areaKm2: null, coveredKm2: null, coveredShare: null, stationsPer100Km2: null, largestGapKm2: null, largestGapAt: null, hasBoundary: false };
  }
  const area = m.areaKm2;
  return {
    ...base, areaKm2: area, coveredKm2: m.coveredKm2, coveredShare: area > 0 ? Math.min(1, m.coveredKm2 / area) : 0,
    stationsPer100Km2: area > 0 ? (counts.inUse / area) * 100 : null,
    largestGapKm2: m.gapKm2, largestGapAt: m.gapAt, hasBoundary: true,
  };
}
