import type { Prisma } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import type { ListQuery } from '@/lib/stations/admin/list-query';
import { listWhere } from '@/lib/stations/admin/list-where';

/** The admin list's filters as a station `where`, within the admin's scope: the export follows the list. */
export function adminExportWhere(admin: Admin, q: ListQuery): Prisma.StationWhereInput {
  return listWhere(admin, q);
}

/** What the public may download: every station not archived. */
export const PUBLIC_WHERE: Prisma.StationWhereInput = { archivedAt: null };
