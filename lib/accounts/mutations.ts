import 'server-only';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { canManageAccounts, type Admin, type Role } from '@/lib/permissions/roles';
import { hashPassword } from '@/lib/auth/password';
import { insertAccount } from './create';
import type { AccountInput } from './schema';
import { canGrant, canManageAccount } from './scope';

// An admin's changes to accounts, each written in one transaction with its
// audit entry. Passwords never reach the log. The role and scope checks are
// repeated here so no caller can skip them: the scope given (lib/accounts/scope.ts)
// and, for an existing account, the account as stored. An account outside the
// actor's reach answers 'missing', as if it did not exist.

export type AccountResult = { ok: true; id: string } | { ok: false; reason: 'forbidden' | 'missing' | 'self' | 'email_taken' };

type UserRow = { id: string; email: string; name: string; role: string; divisionCode: string | null; disabled: boolean };
const snapshot = (u: UserRow) => ({ id: u.id, email: u.email, name: u.name, role: u.role, divisionCode: u.divisionCode, disabled: u.disabled });

export async function createAccountAudited(actor: Admin, input: AccountInput): Promise<AccountResult> {
  if (!canManageAccounts(actor) || !canGrant(actor, input)) return { ok: false, reason: 'forbidden' };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: false, reason: 'email_taken' };
  const hash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const { id } = await insertAccount(tx, input, hash);
      const after = { id, email: input.email, name: input.name, role: input.role, divisionCode: input.divisionCode, disabled: false };
      await recordAudit(tx, actor, { action: 'account_create', after });
      return { ok: true as const, id };
    });
  } catch (err) {
    // Two admins creating the same email at once: the unique index decides.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return { ok: false, reason: 'email_taken' };
    throw err;
  }
}

/** Disabling also ends every session of the account, so it is signed out at once. */
export async function setAccountDisabled(actor: Admin, userId: string, disabled: boolean): Promise<AccountResult> {
  if (!canManageAccounts(actor)) return { ok: false, reason: 'forbidden' };
  if (disabled && userId === actor.id) return { ok: false, reason: 'self' };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || !canManageAccount(actor, user)) return { ok: false as const, reason: 'missing' as const };
    if (user.disabled === disabled) return { ok: true as const, id: user.id };
    const updated = await tx.user.update({ where: { id: userId }, data: { disabled } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, {
      action: disabled ? 'account_disable' : 'account_enable', before: snapshot(user), after: snapshot(updated),
    });
    return { ok: true as const, id: user.id };
  });
}

/** No admin changes their own scope: the last national or province admin would lock everyone out. */
export async function rescopeAccount(actor: Admin, userId: string, scope: { role: Role; divisionCode: string | null }): Promise<AccountResult> {
  if (!canManageAccounts(actor) || !canGrant(actor, scope)) return { ok: false, reason: 'forbidden' };
  if (userId === actor.id && (scope.role !== actor.role || scope.divisionCode !== actor.divisionCode)) return { ok: false, reason: 'self' };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || !canManageAccount(actor, user)) return { ok: false as const, reason: 'missing' as const };
    if (user.role === scope.role && user.divisionCode === scope.divisionCode) return { ok: true as const, id: user.id };
    const updated = await tx.user.update({ where: { id: userId }, data: { role: scope.role, divisionCode: scope.divisionCode } });
    await recordAudit(tx, actor, { action: 'account_rescope', before: snapshot(user), after: snapshot(updated) });
    return { ok: true as const, id: user.id };
  });
}
