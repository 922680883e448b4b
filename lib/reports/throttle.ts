import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';

// Public reports need no account, so each address may send only a few an hour.
// Counted in the database so every app instance shares the count.

/** Keys are stored as "<prefix>:<ip>" in RateLimit (tests reset them by this prefix). */
export const REPORT_LIMIT_PREFIX = 'report_ip';
export const REPORTS_PER_HOUR = 5;

const limiter = new RateLimiterPrisma({
  storeClient: db, tableName: 'rateLimit', keyPrefix: REPORT_LIMIT_PREFIX, points: REPORTS_PER_HOUR, duration: 3600,
});

/** Takes one report from the address's allowance: 0 when allowed, else the seconds to wait. */
export async function takeReportSlot(ip: string): Promise<number> {
  try {
    await limiter.consume(ip);
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}
