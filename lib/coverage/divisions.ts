import { cities, counties, countyGeometry } from '@/lib/divisions-data';
import type { AreaGeometry } from '@/lib/geo/polygon';

// The areas coverage is measured over. A parameter of the engine, so unit
// tests can use square counties computed by hand.

export type CoverageCounty = { code: string; name: string; cityCode: string; cityName: string; geometry: AreaGeometry | null };
export type CoverageDivisions = { province: { code: string; name: string }; cities: { code: string; name: string }[]; counties: CoverageCounty[] };

let jiangxi: CoverageDivisions | null = null;

/**
 * Jiangxi's 11 cities and 100 counties. 红谷滩区 (360113) has no polygon of its
 * own (its area is inside 新建区's): it is listed with its stations and no
 * area; its stations still cover the cells of 新建区 and 东湖区 they reach.
 */
export function jiangxiDivisions(): CoverageDivisions {
  jiangxi ??= {
    province: { code: '360000', name: '江西省' },
    cities: cities.map(({ code, name }) => ({ code, name })),
    counties: [...counties]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => ({ code: c.code, name: c.name, cityCode: c.cityCode, cityName: c.cityName, geometry: countyGeometry(c.code) })),
  };
  return jiangxi;
}
