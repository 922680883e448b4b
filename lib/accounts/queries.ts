import 'server-only';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db-filters';
import type { Admin } from '@/lib/permissions/roles';
import { accountsWhere, canManageAccount } from './scope';

export type AccountRow = {
  id: string; email: string; name: string; role: string; divisionCode: string | null; disabled: boolean; createdAt: Date;
  mustChangePassword: boolean;
};

const SELECT = { id: true, email: true, name: true, role: true, divisionCode: true, disabled: true, createdAt: true, mustChangePassword: true } as const;
export const ACCOUNT_LIST_LIMIT = 200;

/** The accounts `actor` may manage, newest first, optionally those whose email or name contains `q`. */
export async function listAccounts(actor: Admin, q = ''): Promise<AccountRow[]> {
  const term = q.trim().slice(0, 100);
  return db.user.findMany({
    where: { ...accountsWhere(actor), ...(term ? { OR: [{ email: containsText(term.toLowerCase()) }, { name: containsText(term) }] } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: ACCOUNT_LIST_LIMIT,
    select: SELECT,
  });
}

/** The account, or null when it does not exist or lies outside what `actor` may manage. */
export async function getAccount(actor: Admin, id: string): Promise<AccountRow | null> {
  const row = await db.user.findUnique({ where: { id }, select: SELECT });
  return row && canManageAccount(actor, row) ? row : null;
}
