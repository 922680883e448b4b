import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { CLIENT_HEADER, getAuth } from './auth';
import { forgiveSignIn, pauseAfterFailure, SIGN_IN_LIMITS, takeSignInAttempt } from './throttle';

// One sign-in attempt, whatever form or route it came from. Every refusal
// before the password is known looks alike: an unknown email costs better-auth
// a hash, a disabled account a verify, so both take as long as a wrong
// password and answer the same; "disabled" is said only after the right one.

export type SignInOutcome = { kind: 'signedIn' | 'wrong' | 'disabled' } | { kind: 'throttled'; waitS: number };

const errorCode = (e: unknown) => (e as { body?: { code?: string } })?.body?.code;

export async function attemptSignIn(email: string, password: string, address: string, headers: Headers): Promise<SignInOutcome> {
  const attempt = await takeSignInAttempt(email, address);
  if (attempt.sprayBegan) await noticeSpray(email, address);
  if (attempt.waitS > 0) return { kind: 'throttled', waitS: attempt.waitS };
  try {
    // The session row records our client address, not a header the client wrote (auth.ts).
    const withAddress = new Headers(headers);
    withAddress.set(CLIENT_HEADER, address);
    await getAuth().api.signInEmail({ body: { email: email.toLowerCase(), password }, headers: withAddress });
  } catch (e) {
    // The password was right, but the session hook refused a disabled account (lib/auth/auth.ts).
    if (errorCode(e) === 'FAILED_TO_CREATE_SESSION') {
      await forgiveSignIn(email, address);
      return { kind: 'disabled' };
    }
    if (errorCode(e) === undefined) throw e;
    await pauseAfterFailure(attempt.used);
    return { kind: 'wrong' };
  }
  await forgiveSignIn(email, address);
  return { kind: 'signedIn' };
}

/** Password guessing from many addresses reached the account-wide limit: the national admins read it in the audit log. */
export async function noticeSpray(email: string, address: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  if (!user) return; // no account to warn about
  const { points, duration } = SIGN_IN_LIMITS.account;
  await recordAudit(db, { id: null, email: 'system', address }, {
    action: 'account_sign_in_throttled', after: { id: user.id, email: user.email, failedAttempts: points, withinMinutes: duration / 60 },
  });
}
