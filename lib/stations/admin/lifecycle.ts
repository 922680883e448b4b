import { STATUSES, type Status } from '@/lib/stations/vocab';

// A station's life: planned → under construction → in use ⇄ suspended →
// closed. Staying in the same status is always allowed (an edit of other
// fields); every other move is refused, so a closed station stays closed.

const NEXT: Record<Status, readonly Status[]> = {
  planned: ['under_construction'],
  under_construction: ['in_use'],
  in_use: ['suspended'],
  suspended: ['in_use', 'closed'],
  closed: [],
};

/** What a new station may start as. */
export const INITIAL_STATUSES: readonly Status[] = ['planned', 'under_construction', 'in_use'];

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/** Whether a station may go from `from` (null: it is new) to `to`. */
export function canChangeStatus(from: string | null, to: string): boolean {
  if (!isStatus(to)) return false;
  if (from === null) return INITIAL_STATUSES.includes(to);
  if (from === to) return true;
  return isStatus(from) && NEXT[from].includes(to);
}

/** The statuses a form offers, in lifecycle order. */
export function statusChoices(from: string | null): Status[] {
  return STATUSES.filter((s) => canChangeStatus(from, s));
}
