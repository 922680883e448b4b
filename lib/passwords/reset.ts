import 'server-only';
import { recordAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { canManageAccount } from '@/lib/accounts/scope';
import { canManageAccounts, type Admin } from '@/lib/permissions/roles';
import { setCredentialHash } from './store';
import { temporaryPassword } from './temporary';

// A province admin resets another admin's password: a temporary one, shown
// once to the province admin and stored only as a hash. Its owner is signed
// out everywhere and, once signed in with it, can do nothing but choose a new
// one (lib/auth/session.ts). The same rule as disabling decides who may: a
// national admin, or a province admin for the accounts of its province
// (lib/accounts/scope.ts), and never on their own account (they change it
// themself, with the current password).

export type ResetOutcome =
  | { ok: true; id: string; temporary: string }
  | { ok: false; reason: 'forbidden' | 'missing' | 'self' };

export async function resetPassword(actor: Admin, userId: string): Promise<ResetOutcome> {
  if (!canManageAccounts(actor)) return { ok: false, reason: 'forbidden' };
  if (userId === actor.id) return { ok: false, reason: 'self' };
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, divisionCode: true } });
  // Out of reach reads as missing: a province admin learns nothing of other provinces' accounts.
  if (!target || !canManageAccount(actor, target)) return { ok: false, reason: 'missing' };
  const temporary = temporaryPassword();
  // Hashed before the transaction: argon2 must not hold it open (lib/accounts/transaction-budget.test.ts).
  const hash = await hashPassword(temporary);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, divisionCode: true } });
    if (!user || !canManageAccount(actor, user)) return { ok: false as const, reason: 'missing' as const };
    await setCredentialHash(tx, user.id, hash);
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const sessions = await tx.session.deleteMany({ where: { userId: user.id } });
    // Whose password, by whom (the entry's actor); never the password or its hash.
    await recordAudit(tx, actor, { action: 'password_reset', after: { id: user.id, email: user.email, mustChangePassword: true, sessionsEnded: sessions.count } });
    return { ok: true as const, id: user.id, temporary };
  });
}
