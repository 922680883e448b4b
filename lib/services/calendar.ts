import { hoursState, weekSchedule, type HoursInterval } from '@/lib/hours';
import { serviceKindMask, type Service } from './vocab';

// What a station's services do today and next, in station time (Asia/Shanghai)
// whatever the server's zone: lib/hours.ts reads the schedules. Pure apart from
// its parse cache; `now` is always given.

const DAY = 86_400_000;
// Asia/Shanghai has been UTC+8 with no DST since 1991 (as in lib/hours.ts).
const OFFSET = 8 * 3_600_000;
/** How far ahead "next" looks: far enough for a monthly service (e.g. Mo[1], the first Monday). */
export const NEXT_HORIZON_DAYS = 35;

export type NextDay = { date: string; inDays: number; intervals: string[] };
export type ServiceToday = Service & {
  /** Today's intervals, e.g. "14:00–17:00"; "22:00–06:00" ends the next morning. Empty when not today. */
  today: string[];
  /** The first later day it runs, within NEXT_HORIZON_DAYS: its date (station time), how many days away, its intervals. */
  next: NextDay | null;
};

const dayOf = (now: Date) => Math.floor((now.getTime() + OFFSET) / DAY);
const instantOf = (day: number) => new Date(day * DAY - OFFSET + 12 * 3_600_000); // noon: safely inside that day
const weekdayOf = (day: number) => (new Date(day * DAY).getUTCDay() + 6) % 7; // 0 = Monday
const mondayOf = (day: number) => day - weekdayOf(day);

export const intervalText = ({ from, to }: HoursInterval): string => `${from}–${to}`;

/** Intervals day by day, read a Monday–Sunday week at a time (each week once per call). */
function daysReader(schedule: string): (day: number) => HoursInterval[] {
  const weeks = new Map<number, HoursInterval[][]>();
  return (day) => {
    const monday = mondayOf(day);
    let week = weeks.get(monday);
    if (!week) {
      week = Array.from({ length: 7 }, () => []);
      for (const g of weekSchedule(schedule, instantOf(monday))) for (const d of g.days) week[d] = g.intervals;
      weeks.set(monday, week);
    }
    return week[weekdayOf(day)] ?? [];
  };
}

/** Today's intervals as text, e.g. ["14:00–17:00"]; empty for a schedule validateHours refuses. */
export function todayIntervals(schedule: string, now: Date): string[] {
  return daysReader(schedule)(dayOf(now)).map(intervalText);
}

function wallClock(now: Date): string {
  const m = Math.floor(((now.getTime() + OFFSET) % DAY) / 60_000);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * On today for a worker deciding now: under way, or still to come today. A service that ended
 * at 17:00 is not "on today" at 18:00 (the filter would send the worker there for nothing).
 */
export function isOnToday(schedule: string, now: Date): boolean {
  const clock = wallClock(now);
  // 'HH:MM' strings compare in time order; to < from ends tomorrow morning, so it is still ahead.
  const ahead = daysReader(schedule)(dayOf(now)).some(({ from, to }) => to > clock || to < from);
  return ahead || hoursState(schedule, now).openNow;
}

/** The first day after today the schedule runs, within NEXT_HORIZON_DAYS. */
export function nextDay(schedule: string, now: Date): NextDay | null {
  const read = daysReader(schedule);
  const today = dayOf(now);
  for (let d = 1; d <= NEXT_HORIZON_DAYS; d++) {
    const intervals = read(today + d);
    if (intervals.length) return { date: new Date((today + d) * DAY).toISOString().slice(0, 10), inDays: d, intervals: intervals.map(intervalText) };
  }
  return null;
}

/** Each service with today's intervals and its next day. */
export function servicesCalendar(services: readonly Service[], now: Date): ServiceToday[] {
  return services.map((s) => ({ ...s, today: todayIntervals(s.schedule, now), next: nextDay(s.schedule, now) }));
}

/** The kinds (serviceKindMask bits) on today, as isOnToday tells. */
export function kindsOnToday(services: readonly Service[], now: Date): number {
  return serviceKindMask(services.filter((s) => isOnToday(s.schedule, now)).map((s) => s.kind));
}
