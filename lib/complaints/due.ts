// A UMD build: Node's ES module loader sees only its default export (which every loader gives).
import chineseDays from 'chinese-days';

const { isWorkday } = chineseDays;

// When a county union must answer a complaint: by the end of the Nth working
// day after the day it was received, in China's time (UTC+8 all year, no
// daylight saving). Working days are chinese-days' (the State Council's
// holidays and make-up working days; Monday–Friday for a year it has no data
// for). Pure: the caller passes N (env.COMPLAINT_DAYS).

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the calendar day in China that holds `at`. */
const chinaDay = (at: Date) => Math.floor((at.getTime() + OFFSET_MS) / DAY_MS);

function isWorkingDay(day: number): boolean {
  const d = new Date(day * DAY_MS);
  // chinese-days reads a Date with local-time getters: hand it local noon of the same
  // calendar date, so the answer does not depend on the server's time zone.
  return isWorkday(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12));
}

/** 23:59:59 China time of the `workingDays`th working day after the day `receivedAt` falls on. */
export function complaintDueAt(receivedAt: Date, workingDays: number): Date {
  let day = chinaDay(receivedAt);
  for (let left = Math.max(0, Math.floor(workingDays)); left > 0; ) {
    day += 1;
    if (isWorkingDay(day)) left -= 1;
  }
  return new Date((day + 1) * DAY_MS - OFFSET_MS - 1000);
}

/** Whole days (rounded up) a complaint is past its due date at `now`; 0 when it is not. */
export function daysOverdue(dueAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((now.getTime() - dueAt.getTime()) / DAY_MS));
}

/** The due day as a person says it: "12月14日", "December 14" (China's calendar day, whatever the server's zone). */
export function dueDayLabel(dueAt: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric' }).format(dueAt);
}
