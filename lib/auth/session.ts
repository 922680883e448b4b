import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import { ROLES, type Admin, type Role } from '@/lib/permissions/roles';
import { requestClient } from '@/lib/security/request-client';
import { getAuth } from './auth';

/** A signed-in, enabled admin and the session of this request. */
export type AdminSession = { admin: Admin; sessionId: string; mustChangePassword: boolean };

/** Disabled accounts count as signed out. */
export const currentSession = cache(async (): Promise<AdminSession | null> => {
  const h = await headers();
  const session = await getAuth().api.getSession({ headers: h });
  if (!session) return null;
  // Role and scope are read fresh: a re-scoped or disabled account changes at once.
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user || user.disabled || !ROLES.includes(user.role as Role)) return null;
  const admin = { id: user.id, email: user.email, name: user.name, role: user.role as Role, divisionCode: user.divisionCode, address: requestClient(h) };
  return { admin, sessionId: session.session.id, mustChangePassword: user.mustChangePassword };
});

/**
 * The signed-in admin of this request, or null. An admin whose password was
 * reset counts as signed out here until they choose a new one, so every page,
 * action and API write that asks refuses them; only the password page and its
 * action read currentSession instead.
 */
export const currentAdmin = cache(async (): Promise<Admin | null> => {
  const s = await currentSession();
  return s && !s.mustChangePassword ? s.admin : null;
});

const prefixOf = (locale: string) => (locale === 'en' ? '/en' : '');

/** Where an admin changes their password (and must, after a reset). */
export const passwordPath = (locale: string) => `${prefixOf(locale)}/admin/password`;

/** For admin pages and actions: the admin, or a redirect to sign-in (or to the password page after a reset). */
export async function requireAdmin(locale = 'zh-CN'): Promise<Admin> {
  const s = await currentSession();
  if (!s) redirect(`${prefixOf(locale)}/admin/sign-in`);
  if (s.mustChangePassword) redirect(passwordPath(locale));
  return s.admin;
}
