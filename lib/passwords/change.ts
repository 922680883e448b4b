import 'server-only';
import { recordAudit } from '@/lib/audit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { AdminSession } from '@/lib/auth/session';
import { noticeSpray } from '@/lib/auth/sign-in';
import { forgiveSignIn, pauseAfterFailure, takeSignInAttempt } from '@/lib/auth/throttle';
import { db } from '@/lib/db';
import { passwordChangeSchema, passwordFormValues, passwordIssues, type PasswordField, type PasswordIssue } from './schema';
import { credentialHash } from './store';

// An admin changes their own password. The session that asks stays signed in
// (its owner has just proved the current password); every other session of
// the account ends, so a stolen one is of no more use.

export type ChangeOutcome =
  | { ok: true; endedSessions: number }
  | { ok: false; reason: 'fields'; fields: Partial<Record<PasswordField, PasswordIssue>> }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'throttled'; waitS: number };

type Asker = Pick<AdminSession, 'admin' | 'sessionId'>;

export async function changeOwnPassword({ admin, sessionId }: Asker, form: FormData): Promise<ChangeOutcome> {
  const parsed = passwordChangeSchema.safeParse(passwordFormValues(form));
  if (!parsed.success) return { ok: false, reason: 'fields', fields: passwordIssues(parsed.error) };
  const address = admin.address ?? '';
  // A guess at the current password costs what a guess at sign-in does, from
  // the same counts: whoever holds a stolen session gains no extra guesses.
  const attempt = await takeSignInAttempt(admin.email, address);
  if (attempt.sprayBegan) await noticeSpray(admin.email, address);
  if (attempt.waitS > 0) return { ok: false, reason: 'throttled', waitS: attempt.waitS };
  const stored = await credentialHash(db, admin.id);
  if (!stored || !(await verifyPassword({ hash: stored, password: parsed.data.current }))) {
    await pauseAfterFailure(attempt.used);
    return { ok: false, reason: 'wrong' };
  }
  // Hashed before the transaction: argon2 must not hold it open (transaction-budget.test.ts).
  const hash = await hashPassword(parsed.data.password);
  const ended = await db.$transaction(async (tx) => {
    // Only over the hash just verified: a change that won a race is not overwritten.
    const { count } = await tx.account.updateMany({ where: { userId: admin.id, providerId: 'credential', password: stored }, data: { password: hash } });
    if (count !== 1) return null;
    await tx.user.update({ where: { id: admin.id }, data: { mustChangePassword: false } });
    const sessions = await tx.session.deleteMany({ where: { userId: admin.id, id: { not: sessionId } } });
    // Who and what happened; never a password or a hash.
    await recordAudit(tx, admin, { action: 'password_change', after: { id: admin.id, email: admin.email, sessionsEnded: sessions.count } });
    return sessions.count;
  });
  if (ended === null) return { ok: false, reason: 'wrong' };
  await forgiveSignIn(admin.email, address);
  return { ok: true, endedSessions: ended };
}
