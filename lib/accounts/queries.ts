import 'server-only';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db-filters';

export type AccountRow = {
  id: string; email: string; name: string; role: string; divisionCode: string | null; disabled: boolean; createdAt: Date;
  mustChangePassword: boolean;
};

const SELECT = { id: true, email: true, name: true, role: true, divisionCode: true, disabled: true, createdAt: true, mustChangePassword: true } as const;
export const ACCOUNT_LIST_LIMIT = 200;

/** Newest accounts first, optionally those whose email or name contains `q`. */
export async function listAccounts(q = ''): Promise<AccountRow[]> {
  const term = q.trim().slice(0, 100);
  return db.user.findMany({
    where: term ? { OR: [{ email: containsText(term.toLowerCase()) }, { name: containsText(term) }] } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: ACCOUNT_LIST_LIMIT,
    select: SELECT,
  });
}

export async function getAccount(id: string): Promise<AccountRow | null> {
  return db.user.findUnique({ where: { id }, select: SELECT });
}
