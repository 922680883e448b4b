import { CHINA_CODE, type Division, childrenOf, countiesWithin, division } from '@/lib/divisions/catalog';
import { countyOutline } from '@/lib/divisions/locate';
import { toGeometry } from '@/lib/divisions/outlines';
import type { AreaGeometry } from '@/lib/geo/polygon';

// The areas coverage is measured over: any county of China, and the counties
// within any province or city (or all of China). A parameter of the engine,
// so unit tests can use square counties computed by hand.

export type Named = { code: string; name: string; nameEn: string };
export type CoverageCounty = Named & {
  /** The county's city, or its province when the province runs it directly. */
  cityCode: string; cityName: string; cityNameEn: string;
  /** A point of the county (for a gap nobody reaches, when no grid was drawn). */
  lat: number; lng: number;
  /** Loaded on demand: outlines are only needed where a grid is drawn or an area measured. */
  geometry(): AreaGeometry | null;
};
export type CoverageRegion = Named & { level: 'china' | 'province' | 'city' | 'county' };

export interface CoverageDivisions {
  region(code: string): CoverageRegion | undefined;
  /** Every county in the region (the county itself for a county). */
  counties(code: string): CoverageCounty[];
  county(code: string): CoverageCounty | undefined;
  /** What the region's figures are rolled up by: provinces, cities (and directly-run counties), counties. */
  parts(code: string): Named[];
  /** The part of `region` a county of it belongs to. */
  partOf(county: CoverageCounty, region: string): string;
}

const named = (d: Division): Named => ({ code: d.code, name: d.name, nameEn: d.nameEn });

function coverageCounty(d: Division): CoverageCounty {
  const parent = division(d.cityCode ?? d.provinceCode);
  return {
    ...named(d), lat: d.lat, lng: d.lng,
    cityCode: parent?.code ?? d.provinceCode, cityName: parent?.name ?? '', cityNameEn: parent?.nameEn ?? '',
    // Not kept: GeoJSON of every county would hold ~100 MB; the flat outlines stay loaded in lib/divisions.
    geometry: () => {
      const outline = countyOutline(d.code);
      return outline ? toGeometry(outline) : null;
    },
  };
}

let counties: Map<string, CoverageCounty> | null = null;
const allCounties = () => (counties ??= new Map(countiesWithin(CHINA_CODE).map((d) => [d.code, coverageCounty(d)])));

/** All of China, from lib/divisions (GB/T 2260 codes, outlines in WGS-84). */
export const chinaDivisions: CoverageDivisions = {
  region(code) {
    const d = division(code);
    if (!d) return undefined;
    return { ...named(d), level: code === CHINA_CODE ? 'china' : d.level };
  },
  counties: (code) => countiesWithin(code).map((d) => allCounties().get(d.code)!),
  county: (code) => allCounties().get(code),
  parts(code) {
    const d = division(code);
    return d?.level === 'county' ? [named(d)] : childrenOf(code).map(named);
  },
  partOf(county, region) {
    if (region === CHINA_CODE) return `${county.code.slice(0, 2)}0000`;
    const d = division(region);
    if (d?.level !== 'province') return county.code;
    return county.cityCode === region ? county.code : county.cityCode;
  },
};
