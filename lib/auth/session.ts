import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import { ROLES, type Admin, type Role } from '@/lib/permissions/roles';
import { requestClient } from '@/lib/security/request-client';
import { getAuth } from './auth';

/** The signed-in admin of this request, or null. Disabled accounts count as signed out. */
export const currentAdmin = cache(async (): Promise<Admin | null> => {
  const h = await headers();
  const session = await getAuth().api.getSession({ headers: h });
  if (!session) return null;
  // Role and scope are read fresh: a re-scoped or disabled account changes at once.
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user || user.disabled || !ROLES.includes(user.role as Role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, divisionCode: user.divisionCode, address: requestClient(h) };
});

/** For admin pages and actions: the admin, or a redirect to sign-in. */
export async function requireAdmin(locale = 'zh-CN'): Promise<Admin> {
  const admin = await currentAdmin();
  if (!admin) redirect(`${locale === 'en' ? '/en' : ''}/admin/sign-in`);
  return admin;
}
