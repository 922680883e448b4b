import type { Prisma } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { shanghaiDay, type ListQuery } from '@/lib/stations/admin/list-query';
import { inScope, scopeWhere } from '@/lib/stations/admin/scope';

// The admin list's filters as a station `where`, within the admin's scope
// (the same rules as the list: a county outside the scope matches nothing).

export function adminExportWhere(admin: Admin, q: ListQuery): Prisma.StationWhereInput {
  const where: Prisma.StationWhereInput = {
    archivedAt: q.archived ? { not: null } : null,
    ...(q.county ? { countyCode: inScope(admin, q.county) ? q.county : '-' } : scopeWhere(admin)),
  };
  if (q.kind) where.kind = q.kind;
  if (q.status) where.status = q.status;
  if (q.verified === 'never') where.lastVerifiedAt = null;
  if (q.verified === 'before' && q.before) where.lastVerifiedAt = { lt: shanghaiDay(q.before) };
  if (q.q) where.OR = [{ name: { contains: q.q } }, { address: { contains: q.q } }];
  return where;
}

/** What the public may download: every station not archived. */
export const PUBLIC_WHERE: Prisma.StationWhereInput = { archivedAt: null };
