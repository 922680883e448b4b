import { allDivisions, CHINA_CODE, division, type Division } from '@/lib/divisions/catalog';
import { canActIn, provincePrefix, type Admin, type Place } from '@/lib/permissions/roles';

// Scope decisions for stations, from the county code alone: the county's city
// comes from the division catalog (all of China), so no query (and no form
// field) is trusted.

/** A county and the division above it: its city, or its province when the province runs it directly. */
export type ScopeCounty = {
  code: string; name: string; nameEn: string; cityCode: string; cityName: string; cityNameEn: string; provinceCode: string; lat: number; lng: number;
};

let byCode: Map<string, ScopeCounty> | null = null;

// Built once from the fixed catalog (2,848 counties): bounded by it.
function counties(): Map<string, ScopeCounty> {
  if (byCode) return byCode;
  const list = allDivisions().filter((d) => d.level === 'county').map((d): ScopeCounty => {
    const parent = division(d.parentCode ?? d.provinceCode);
    return {
      code: d.code, name: d.name, nameEn: d.nameEn, cityCode: parent?.code ?? d.provinceCode, cityName: parent?.name ?? '',
      cityNameEn: parent?.nameEn ?? '', provinceCode: d.provinceCode, lat: d.lat, lng: d.lng,
    };
  });
  byCode = new Map(list.map((c) => [c.code, c]));
  return byCode;
}

export function countyOf(code: string): ScopeCounty | undefined {
  return counties().get(code);
}

export function placeOf(countyCode: string): Place {
  return { countyCode, cityCode: division(countyCode)?.cityCode ?? null };
}

export function inScope(admin: Admin, countyCode: string): boolean {
  return counties().has(countyCode) && canActIn(admin, placeOf(countyCode));
}

/** The counties the admin acts in: one, a city's, a province's (up to ~190), or all 2,848 for a national admin. */
export function countiesInScope(admin: Admin): ScopeCounty[] {
  const prefix = admin.role === 'national' ? '' : provincePrefix(admin);
  const all = [...counties().values()];
  if (prefix !== null) return all.filter((c) => c.code.startsWith(prefix));
  return all.filter((c) => inScope(admin, c.code));
}

/** Station `where` for the admin's scope, as county codes (index-friendly); {} for a national admin. */
export function scopeWhere(admin: Admin): { countyCode?: { in: string[] } } {
  return admin.role === 'national' ? {} : { countyCode: { in: countiesInScope(admin).map((c) => c.code) } };
}

/** The division an admin's map starts on, and how close. */
function home(admin: Admin): { area: Division | undefined; zoom: number } {
  if (admin.role === 'national') return { area: division(CHINA_CODE), zoom: 4 };
  const zoom = { province: 7, city: 9, county: 13 }[admin.role];
  return { area: admin.divisionCode ? division(admin.divisionCode) : undefined, zoom };
}

/**
 * County options for the station form (in the page's language), and where its
 * map starts with no point. A national admin gets no list of 2,848: the point
 * decides the county, and the form shows the one it falls in (and `current`,
 * the edited station's county).
 */
export function formPlaces(admin: Admin, locale = 'zh-CN', current?: string) {
  const stored = current ? countyOf(current) : undefined;
  const own = admin.role !== 'national' ? countiesInScope(admin) : stored ? [stored] : [];
  const en = locale === 'en';
  const options = own.map((c) => ({ code: c.code, name: en ? c.nameEn : c.name, cityName: en ? c.cityNameEn : c.cityName }));
  const names = Object.fromEntries(own.map((c) => [c.code, en ? c.nameEn : c.name]));
  const { area, zoom } = home(admin);
  const start = area ? { lat: area.lat, lng: area.lng, zoom } : { lat: 35.9, lng: 104.2, zoom: 4 };
  return { options, names, start };
}
