import 'server-only';
import { twoLimits, type Slot } from '@/lib/security/two-limits';

// Public reports need no account, so they are counted per client address and
// per station (lib/security/two-limits.ts). The station count keeps a crowd of
// addresses from burying one station's queue; it is high enough that people
// reporting a real closure get through.

/** Keys are stored as "<prefix>:<key>" in RateLimit (tests reset them by this prefix). */
export const REPORT_LIMIT_PREFIX = 'report_ip';
export const REPORTS_PER_HOUR = 5;
export const REPORTS_PER_STATION_PER_HOUR = 30;

export type ReportSlot = Slot<'tooMany' | 'stationBusy'>;

/** Takes one report from the address's and the station's allowance. */
export const takeReportSlot = twoLimits(
  { prefix: REPORT_LIMIT_PREFIX, points: REPORTS_PER_HOUR, durationS: 3600, refusal: 'tooMany' },
  { prefix: 'report_station', points: REPORTS_PER_STATION_PER_HOUR, durationS: 3600, refusal: 'stationBusy' },
);
