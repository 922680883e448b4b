import 'server-only';
import { twoLimits } from '@/lib/security/two-limits';

// Reviews need no account, so they are counted per client: the key is the
// client's weekly hash (lib/security/client-hash.ts), never its address.

export const REVIEW_LIMIT_PREFIX = 'review_client';
export const REVIEW_STATION_PREFIX = 'review_station';
export const REVIEWS_PER_HOUR = 5;

const take = twoLimits(
  { prefix: REVIEW_LIMIT_PREFIX, points: REVIEWS_PER_HOUR, durationS: 3600, refusal: 'tooMany' },
  // One review of a station per client a day: a grade is one person's, not a vote to repeat.
  { prefix: REVIEW_STATION_PREFIX, points: 1, durationS: 86_400, refusal: 'already' },
);

/** Takes one review from the client's hourly allowance and its daily one for the station. */
export const takeReviewSlot = (clientHash: string, stationId: string) => take(clientHash, `${clientHash}:${stationId}`);
