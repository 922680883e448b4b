// The admin form's times are wall-clock times in China (datetime-local has no
// zone, and every union that sets an alert works on Beijing time), whatever the
// server's or the browser's own zone.

const OFFSET_MS = 8 * 3_600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-07-20T14:30" (China time) → the instant; null for anything else, 30 February included. */
export function parseChinaLocal(raw: string): Date | null {
  const m = LOCAL.exec(raw);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s) - OFFSET_MS;
  const back = new Date(ms + OFFSET_MS);
  const same = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi;
  return same && y >= 2000 && y <= 2100 ? new Date(ms) : null;
}

/** The instant as a datetime-local value in China time, to the minute. */
export function toChinaLocal(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
