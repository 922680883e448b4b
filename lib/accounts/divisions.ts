import { cities, counties } from '@/lib/divisions-data';

// The divisions an account can be scoped to, for the accounts pages and the
// audit log's county filter.

export type DivisionOption = { code: string; name: string; cityName?: string };

export const cityOptions: DivisionOption[] = cities.map((c) => ({ code: c.code, name: c.name }));
export const countyOptions: DivisionOption[] = counties.map((c) => ({ code: c.code, name: c.name, cityName: c.cityName }));

const names = new Map<string, string>([
  ...cities.map((c) => [c.code, c.name] as const),
  ...counties.map((c) => [c.code, `${c.cityName}${c.name}`] as const),
]);

/** "南昌市东湖区" for a county, "南昌市" for a city, the bare code when unknown. */
export function divisionName(code: string | null | undefined): string {
  if (!code) return '';
  return names.get(code) ?? code;
}
