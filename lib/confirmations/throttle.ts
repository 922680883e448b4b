import 'server-only';
import { twoLimits } from '@/lib/security/two-limits';
import { CONFIRM_EVERY_S, CONFIRMATIONS_PER_CLIENT_PER_HOUR } from './vocab';

// Keyed by the client's weekly hash, never its address. The per-station count
// is per device: a crowd behind one address (a station's Wi-Fi) shares it,
// which undercounts, never overcounts.

export const CONFIRM_LIMIT_PREFIX = 'confirm_client';

/** Takes one confirmation from the client's hourly allowance and the device's for this station (`<client>:<station>`). */
const take = twoLimits(
  { prefix: CONFIRM_LIMIT_PREFIX, points: CONFIRMATIONS_PER_CLIENT_PER_HOUR, durationS: 3600, refusal: 'tooMany' },
  { prefix: 'confirm_station', points: 1, durationS: CONFIRM_EVERY_S, refusal: 'again' },
);

export const takeConfirmSlot = (client: string, stationId: string) => take(client, `${client}:${stationId}`);
