// Shapes open spans into a week schedule and words it as one line of text.
// Pure and client-safe, so the server can send the structured schedule and
// the browser can word it in the reader's language.

export type HoursInterval = { from: string; to: string };
/** Consecutive weekdays (0 = Monday … 6 = Sunday) sharing the same intervals. */
export type DaySchedule = { days: number[]; intervals: HoursInterval[] };
export type WeekSchedule = DaySchedule[];
export type ScheduleLocale = 'zh-CN' | 'en';

const MINUTE = 60_000;
const DAY = 86_400_000;

function hhmm(wall: number): string {
  const m = Math.round((wall - Math.floor(wall / DAY) * DAY) / MINUTE);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * An open span as per-day intervals. A span under 24 h stays whole on the day
 * it starts ("22:00–06:00"), as people write overnight hours; longer spans
 * are cut at midnights ("00:00–24:00").
 */
function pieces(a: number, b: number): Array<{ day: number } & HoursInterval> {
  const day = Math.floor(a / DAY) * DAY;
  const end = (t: number): string => (t % DAY === 0 ? '24:00' : hhmm(t));
  if (b - a < DAY || (a === day && b === day + DAY)) return [{ day, from: hhmm(a), to: end(b) }];
  const out: Array<{ day: number } & HoursInterval> = [];
  for (let t = a; t < b; ) {
    const next = Math.min(b, Math.floor(t / DAY) * DAY + DAY);
    out.push({ day: Math.floor(t / DAY) * DAY, from: hhmm(t), to: end(next) });
    t = next;
  }
  return out;
}

/**
 * Groups open spans into a Monday-first week. Spans are [from, to) in local
 * wall-clock milliseconds on a UTC-like axis (multiples of a day are
 * midnights), so this stays free of time zones; `monday` is that week's
 * Monday 00:00 on the same axis. Spans starting outside the week are dropped.
 */
export function scheduleFromSpans(spans: ReadonlyArray<readonly [number, number]>, monday: number): WeekSchedule {
  const days: HoursInterval[][] = Array.from({ length: 7 }, () => []);
  for (const [a, b] of spans) {
    for (const { day, from, to } of pieces(a, b)) days[(day - monday) / DAY]?.push({ from, to });
  }
  const groups: DaySchedule[] = [];
  days.forEach((intervals, i) => {
    const last = groups[groups.length - 1];
    if (last && JSON.stringify(last.intervals) === JSON.stringify(intervals)) last.days.push(i);
    else groups.push({ days: [i], intervals });
  });
  return groups;
}

type Words = {
  days: readonly string[];
  range: string;
  list: string;
  groupSep: string;
  intervalSep: string;
  daily: string;
  closed: string;
  closedAllWeek: string;
  allDay: string;
  nextDay: string;
};

const WORDS: Record<ScheduleLocale, Words> = {
  'zh-CN': {
    days: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    range: '至',
    list: '、',
    groupSep: '；',
    intervalSep: '，',
    daily: '每天',
    closed: '休息',
    closedAllWeek: '暂停开放',
    allDay: '24小时开放',
    // "22:00–次日06:00" is how Chinese notices spell an overnight shift.
    nextDay: '次日',
  },
  en: {
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    range: '–',
    list: ', ',
    groupSep: '; ',
    intervalSep: ', ',
    daily: 'Daily',
    closed: 'closed',
    closedAllWeek: 'Closed',
    allDay: 'Open 24 hours',
    // "22:00–06:00" already reads as overnight in English.
    nextDay: '',
  },
};

function dayLabel(days: readonly number[], w: Words): string {
  // Callers normally pass one run of days, but stay correct for gaps too.
  const runs: Array<[number, number]> = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs
    .map(([a, b]) => (a === b ? w.days[a] : `${w.days[a]}${w.range}${w.days[b]}`))
    .join(w.list);
}

function intervalLabel({ from, to }: HoursInterval, w: Words): string {
  // 'HH:MM' strings compare in time order; to < from means it ends tomorrow.
  const overnight = to < from;
  return `${from}–${overnight ? w.nextDay : ''}${to}`;
}

function isAllDay(intervals: readonly HoursInterval[]): boolean {
  return intervals.length === 1 && intervals[0]?.from === '00:00' && intervals[0]?.to === '24:00';
}

/**
 * One-line description, e.g. "周一至周五 08:00–18:00；周六至周日 休息" or
 * "Mon–Fri 08:00–18:00; Sat–Sun closed". Empty for an empty schedule
 * (unreadable hours), so the UI can fall back to its own "unknown" text.
 */
export function formatSchedule(schedule: WeekSchedule, locale: ScheduleLocale): string {
  const w = WORDS[locale];
  const only = schedule.length === 1 ? schedule[0] : undefined;
  if (only && only.days.length === 7) {
    if (only.intervals.length === 0) return w.closedAllWeek;
    if (isAllDay(only.intervals)) return w.allDay;
    return `${w.daily} ${only.intervals.map((i) => intervalLabel(i, w)).join(w.intervalSep)}`;
  }
  return schedule
    .map(({ days, intervals }) => {
      const hours = intervals.length === 0 ? w.closed : intervals.map((i) => intervalLabel(i, w)).join(w.intervalSep);
      return `${dayLabel(days, w)} ${hours}`;
    })
    .join(w.groupSep);
}
