import type { CountyFigures, Rollup } from './types';

// City, province and national figures from their counties. Areas add up because county
// polygons do not overlap (to within the simplified boundaries' slivers);
// gaps do not add up, so the roll-up names the largest single county gap.

export function rollup({ code, name, nameEn }: { code: string; name: string; nameEn: string }, counties: readonly CountyFigures[]): Rollup {
  let areaKm2 = 0;
  let coveredKm2 = 0;
  let stationsInUse = 0;
  let stations24h = 0;
  let stationsCounted = 0;
  let largestGapKm2 = 0;
  let largestGapCounty: string | null = null;
  for (const c of counties) {
    areaKm2 += c.areaKm2 ?? 0;
    coveredKm2 += c.coveredKm2 ?? 0;
    stationsInUse += c.stationsInUse;
    stations24h += c.stations24h;
    stationsCounted += c.stationsCounted;
    if ((c.largestGapKm2 ?? 0) > largestGapKm2) [largestGapKm2, largestGapCounty] = [c.largestGapKm2!, c.code];
  }
  return {
    code, name, nameEn, counties: counties.length, areaKm2, coveredKm2,
    coveredShare: areaKm2 > 0 ? coveredKm2 / areaKm2 : 0,
    stationsInUse, stations24h, stationsCounted,
    stationsPer100Km2: areaKm2 > 0 ? (stationsInUse / areaKm2) * 100 : 0,
    largestGapKm2, largestGapCounty,
  };
}
