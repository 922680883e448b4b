// Who may act where. Plain functions of an admin and a place, used by every
// server action, page and API write; unit-tested beside this file.

export const ROLES = ['province', 'city', 'county'] as const;
export type Role = (typeof ROLES)[number];

/** `address`: the client address of the request acting as this admin (for the audit log). */
export type Admin = { id: string; email: string; name: string; role: Role; divisionCode: string | null; address?: string };

/** The county and its city, enough to decide scope without a query. */
export type Place = { countyCode: string; cityCode: string | null };

export function canActIn(admin: Admin, place: Place): boolean {
  if (admin.role === 'province') return true;
  if (admin.role === 'city') return admin.divisionCode !== null && admin.divisionCode === place.cityCode;
  return admin.divisionCode !== null && admin.divisionCode === place.countyCode;
}

/** Prisma `where` for stations (or reports) inside the admin's scope. */
export function stationScope(admin: Admin): { countyCode?: string | { in: string[] }; county?: { cityCode: string } } {
  if (admin.role === 'province') return {};
  if (admin.role === 'city') return { county: { cityCode: admin.divisionCode ?? '-' } };
  return { countyCode: admin.divisionCode ?? '-' };
}

export const canManageAccounts = (admin: Admin): boolean => admin.role === 'province';
export const canReadWholeLog = (admin: Admin): boolean => admin.role === 'province';
