import { provincePrefix, type Admin, type Role } from '@/lib/permissions/roles';

// Which accounts an admin may create, see and change. A national admin: every
// account. A province admin: accounts whose division lies in its province (its
// own province's admins, and the city and county admins inside it), never a
// national admin nor anyone of another province. Everyone else: none.
// Division codes are GB/T 2260: every city and county of a province starts
// with the province's two digits, so no division list is needed here.

export type Scope = { role: Role | string; divisionCode: string | null };

/** Whether `actor` may give an account this role and division (creating or re-scoping it). */
export function canGrant(actor: Admin, scope: Scope): boolean {
  if (actor.role === 'national') return true;
  const prefix = provincePrefix(actor);
  if (prefix === null || scope.role === 'national' || !scope.divisionCode) return false;
  if (scope.role === 'province') return scope.divisionCode === actor.divisionCode;
  return (scope.role === 'city' || scope.role === 'county') && scope.divisionCode.startsWith(prefix);
}

/** Whether `actor` may see, disable, re-scope or reset the account as it is now. */
export const canManageAccount = (actor: Admin, target: Scope): boolean => canGrant(actor, target);

/** The roles `actor` may hand out, highest first. */
export function grantableRoles(actor: Admin): Role[] {
  if (actor.role === 'national') return ['national', 'province', 'city', 'county'];
  return provincePrefix(actor) ? ['province', 'city', 'county'] : [];
}

/** Prisma `where` for the accounts `actor` may manage; portable (a prefix is LIKE 'nn%' on both databases). */
export function accountsWhere(actor: Admin): { divisionCode?: string | { startsWith: string } } {
  if (actor.role === 'national') return {};
  const prefix = provincePrefix(actor);
  return prefix ? { divisionCode: { startsWith: prefix } } : { divisionCode: '-' };
}
