import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';

// Public reports need no account, so they are counted per client address and
// per station, in the database (every instance shares the counts; a restart
// keeps them). Taking a slot is one atomic increment: parallel posts all count.
// The station count keeps a crowd of addresses from burying one station's
// queue; it is high enough that people reporting a real closure get through.

/** Keys are stored as "<prefix>:<key>" in RateLimit (tests reset them by this prefix). */
export const REPORT_LIMIT_PREFIX = 'report_ip';
export const REPORTS_PER_HOUR = 5;
export const REPORTS_PER_STATION_PER_HOUR = 30;

const byAddress = new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: REPORT_LIMIT_PREFIX, points: REPORTS_PER_HOUR, duration: 3600 });
const byStation = new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: 'report_station', points: REPORTS_PER_STATION_PER_HOUR, duration: 3600 });

export type ReportSlot = { kind: 'ok' } | { kind: 'tooMany' | 'stationBusy'; waitS: number };

const waitOf = (r: PromiseSettledResult<unknown>): number => {
  if (r.status === 'fulfilled') return 0;
  if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
  return Math.max(1, Math.ceil(r.reason.msBeforeNext / 1000));
};

/** Takes one report from the address's and the station's allowance. */
export async function takeReportSlot(address: string, stationId: string): Promise<ReportSlot> {
  const [mine, station] = (await Promise.allSettled([byAddress.consume(address), byStation.consume(stationId)])).map(waitOf);
  if (mine! > 0) return { kind: 'tooMany', waitS: mine! };
  if (station! > 0) return { kind: 'stationBusy', waitS: station! };
  return { kind: 'ok' };
}
