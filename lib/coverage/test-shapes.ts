import type { Polygon } from 'geojson';
import type { AreaGeometry } from '@/lib/geo/polygon';
import type { CoverageCounty, CoverageDivisions } from './divisions';
import { kmPerDegLat, kmPerDegLng } from './geodesy';

// Hand-made geography for the unit tests: rectangles measured in kilometres
// from a reference corner, so expected areas can be worked out on paper.

export const ORIGIN = { lng: 115, lat: 27 };

/** A point `eastKm` and `northKm` from the origin. */
export function at(eastKm: number, northKm: number): { lng: number; lat: number } {
  return { lng: ORIGIN.lng + eastKm / kmPerDegLng(ORIGIN.lat), lat: ORIGIN.lat + northKm / kmPerDegLat(ORIGIN.lat) };
}

/** The rectangle [x0, x1] × [y0, y1] in km from the origin. */
export function rect(x0: number, y0: number, x1: number, y1: number): Polygon {
  const corners = [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)];
  return { type: 'Polygon', coordinates: [corners.map((p) => [p.lng, p.lat])] };
}

type TestCounty = { code: string; name: string; cityCode: string; geometry: AreaGeometry | null };

/** One province 'P' of cities and counties drawn by hand, as the engine reads divisions. */
export function fixedDivisions(cities: { code: string; name: string }[], counties: TestCounty[]): CoverageDivisions {
  const en = <T extends { name: string }>(x: T) => ({ ...x, nameEn: `${x.name} (en)` });
  const cityName = (code: string) => cities.find((c) => c.code === code)?.name ?? '';
  const list: CoverageCounty[] = counties.map((c) => ({
    ...en(c), cityName: cityName(c.cityCode), cityNameEn: `${cityName(c.cityCode)} (en)`, lat: 0, lng: 0, geometry: () => c.geometry,
  }));
  const level = (code: string) => (code === 'P' ? 'province' : cities.some((c) => c.code === code) ? 'city' : 'county') as 'province' | 'city' | 'county';
  const within = (code: string) => list.filter((c) => code === 'P' || c.cityCode === code || c.code === code);
  return {
    region: (code) => (code === 'P' || cities.some((c) => c.code === code) || list.some((c) => c.code === code) ? { code, name: code, nameEn: code, level: level(code) } : undefined),
    counties: within,
    county: (code) => list.find((c) => c.code === code),
    parts: (code) => (code === 'P' ? cities.map(en) : within(code).map(({ code: c, name, nameEn }) => ({ code: c, name, nameEn }))),
    partOf: (county, region) => (region === 'P' ? county.cityCode : county.code),
  };
}
