import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dayRange, type AuditFilters, type Cursor } from './filters';
import { containsText } from '@/lib/db-filters';
import { type Admin, logScope } from '@/lib/permissions/roles';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string; at: Date; actorEmail: string; action: string; stationId: string | null; countyCode: string | null;
  before: string | null; after: string | null; note: string | null; clientAddress: string | null;
};

function where(f: AuditFilters, cursor: Cursor | null, scope: Prisma.AuditEntryWhereInput): Prisma.AuditEntryWhereInput {
  const at = dayRange(f.from, f.to);
  const and: Prisma.AuditEntryWhereInput[] = [scope];
  // Keyset paging on (at, id): stable while new entries arrive, and fast deep into the log.
  if (cursor) and.push({ OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] });
  return {
    ...(f.action && { action: f.action }),
    ...(f.actor && { actorEmail: containsText(f.actor.toLowerCase()) }),
    ...(f.station && { stationId: f.station }),
    ...(f.county && { countyCode: f.county }),
    ...((at.gte || at.lt) && { at }),
    AND: and,
  };
}

/** One page of the log the admin may read (logScope), newest first, and the cursor of the next page (if any). */
export async function auditPage(admin: Admin, f: AuditFilters, cursor: Cursor | null): Promise<{ rows: AuditRow[]; next: Cursor | null }> {
  const rows = await db.auditEntry.findMany({
    where: where(f, cursor, logScope(admin)),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > AUDIT_PAGE_SIZE && last ? { at: last.at, id: last.id } : null };
}

/** Accounts whose sign-in was closed by guessing from many addresses in the last day (the national admins' notice). */
export async function sprayedAccountCount(): Promise<number> {
  const rows = await db.auditEntry.findMany({
    where: { action: 'account_sign_in_throttled', at: { gte: new Date(Date.now() - 86_400_000) } },
    select: { after: true }, take: 1000,
  });
  return new Set(rows.map((r) => r.after)).size;
}
