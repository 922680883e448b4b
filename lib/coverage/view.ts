import { CHINA_CODE, division, isWithin } from '@/lib/divisions/catalog';
import type { CoveragePageState } from './schema';

// Which region a coverage page lists and which county it looks at, from its
// URL state. `?county=` has always named the county; a province or city code
// there (the map's choropleth picks one at China or province level) opens
// that region instead. A county outside the asked region brings its province.

export type CoverageView = { region: string; county: string | null };

export function coverageView(state: Pick<CoveragePageState, 'region' | 'county'>, fallback: string): CoverageView | null {
  let region = state.region ?? fallback;
  let county = state.county;
  if (county && (county === CHINA_CODE || division(county)?.level !== 'county')) [region, county] = [county, null];
  if (!division(region) || (county && !division(county))) return null;
  if (county && !isWithin(county, region)) region = division(county)!.provinceCode;
  return { region, county };
}
