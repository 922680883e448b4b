import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';

// The public writes without an account (reports, confirmations, reviews) each
// take a slot from two allowances at once: the client's, and one per client or
// address and station. Counted in the database, so every instance shares the
// counts and a restart keeps them; each slot is one atomic increment, so
// parallel posts all count. A refused post still spends its slots.

export type Allowance<R extends string> = { prefix: string; points: number; durationS: number; refusal: R };
export type Slot<R extends string> = { kind: 'ok' } | { kind: R; waitS: number };

const waitOf = (r: PromiseSettledResult<unknown>): number => {
  if (r.status === 'fulfilled') return 0;
  if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
  return Math.max(1, Math.ceil(r.reason.msBeforeNext / 1000));
};

const limiter = (a: Allowance<string>) =>
  new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: a.prefix, points: a.points, duration: a.durationS });

/** A function taking one slot from each allowance (keys as "<prefix>:<key>" in RateLimit); the first refusal is named. */
export function twoLimits<A extends string, B extends string>(first: Allowance<A>, second: Allowance<B>) {
  const [a, b] = [limiter(first), limiter(second)];
  return async (firstKey: string, secondKey: string): Promise<Slot<A | B>> => {
    const [wa, wb] = (await Promise.allSettled([a.consume(firstKey), b.consume(secondKey)])).map(waitOf);
    if (wa! > 0) return { kind: first.refusal, waitS: wa! };
    if (wb! > 0) return { kind: second.refusal, waitS: wb! };
    return { kind: 'ok' };
  };
}
