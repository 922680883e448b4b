import { describe, expect, it } from 'vitest';
import { formatSchedule, scheduleFromSpans, type WeekSchedule } from './hours-format';

const H = 3_600_000;
const D = 24 * H;
// Monday 2026-11-23 00:00 on the wall-clock axis (1 Jan 1970 was a Thursday).
const MON = Date.UTC(2026, 10, 23);
const ALL = [0, 1, 2, 3, 4, 5, 6];

describe('scheduleFromSpans', () => {
  it('needs MON to be a Monday', () => {
    expect(new Date(MON).getUTCDay()).toBe(1);
  });

  it('groups equal consecutive days and leaves closed days empty', () => {
    const spans = [0, 1, 2, 3, 4].map((d) => [MON + d * D + 8 * H, MON + d * D + 18 * H] as const);
    expect(scheduleFromSpans(spans, MON)).toEqual([
      { days: [0, 1, 2, 3, 4], intervals: [{ from: '08:00', to: '18:00' }] },
      { days: [5, 6], intervals: [] },
    ]);
  });

  it('keeps a sub-24 h overnight span on its start day and drops last week’s', () => {
    const spans = [-1, 0, 1, 2, 3, 4, 5, 6].map((d) => [MON + d * D + 22 * H, MON + (d + 1) * D + 6 * H] as const);
    expect(scheduleFromSpans(spans, MON)).toEqual([{ days: ALL, intervals: [{ from: '22:00', to: '06:00' }] }]);
  });

  it('cuts spans of a day or more at midnight, ending with 24:00', () => {
    // Open from Saturday 20:00 right through to Monday 06:00 next week.
    expect(scheduleFromSpans([[MON + 5 * D + 20 * H, MON + 7 * D + 6 * H]], MON)).toEqual([
      { days: [0, 1, 2, 3, 4], intervals: [] },
      { days: [5], intervals: [{ from: '20:00', to: '24:00' }] },
      { days: [6], intervals: [{ from: '00:00', to: '24:00' }] },
    ]);
    expect(scheduleFromSpans([[MON - D, MON + 8 * D]], MON)).toEqual([
      { days: ALL, intervals: [{ from: '00:00', to: '24:00' }] },
    ]);
  });

  it('prints minutes', () => {
    expect(scheduleFromSpans([[MON + 7.5 * H, MON + 11.75 * H]], MON)[0]).toEqual({
      days: [0],
      intervals: [{ from: '07:30', to: '11:45' }],
    });
  });
});

describe('formatSchedule', () => {
  const weekdays: WeekSchedule = [
    { days: [0, 1, 2, 3, 4], intervals: [{ from: '08:00', to: '18:00' }] },
    { days: [5, 6], intervals: [] },
  ];

  it('words weekdays and a closed weekend', () => {
    expect(formatSchedule(weekdays, 'en')).toBe('Mon–Fri 08:00–18:00; Sat–Sun closed');
    expect(formatSchedule(weekdays, 'zh-CN')).toBe('周一至周五 08:00–18:00；周六至周日 休息');
  });

  it('says open 24 hours for round-the-clock', () => {
    const always: WeekSchedule = [{ days: ALL, intervals: [{ from: '00:00', to: '24:00' }] }];
    expect(formatSchedule(always, 'en')).toBe('Open 24 hours');
    expect(formatSchedule(always, 'zh-CN')).toBe('24小时开放');
  });

  it('says daily for the same hours every day, marking next-day ends in Chinese', () => {
    const nightly: WeekSchedule = [{ days: ALL, intervals: [{ from: '22:00', to: '06:00' }] }];
    expect(formatSchedule(nightly, 'en')).toBe('Daily 22:00–06:00');
    expect(formatSchedule(nightly, 'zh-CN')).toBe('每天 22:00–次日06:00');
  });

  it('lists split shifts and single days', () => {
    const split: WeekSchedule = [
      { days: [0, 1, 2, 3, 4], intervals: [{ from: '08:00', to: '12:00' }, { from: '14:00', to: '18:00' }] },
      { days: [5], intervals: [{ from: '09:00', to: '12:00' }] },
      { days: [6], intervals: [] },
    ];
    expect(formatSchedule(split, 'en')).toBe('Mon–Fri 08:00–12:00, 14:00–18:00; Sat 09:00–12:00; Sun closed');
    expect(formatSchedule(split, 'zh-CN')).toBe('周一至周五 08:00–12:00，14:00–18:00；周六 09:00–12:00；周日 休息');
  });

  it('handles a closed week, an empty schedule and non-consecutive days', () => {
    expect(formatSchedule([{ days: ALL, intervals: [] }], 'zh-CN')).toBe('暂停开放');
    expect(formatSchedule([{ days: ALL, intervals: [] }], 'en')).toBe('Closed');
    expect(formatSchedule([], 'en')).toBe('');
    const gappy: WeekSchedule = [{ days: [0, 2, 3], intervals: [{ from: '09:00', to: '10:00' }] }];
    expect(formatSchedule(gappy, 'en')).toBe('Mon, Wed–Thu 09:00–10:00');
    expect(formatSchedule(gappy, 'zh-CN')).toBe('周一、周三至周四 09:00–10:00');
  });
});
