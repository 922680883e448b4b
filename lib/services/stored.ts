import { isServiceKind, SERVICE_LIMITS, type Service } from './vocab';

// Station.services as stored: a JSON array of { kind, schedule, note }, "[]"
// when none. Reading is defensive: the column may hold anything a migration,
// a hand edit or an older version wrote, and a station page must never fail
// on it. Client-safe (no zod, no opening_hours).

export const NO_SERVICES = '[]';

function item(v: unknown): Service | null {
  if (!v || typeof v !== 'object') return null;
  const { kind, schedule, note } = v as Record<string, unknown>;
  if (!isServiceKind(kind) || typeof schedule !== 'string') return null;
  const s = schedule.trim();
  if (s === '' || s.length > SERVICE_LIMITS.schedule) return null;
  const n = typeof note === 'string' && note.trim() !== '' ? note.trim().slice(0, SERVICE_LIMITS.note) : null;
  return { kind, schedule: s, note: n };
}

/** The stored list; a value that is not a JSON array reads as none, and unreadable items are left out. Never throws. */
export function parseServices(stored: string | null | undefined): Service[] {
  if (!stored || stored === NO_SERVICES) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.slice(0, SERVICE_LIMITS.count).map(item).filter((s): s is Service => s !== null);
}

/** The stored text, keys in one order, so equal lists store (and compare, and audit) equal. */
export function serialiseServices(list: readonly Service[]): string {
  if (list.length === 0) return NO_SERVICES;
  return JSON.stringify(list.map(({ kind, schedule, note }) => ({ kind, schedule, note: note || null })));
}
