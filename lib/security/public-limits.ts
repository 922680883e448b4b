import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { jsonError } from '@/lib/http';
import { PUBLIC_LIMITS } from './public-limit-numbers';
import { requestClient } from './request-client';

// The public export (every station) and the coverage model are the public
// reads that cost real work per answer, so they are counted per client address,
// in the database (shared by every instance, kept across restarts), after the
// query is checked: a refused parameter costs nothing and counts nothing. The
// map's reads are not limited per client (a union office or a carrier's NAT
// puts many people behind one address); they stay cheap instead.

type Which = keyof typeof PUBLIC_LIMITS;

const limiters = Object.fromEntries(Object.entries(PUBLIC_LIMITS).map(([which, l]) =>
  [which, new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: `${which}_ip`, ...l })])) as Record<Which, RateLimiterPrisma>;

/** Takes one request from the client's allowance: null to go on, or the 429 to answer (with Retry-After). */
export async function overPublicLimit(which: Which, headers: Headers): Promise<Response | null> {
  try {
    await limiters[which].consume(requestClient(headers));
    return null;
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const wait = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    const { points, duration } = PUBLIC_LIMITS[which];
    const res = jsonError(429, `too many requests: at most ${points} every ${duration} s from one address; retry in ${wait} s`);
    res.headers.set('Retry-After', String(wait));
    return res;
  }
}
