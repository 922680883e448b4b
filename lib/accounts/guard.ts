import 'server-only';
import { notFound } from 'next/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { canManageAccounts, canReadLog, type Admin } from '@/lib/permissions/roles';

// Pages only national and province admins may read answer 404 to everyone else, so the
// accounts and the whole log are not even confirmed to exist. Anonymous
// visitors are sent to sign-in. Server actions repeat the check themselves.

export async function requireAccountManager(locale: string): Promise<Admin> {
  const admin = await requireAdmin(locale);
  if (!canManageAccounts(admin)) notFound();
  return admin;
}

export async function requireLogReader(locale: string): Promise<Admin> {
  const admin = await requireAdmin(locale);
  if (!canReadLog(admin)) notFound();
  return admin;
}
