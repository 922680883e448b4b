import type { OpenState } from '@/lib/stations/vocab';
import type { ConfirmationKind } from './vocab';

// The rules that turn workers' taps into what the map says. Pure: the write
// (mutations.ts), the station page and the API use them; the in-memory index
// holds the same answer as one flag per station.

export type Signal = { lastOpenAt: Date | null; lockedAt: Date | null };

/** The station's signal after a worker's word at `now`. "Not here any more" does not touch it (it goes to the queue). */
export function signalAfter(signal: Signal, kind: ConfirmationKind, now: Date): Signal {
  if (kind === 'open') return { lastOpenAt: now, lockedAt: null };
  if (kind === 'locked') return { ...signal, lockedAt: now };
  return signal;
}

/** A "locked" stands while it is newer than the last "open" (and no admin cleared it). */
export function isLocked(signal: Signal | null): boolean {
  if (!signal?.lockedAt) return false;
  return !signal.lastOpenAt || signal.lockedAt.getTime() > signal.lastOpenAt.getTime();
}

/**
 * Open now, as far as anyone knows: by status and hours first (a station closed by its hours is
 * closed, locked or not), then uncertain when a standing "locked" contradicts its hours.
 */
export function openState(input: { inUse: boolean; openByHours: boolean; signal: Signal | null }): OpenState {
  if (!input.inUse) return 'not_in_use';
  if (!input.openByHours) return 'closed';
  return isLocked(input.signal) ? 'reported_locked' : 'open';
}

/** The API's openNow: null while uncertain. */
export const openNowOf = (state: OpenState): boolean | null => (state === 'reported_locked' ? null : state === 'open');
