import type { AreaGeometry } from '@/lib/geo/polygon';
import type { CoverageSettings } from './settings';
import type { AreaCoverage, CountyFigures, Mode, Rollup, Suggestion } from './types';

// Figures as the API sends them: km² to 0.01, shares to 0.0001, points to 1e-5°
// (~1 m), which is as much as a 250 m grid can honestly say.

const r = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export function countyJson(c: CountyFigures) {
  return {
    code: c.code, name: c.name, nameEn: c.nameEn, cityCode: c.cityCode, cityName: c.cityName, cityNameEn: c.cityNameEn,
    areaKm2: r(c.areaKm2, 2), coveredKm2: r(c.coveredKm2, 2), coveredShare: r(c.coveredShare, 4),
    stationsInUse: c.stationsInUse, stations24h: c.stations24h, stationsCounted: c.stationsCounted,
    stationsPer100Km2: r(c.stationsPer100Km2, 2), largestGapKm2: r(c.largestGapKm2, 2),
    largestGapAt: c.largestGapAt && { lat: r(c.largestGapAt.lat, 5), lng: r(c.largestGapAt.lng, 5) },
    hasBoundary: c.hasBoundary,
  };
}

export function rollupJson(x: Rollup) {
  return {
    ...x, areaKm2: r(x.areaKm2, 2), coveredKm2: r(x.coveredKm2, 2), coveredShare: r(x.coveredShare, 4),
    stationsPer100Km2: r(x.stationsPer100Km2, 2), largestGapKm2: r(x.largestGapKm2, 2),
  };
}

export function suggestionJson(s: Suggestion) {
  return { rank: s.rank, lat: r(s.lat, 5), lng: r(s.lng, 5), addsKm2: r(s.addsKm2, 2) };
}

/** A region's answer. A province's also keeps the names the API has always used (province, cities). */
export function areaJson(p: AreaCoverage, model: Record<string, unknown>) {
  const region = rollupJson(p.region);
  const parts = p.parts.map(rollupJson);
  return {
    mode: p.mode, openNow: p.openNow, model, level: p.level, region, parts,
    ...(p.level === 'province' && { province: region, cities: parts }),
    counties: p.counties.map(countyJson),
  };
}

/** The model behind the figures, stated with them. */
export function modelJson(model: CoverageSettings & { cellM: number }, mode: Mode) {
  return {
    method: 'straight-line buffer', minutes: model.minutes, kmh: mode === 'walk' ? model.walkKmh : model.ebikeKmh,
    detour: model.detour, radiusM: model.radiusM[mode], cellM: model.cellM,
    counted: 'stations in use (and open now, when asked)',
  };
}

/** A boundary with coordinates to 1e-5° (~1 m): half the bytes, nothing visible lost. */
export function roundedGeometry(g: AreaGeometry | null): AreaGeometry | null {
  if (!g) return null;
  const ring = (pts: number[][]) => pts.map(([x = 0, y = 0]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}
