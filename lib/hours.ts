// Opening hours are OSM `opening_hours` strings meant in station local time
// (STATION_TIME_ZONE). opening_hours.js reads and returns Dates in the
// *process* time zone, so every call goes through a "wall clock" Date whose
// local fields show Shanghai time; results are mapped back to real instants.
// Caveat: in a process zone with DST, the one Shanghai hour per year that
// falls in that zone's spring-forward gap cannot be represented; run servers
// with TZ=UTC or TZ=Asia/Shanghai to be exact.
import OpeningHours, { type nominatim_object, type optional_conf } from 'opening_hours';
import { scheduleFromSpans, type WeekSchedule } from './hours-format';

export { formatSchedule } from './hours-format';
export type { DaySchedule, HoursInterval, ScheduleLocale, WeekSchedule } from './hours-format';

export type HoursState = { openNow: boolean; is24x7: boolean; nextChange: Date | null };

const MAX_LENGTH = 255; // OSM's limit for a tag value.
const CACHE_LIMIT = 5_000;
const DAY = 86_400_000;
// STATION_TIME_ZONE (Asia/Shanghai) has been UTC+8 with no DST since 1991, so
// a fixed offset is exact and avoids Intl on every call.
const OFFSET = 8 * 3_600_000;
// A change further away than this is reported as "never" (null).
const HORIZON = 366 * DAY;

// Without this the library picks Baden-Württemberg holidays (for null) or
// throws on PH (for {}). lat/lon are left out on purpose: solar times would be
// computed in the process zone, and validateHours refuses them anyway. (The
// typings require numeric lat/lon; the code only ever reads *string* ones.)
const LOCATION = { address: { country_code: 'cn', state: '江西省' } } as unknown as nominatim_object;
// tag_key fixes time-range mode; 'en' keeps parse messages stable across hosts.
const CONF: optional_conf = { tag_key: 'opening_hours', locale: 'en', mode: undefined, map_value: false, warnings_severity: undefined };

type Parsed = { oh: OpeningHours } | { error: string };
const cache = new Map<string, Parsed>();

/** Process-local Date whose wall clock shows Shanghai wall time `wall` (ms, UTC-like axis). */
function toLocal(wall: number): Date {
  const w = new Date(wall);
  const [h, m, sec, ms] = [w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds()];
  return new Date(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), h, m, sec, ms);
}

/** Inverse of toLocal: multiples of DAY on this axis are Shanghai midnights. */
function toWall(local: Date): number {
  const [h, m, sec, ms] = [local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds()];
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), h, m, sec, ms);
}

function message(e: unknown): string {
  const text = typeof e === 'string' ? e : e instanceof Error ? e.message : String(e);
  return text.trim() || 'Unreadable opening hours.';
}

