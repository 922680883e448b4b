import { counties, type County } from '@/lib/divisions-data';
import { canActIn, type Admin, type Place } from '@/lib/permissions/roles';

// Scope decisions for stations, from the county code alone: the county's city
// comes from the division list, so no query (and no form field) is trusted.

const countyByCode = new Map(counties.map((c) => [c.code, c]));

export function countyOf(code: string): County | undefined {
  return countyByCode.get(code);
}

export function placeOf(countyCode: string): Place {
  return { countyCode, cityCode: countyByCode.get(countyCode)?.cityCode ?? null };
}

export function inScope(admin: Admin, countyCode: string): boolean {
  return countyByCode.has(countyCode) && canActIn(admin, placeOf(countyCode));
}

export function countiesInScope(admin: Admin): County[] {
  return counties.filter((c) => inScope(admin, c.code));
}

/** Station `where` for the admin's scope, as county codes (index-friendly); {} for the province. */
export function scopeWhere(admin: Admin): { countyCode?: { in: string[] } } {
  return admin.role === 'province' ? {} : { countyCode: { in: countiesInScope(admin).map((c) => c.code) } };
}

/** County options for the station form, and where its map starts with no point. */
export function formPlaces(admin: Admin) {
  const own = countiesInScope(admin);
  const options = own.map((c) => ({ code: c.code, name: c.name, cityName: c.cityName }));
  const names = Object.fromEntries(counties.map((c) => [c.code, c.name]));
  const first = own[0];
  const start = admin.role === 'county' && first ? { lat: first.lat, lng: first.lng, zoom: 13 }
    : admin.role === 'city' && first ? { lat: first.lat, lng: first.lng, zoom: 9 }
      : { lat: 27.3, lng: 115.75, zoom: 7 };
  return { options, names, start };
}
