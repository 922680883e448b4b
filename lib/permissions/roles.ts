// Who may act where. Plain functions of an admin and a place, used by every
// server action, page and API write; unit-tested beside this file. No division
// list is read here (client components import this module): a province is
// known from its GB/T 2260 code, whose first two digits every county inside shares.

export const ROLES = ['national', 'province', 'city', 'county'] as const;
export type Role = (typeof ROLES)[number];

/**
 * `divisionCode`: the province, city or county an admin acts in; null for a
 * national admin. `address`: the client address of the request acting as this admin (for the audit log).
 */
export type Admin = { id: string; email: string; name: string; role: Role; divisionCode: string | null; address?: string };

/** The county and its city (null when the province runs the county directly), enough to decide scope without a query. */
export type Place = { countyCode: string; cityCode: string | null };

const PROVINCE_CODE = /^[1-9]\d0000$/;

/** The two-digit prefix of a province admin's province, or null when the code is not a province's. */
export function provincePrefix(admin: Pick<Admin, 'role' | 'divisionCode'>): string | null {
  return admin.role === 'province' && admin.divisionCode && PROVINCE_CODE.test(admin.divisionCode) ? admin.divisionCode.slice(0, 2) : null;
}

export function canActIn(admin: Admin, place: Place): boolean {
  if (admin.role === 'national') return true;
  if (admin.role === 'province') {
    const prefix = provincePrefix(admin);
    return prefix !== null && /^\d{6}$/.test(place.countyCode) && place.countyCode.startsWith(prefix);
  }
  if (admin.role === 'city') return admin.divisionCode !== null && admin.divisionCode === place.cityCode;
  return admin.divisionCode !== null && admin.divisionCode === place.countyCode;
}

export type StationScope = { countyCode?: string | { startsWith: string } | { in: string[] }; county?: { cityCode: string } };

/** Prisma `where` for stations (or reports) inside the admin's scope; a broken scope matches nothing ('-'). */
export function stationScope(admin: Admin): StationScope {
  if (admin.role === 'national') return {};
  if (admin.role === 'province') {
    const prefix = provincePrefix(admin);
    return prefix ? { countyCode: { startsWith: prefix } } : { countyCode: '-' };
  }
  if (admin.role === 'city') return { county: { cityCode: admin.divisionCode ?? '-' } };
  return { countyCode: admin.divisionCode ?? '-' };
}

/** National admins manage every account; a province admin the accounts of its province (lib/accounts/scope.ts). */
export const canManageAccounts = (admin: Admin): boolean => admin.role === 'national' || provincePrefix(admin) !== null;

/** The whole log names every province's admins and addresses: national admins only. */
export const canReadWholeLog = (admin: Admin): boolean => admin.role === 'national';

/** National admins read the whole log; a province admin the station entries of its province. */
export const canReadLog = (admin: Admin): boolean => canReadWholeLog(admin) || provincePrefix(admin) !== null;

/** Prisma `where` for the log entries an admin may read (see canReadLog). */
export function logScope(admin: Admin): { countyCode?: { startsWith: string } | string } {
  if (canReadWholeLog(admin)) return {};
  const prefix = provincePrefix(admin);
  return prefix ? { countyCode: { startsWith: prefix } } : { countyCode: '-' };
}
