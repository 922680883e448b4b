import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin, Role } from '@/lib/permissions/roles';

// Accounts and sessions for the password tests, straight into a test database.

export async function makeAdmin(db: PrismaClient, role: Role, password: string, divisionCode: string | null = null): Promise<Admin> {
  const { createAccount } = await import('@/lib/accounts/create');
  const email = `${role}-${randomUUID().slice(0, 8)}@pw.test`;
  const { id } = await createAccount(db, { email, name: email, password, role, divisionCode });
  return { id, email, name: email, role, divisionCode, address: '203.0.113.9' };
}

/** Session rows as better-auth writes them; returns their ids. */
export async function openSessions(db: PrismaClient, userId: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  const expiresAt = new Date(Date.now() + 3_600_000);
  await db.session.createMany({ data: ids.map((id) => ({ id, token: randomUUID(), userId, expiresAt })) });
  return ids;
}

export function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

/** Every audit entry's text, for looking for secrets in it. */
export async function auditText(db: PrismaClient, action: string): Promise<string> {
  return JSON.stringify(await db.auditEntry.findMany({ where: { action } }));
}
