import { kmPerDegLat, kmPerDegLng } from './geodesy';
import type { Grid } from './grid';
import type { Gap } from './measure';
import type { CoverageCounty } from './divisions';
import type { CountyCounts } from './station-source';
import type { CountyFigures, Suggestion } from './types';

// A county's computed coverage as the engine caches it, and its figures.

export type Entry = { grid: Grid; covered: Uint8Array; coveredKm2: number; gap: Gap; suggestions: Map<number, Suggestion[]> };

/** The grid's box grown by the longest reach: every station outside it is too far to touch the county. */
export function reachBox(g: Grid, reachM: number) {
  const south = g.north - g.rows * g.dLat;
  const dLat = reachM / 1000 / kmPerDegLat(g.north);
  const dLng = reachM / 1000 / kmPerDegLng(Math.max(Math.abs(g.north), Math.abs(south)));
  return { minLng: g.west - dLng, maxLng: g.west + g.cols * g.dLng + dLng, minLat: south - dLat, maxLat: g.north + dLat };
}

export function figuresOf(div: CoverageCounty, entry: Entry | null, counts: CountyCounts): CountyFigures {
  const base = {
    code: div.code, name: div.name, cityCode: div.cityCode, cityName: div.cityName,
    stationsInUse: counts.inUse, stations24h: counts.h24, stationsCounted: counts.counted,
  };
  if (!entry) {
    return { ...base, areaKm2: null, coveredKm2: null, coveredShare: null, stationsPer100Km2: null, largestGapKm2: null, largestGapAt: null, hasBoundary: false };
  }
  const area = entry.grid.areaKm2;
  return {
    ...base, areaKm2: area, coveredKm2: entry.coveredKm2, coveredShare: area > 0 ? entry.coveredKm2 / area : 0,
    stationsPer100Km2: area > 0 ? (counts.inUse / area) * 100 : null,
    largestGapKm2: entry.gap.km2, largestGapAt: entry.gap.at, hasBoundary: true,
  };
}
