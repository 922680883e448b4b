import 'server-only';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';

/** Open public problem reports on stations in the admin's scope. */
export async function openReportCount(admin: Admin): Promise<number> {
  return db.report.count({ where: { status: 'open', station: stationScope(admin) } });
}
