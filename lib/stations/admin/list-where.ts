import { containsText } from '@/lib/db-filters';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { shanghaiDay, type ListQuery } from './list-query';
import { inScope, scopeWhere } from './scope';

/** The admin list's filters as a station `where`, within the admin's scope (shared by the list and the export). */
export function listWhere(admin: Admin, q: ListQuery): Prisma.StationWhereInput {
  const where: Prisma.StationWhereInput = {
    archivedAt: q.archived ? { not: null } : null,
    // A county outside the scope matches nothing rather than widening the list.
    ...(q.county ? { countyCode: inScope(admin, q.county) ? q.county : '-' } : scopeWhere(admin)),
  };
  if (q.kind) where.kind = q.kind;
  if (q.status) where.status = q.status;
  if (q.verified === 'never') where.lastVerifiedAt = null;
  if (q.verified === 'before' && q.before) where.lastVerifiedAt = { lt: shanghaiDay(q.before) };
  if (q.q) where.OR = [{ name: containsText(q.q) }, { address: containsText(q.q) }];
  return where;
}
