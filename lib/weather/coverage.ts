import { CHINA_CODE, division } from '@/lib/divisions/catalog';

// Which alert speaks for a place. An alert covers a county when its region is
// the county, the county's city, its province or all of China (100000). Where
// several do, the narrowest region speaks (a city's cold alert over a national
// one), then the latest to start.

/** 3 the county itself, 2 its city, 1 its province, 0 all of China; -1 when the alert does not cover it. */
export function coverRank(alertCode: string, countyCode: string): number {
  if (alertCode === countyCode) return 3;
  const county = division(countyCode);
  if (county && county.level === 'county') {
    if (county.cityCode !== null && county.cityCode === alertCode) return 2;
    if (county.provinceCode === alertCode) return 1;
  }
  return alertCode === CHINA_CODE && county ? 0 : -1;
}

type Placed = { divisionCode: string; startsAt: Date };

/** The alerts covering the county, the one that speaks for it first. */
export function alertsCovering<T extends Placed>(alerts: readonly T[], countyCode: string): T[] {
  return alerts
    .map((a) => ({ a, rank: coverRank(a.divisionCode, countyCode) }))
    .filter((x) => x.rank >= 0)
    .sort((x, y) => y.rank - x.rank || y.a.startsAt.getTime() - x.a.startsAt.getTime())
    .map((x) => x.a);
}
