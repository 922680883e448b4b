// Weeks as the stations live them: Monday 00:00 in China (UTC+8, no daylight saving).
const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The instant this week began: the last Monday 00:00 in China at or before `now`. */
export function weekStart(now: Date): Date {
  const local = now.getTime() + CHINA_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  const monday = day - ((day + 3) % 7);
  return new Date(monday * DAY_MS - CHINA_OFFSET_MS);
}