function compile(s: string): Parsed {
  if (s.trim() === '') return { error: 'Opening hours are empty.' };
  const rules = s.replace(/"[^"]*"/g, ''); // comments in quotes may hold anything, e.g. a phone number
  // Checked before parsing: the library console.errors as it throws on SH.
  if (/\bSH\b/i.test(rules)) {
    return { error: 'School holidays (SH) are not supported: there is no school-holiday calendar for China.' };
  }
  // No valid number is longer than a year; the library's prettifier hangs on some
  // (e.g. "1300579109 Mo-Fr 08:00-18:00; PH off" never returns), freezing the server.
  if (/\d{5,}/.test(rules)) return { error: 'Numbers in opening hours have at most four digits (a year).' };
  try {
    const oh = new OpeningHours(s, LOCATION, CONF);
    // Checked on the normalised form, so misspellings the library corrects count too.
    if (/\b(sunrise|sunset|dawn|dusk)\b/i.test(oh.prettifyValue().replace(/"[^"]*"/g, ''))) {
      return { error: 'Sunrise, sunset, dawn and dusk are not supported; use clock times such as 06:00-19:00.' };
    }
    // Evaluation has failure modes of its own (e.g. the iterator's "Fatal:
    // infinite loop" guard); meet them here, not on a map page. Any week will do.
    oh.getOpenIntervals(toLocal(Date.UTC(2026, 0, 1)), toLocal(Date.UTC(2026, 0, 9)));
    return { oh };
  } catch (e) {
    return { error: message(e) };
  }
}

const TOO_LONG: Parsed = { error: `Opening hours are longer than ${MAX_LENGTH} characters.` };

/** Entries in the parse cache (tests; the cap is CACHE_LIMIT). */
export const hoursCacheSize = (): number => cache.size;

function parse(s: string): Parsed {
  // Checked before the cache, so the cache holds at most CACHE_LIMIT × MAX_LENGTH characters.
  if (s.length > MAX_LENGTH) return TOO_LONG;
  const hit = cache.get(s);
  if (hit) {
    cache.delete(s); // re-insert: Map order doubles as LRU order
    cache.set(s, hit);
    return hit;
  }
  const parsed = compile(s);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(s, parsed);
  return parsed;
}

function wallOf(now: Date): number {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid date');
  return t + OFFSET;
}

/** The next midnight in the stations' time zone after `now`: when "today" and the week's schedule turn. */
export function nextStationMidnight(now: Date): Date {
  return new Date((Math.floor(wallOf(now) / DAY) + 1) * DAY - OFFSET);
}

export function validateHours(s: string): { ok: true } | { ok: false; message: string } {
  if (typeof s !== 'string') return { ok: false, message: 'Opening hours must be text.' };
  const parsed = parse(s);
  return 'error' in parsed ? { ok: false, message: parsed.error } : { ok: true };
}

/**
 * Open/closed at `now` and the next real instant that changes. "Unknown"
 * states (rules with a bare comment, open ends like "08:00+") count as not
 * open. Strings validateHours refuses read as closed with no next change.
 */
export function hoursState(s: string, now: Date): HoursState {
  const wall = wallOf(now);
  const parsed = parse(s);
  const closed = { openNow: false, is24x7: false, nextChange: null };
  if ('error' in parsed) return closed;
  try {
    const it = parsed.oh.getIterator(toLocal(wall));
    const openNow = it.getState();
    // A week-stable schedule that has not changed in 8 days never will.
    const limit = toLocal(wall + (parsed.oh.isWeekStable() ? 8 * DAY : HORIZON));
    // getNextChange() also stops at unknown/comment changes; only open↔closed matters here.
    while (it.advance(limit)) {
      if (it.getState() !== openNow) {
        return { openNow, is24x7: false, nextChange: new Date(toWall(it.getDate()) - OFFSET) };
      }
    }
    return { openNow, is24x7: openNow, nextChange: null };
  } catch {
    return closed;
  }
}

/** Open spans in Shanghai wall time, adjacent ones merged (the library splits at comment changes). */
function openSpans(oh: OpeningHours, fromWall: number, toWallMs: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [from, to, unknown] of oh.getOpenIntervals(toLocal(fromWall), toLocal(toWallMs))) {
    if (unknown) continue;
    const [a, b] = [toWall(from), toWall(to)];
    const last = spans[spans.length - 1];
    if (last && last[1] === a) last[1] = b;
    else spans.push([a, b]);
  }
  return spans;
}

/**
 * Open intervals for Monday–Sunday of the Shanghai week containing `now`,
 * consecutive days with equal intervals grouped. An interval whose `to` is
 * earlier than its `from` ends the next morning. Empty for refused strings.
 */
export function weekSchedule(s: string, now: Date): WeekSchedule {
  const today = Math.floor(wallOf(now) / DAY) * DAY;
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
  const parsed = parse(s);
  if ('error' in parsed) return [];
  try {
    // From the Sunday before, so a span already running at Monday 00:00 is seen
    // whole; to the Monday after, so Sunday's overnight span ends properly.
    return scheduleFromSpans(openSpans(parsed.oh, monday - DAY, monday + 8 * DAY), monday);
  } catch {
    return [];
  }
}
