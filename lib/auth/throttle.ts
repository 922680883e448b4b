import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { SIGN_IN_LIMITS } from './sign-in-limits';

// Sign-in attempts, counted in the database (so every instance shares the
// counts and a restart keeps them) *before* the password is checked: taking
// an attempt is one atomic increment, so 30 parallel guesses count as 30 and
// the sixth is refused whatever the others are doing. Three counts:
// - account + address: a stranger's guesses never lock the owner out of their own address;
// - address, over every account: one address trying many emails;
// - account, from every address together: only a spray from many addresses
//   reaches it, and then the national admins get a notice (audit log).
// A count's window starts at its first attempt; a sign-in forgives its own.

export { SIGN_IN_LIMITS };
type Count = keyof typeof SIGN_IN_LIMITS;
const COUNTS = Object.keys(SIGN_IN_LIMITS) as Count[];

const limiters = Object.fromEntries(COUNTS.map((c) => [c, new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', ...SIGN_IN_LIMITS[c] })])) as Record<Count, RateLimiterPrisma>;

/** The stored keys (tests and the notice read them): the address part is the client address. */
export function signInKeys(email: string, address: string): Record<Count, string> {
  const account = email.trim().toLowerCase();
  return { accountAddress: `${account}|${address}`, address, account };
}

/** `used`: this account's attempts from this address in the window, this one included. */
export type Attempt = { waitS: number; sprayBegan: boolean; used: number };

/** Takes one attempt from each count. waitS > 0: refused, without checking the password. */
export async function takeSignInAttempt(email: string, address: string): Promise<Attempt> {
  const keys = signInKeys(email, address);
  const results = await Promise.allSettled(COUNTS.map((c) => limiters[c].consume(keys[c])));
  let waitMs = 0;
  let sprayBegan = false;
  let used = 1;
  results.forEach((r, i) => {
    const res: unknown = r.status === 'fulfilled' ? r.value : r.reason;
    if (COUNTS[i] === 'accountAddress' && res instanceof RateLimiterRes) used = res.consumedPoints;
    if (r.status === 'fulfilled') return;
    if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
    waitMs = Math.max(waitMs, r.reason.msBeforeNext, 1000);
    // Exactly one attempt sees the first point past the limit: it raises the notice.
    if (COUNTS[i] === 'account' && r.reason.consumedPoints === SIGN_IN_LIMITS.account.points + 1) sprayBegan = true;
  });
  return { waitS: Math.ceil(waitMs / 1000), sprayBegan, used };
}

/** After a wrong password: a growing pause, so a script gains nothing from keeping one connection busy. */
export async function pauseAfterFailure(used: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.min(250 * used, 2000)));
}

/** A right password forgives this attempt everywhere, and the owner's earlier mistakes from this address. */
export async function forgiveSignIn(email: string, address: string): Promise<void> {
  const keys = signInKeys(email, address);
  await Promise.all([limiters.accountAddress.delete(keys.accountAddress), limiters.address.reward(keys.address, 1), limiters.account.reward(keys.account, 1)]);
}
