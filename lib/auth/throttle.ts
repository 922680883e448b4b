import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';

// Sign-in throttling, counted in the database so every app instance shares it.
// Failures slow the answer down; past the limit the account (or the address)
// is refused for 15 minutes whatever the password.

const WINDOW_S = 15 * 60;
const byAccount = new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: 'signin_account', points: 5, duration: WINDOW_S, blockDuration: WINDOW_S });
const byAddress = new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: 'signin_ip', points: 20, duration: WINDOW_S, blockDuration: WINDOW_S });

const accountKey = (email: string) => email.trim().toLowerCase();

/** Seconds until sign-in is allowed again, or 0 when it is allowed now. */
export async function signInBlockedFor(email: string, ip: string): Promise<number> {
  const [a, b] = await Promise.all([byAccount.get(accountKey(email)), byAddress.get(ip)]);
  const blocked = [[a, 5], [b, 20]].filter(([r, max]) => r && (r as RateLimiterRes).consumedPoints >= (max as number));
  if (blocked.length === 0) return 0;
  return Math.ceil(Math.max(...blocked.map(([r]) => (r as RateLimiterRes).msBeforeNext)) / 1000);
}

/** Counts a failed attempt and waits a little longer after each one. */
export async function recordFailure(email: string, ip: string): Promise<void> {
  const results = await Promise.all([byAccount.penalty(accountKey(email), 1), byAddress.penalty(ip, 1)]);
  const consumed = Math.max(...results.map((r) => r.consumedPoints));
  await new Promise((resolve) => setTimeout(resolve, Math.min(250 * consumed, 2000)));
}

export async function recordSuccess(email: string): Promise<void> {
  await byAccount.delete(accountKey(email));
}

/** The client's address as the reverse proxy reports it (set it to overwrite X-Forwarded-For). */
export function clientIp(h: Headers): string {
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
}
