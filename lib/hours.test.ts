// Run under several process zones; results must not change:
//   TZ=UTC npx vitest run lib/hours; TZ=America/New_York …; TZ=Asia/Shanghai …
import { describe, expect, it } from 'vitest';
import { STATION_TIME_ZONE } from './stations/vocab';
import { formatSchedule, hoursCacheSize, hoursState, nextStationMidnight, validateHours, weekSchedule } from './hours';

const at = (iso: string) => new Date(iso);
const WEEKDAYS = { days: [0, 1, 2, 3, 4], intervals: [{ from: '08:00', to: '18:00' }] };
const WEEKEND_CLOSED = { days: [5, 6], intervals: [] };

describe('time zone assumption', () => {
  it('Asia/Shanghai is UTC+8 in winter and summer (no DST)', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: STATION_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });
    expect(fmt.format(at('2026-01-15T00:00:00Z'))).toBe('08');
    expect(fmt.format(at('2026-07-15T00:00:00Z'))).toBe('08');
  });
});

describe('nextStationMidnight', () => {
  it('is the coming midnight in Shanghai, not in UTC', () => {
    // 23:59 on 6 Dec in Shanghai is 15:59 UTC; the day turns one minute later.
    expect(nextStationMidnight(new Date('2026-12-06T15:59:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    // Midnight itself in Shanghai (still 6 Dec in UTC): the next turn is a whole day away.
    expect(nextStationMidnight(new Date('2026-12-06T16:00:00Z')).toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(nextStationMidnight(new Date('2026-12-06T03:00:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });
});

describe('validateHours', () => {
  it('accepts common station hours', () => {
    for (const s of ['24/7', 'Mo-Fr 08:00-18:00', 'Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00', 'Mo-Su 22:00-06:00', 'Mo-Su 08:00-20:00; PH off']) {
      expect(validateHours(s), s).toEqual({ ok: true });
    }
  });

  it('refuses empty, over-long and malformed strings with a message', () => {
    for (const s of ['', '   ', `Mo-Fr 08:00-18:00 "${'x'.repeat(250)}"`, 'whenever', 'Mo-Fr 25:00-26:00', 'Mo 12:00']) {
      const r = validateHours(s);
      expect(r.ok, s).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    }
  });

  it('refuses solar times and school holidays, which cannot be evaluated correctly here', () => {
    expect(validateHours('Mo-Su sunrise-sunset')).toMatchObject({ ok: false, message: expect.stringMatching(/sunrise/i) });
    expect(validateHours('Mo-Fr 08:00-18:00; SH off')).toMatchObject({ ok: false, message: expect.stringMatching(/SH/) });
  });

  it('allows those words inside comments', () => {
    expect(validateHours('Mo-Fr 08:00-18:00 open "closed at sunset in SH"')).toEqual({ ok: true });
  });

  // Found by the form fuzz: the library never returns on this one, which froze the server.
  it('refuses numbers longer than a year at once, but not in comments', () => {
    expect(validateHours('1300579109 Mo-Fr 08:00-18:00; PH off')).toMatchObject({ ok: false, message: expect.stringMatching(/four digits/) });
    expect(validateHours('2026 Mo-Fr 08:00-18:00; PH off')).toEqual({ ok: true });
    expect(validateHours('Mo-Fr 08:00-18:00 "电话 13800138000"')).toEqual({ ok: true });
  });
});

describe('hoursState', () => {
  it('is open on a Wednesday morning in Shanghai and closes at 18:00 Shanghai', () => {
    // 2026-11-25T01:30Z is Wed 09:30 in Shanghai (and still Tue evening in New York).
    expect(hoursState('Mo-Fr 08:00-18:00', at('2026-11-25T01:30:00Z'))).toEqual({
      openNow: true,
      is24x7: false,
      nextChange: at('2026-11-25T10:00:00Z'),
    });
  });

  it('is closed in the evening and opens at 08:00 Shanghai next morning', () => {
    expect(hoursState('Mo-Fr 08:00-18:00', at('2026-11-25T12:00:00Z'))).toEqual({
      openNow: false,
      is24x7: false,
      nextChange: at('2026-11-26T00:00:00Z'),
    });
  });

  it('skips the weekend: Friday 20:00 Shanghai → Monday 08:00', () => {
    const s = hoursState('Mo-Fr 08:00-18:00', at('2026-11-27T12:00:00Z'));
    expect(s.nextChange).toEqual(at('2026-11-30T00:00:00Z'));
  });

  it('treats the boundary minute as already changed', () => {
    expect(hoursState('Mo-Fr 08:00-18:00', at('2026-11-25T10:00:00Z')).openNow).toBe(false);
    expect(hoursState('Mo-Fr 08:00-18:00', at('2026-11-25T09:59:59Z')).openNow).toBe(true);
  });

  it('reports 24/7 as open with no next change', () => {
    expect(hoursState('24/7', at('2026-11-25T01:30:00Z'))).toEqual({ openNow: true, is24x7: true, nextChange: null });
    expect(hoursState('Mo-Su 00:00-24:00', at('2026-03-08T07:00:00Z')).is24x7).toBe(true);
  });

  it('is not 24/7 when public holidays close it', () => {
    const s = hoursState('24/7; PH off', at('2026-09-20T00:00:00Z'));
    // National Day, 1 October 00:00 in Shanghai.
    expect(s).toEqual({ openNow: true, is24x7: false, nextChange: at('2026-09-30T16:00:00Z') });
  });

  it('handles a schedule over midnight', () => {
    const s = 'Mo-Su 22:00-06:00';
    // Wed 23:00 Shanghai: open until Thu 06:00.
    expect(hoursState(s, at('2026-11-25T15:00:00Z'))).toEqual({
      openNow: true,
      is24x7: false,
      nextChange: at('2026-11-25T22:00:00Z'),
    });
    // Wed 12:00 Shanghai: closed until 22:00.
    expect(hoursState(s, at('2026-11-25T04:00:00Z')).nextChange).toEqual(at('2026-11-25T14:00:00Z'));
  });

  it('is unaffected by DST changes of the process zone (US spring forward, 8 Mar 2026)', () => {
    // Sun 8 Mar 08:00 Shanghai = 7 Mar 19:00 New York; then Mon 8 Mar closes at 18:00 Shanghai.
    expect(hoursState('Mo-Fr 08:00-18:00', at('2026-03-09T01:00:00Z')).nextChange).toEqual(at('2026-03-09T10:00:00Z'));
    expect(hoursState('Mo-Fr 08:00-18:00', at('2026-03-08T00:00:00Z')).nextChange).toEqual(at('2026-03-09T00:00:00Z'));
  });

  it('counts a bare-comment rule as not open, and refused strings as closed', () => {
    expect(hoursState('Mo-Fr 08:00-18:00 "call ahead"', at('2026-11-25T01:30:00Z')).openNow).toBe(false);
    expect(hoursState('Mo-Fr 08:00-18:00 open "call ahead"', at('2026-11-25T01:30:00Z')).openNow).toBe(true);
    expect(hoursState('nonsense', at('2026-11-25T01:30:00Z'))).toEqual({ openNow: false, is24x7: false, nextChange: null });
  });

  it('finds a change months away for seasonal hours', () => {
    // Closed in November; opens 1 June 2027 08:00 Shanghai.
    expect(hoursState('Jun-Aug Mo-Su 08:00-18:00', at('2026-11-25T01:30:00Z'))).toEqual({
      openNow: false,
      is24x7: false,
      nextChange: at('2027-06-01T00:00:00Z'),
    });
  });

  it('reports no open/closed change for an always-unknown weekly rule', () => {
    expect(hoursState('Mo-Fr 08:00-18:00 "call ahead"', at('2026-11-25T01:30:00Z')).nextChange).toBeNull();
  });

  it('reports a station that is never open as closed with no change', () => {
    expect(hoursState('off', at('2026-11-25T01:30:00Z'))).toEqual({ openNow: false, is24x7: false, nextChange: null });
  });
});

describe('weekSchedule', () => {
  const wed = at('2026-11-25T01:30:00Z');

  it('groups weekdays and weekend for "Mo-Fr 08:00-18:00"', () => {
    expect(weekSchedule('Mo-Fr 08:00-18:00', wed)).toEqual([WEEKDAYS, WEEKEND_CLOSED]);
  });

  it('uses the Shanghai week, not the process one', () => {
    // Sun 2026-11-29 20:00 UTC is already Monday 04:00 in Shanghai: the next week,
    // which has the same shape; Sun 15:59 UTC is still Sunday 23:59 there.
    expect(weekSchedule('Mo 10:00-11:00', at('2026-11-29T20:00:00Z'))[0]).toEqual({
      days: [0],
      intervals: [{ from: '10:00', to: '11:00' }],
    });
    expect(weekSchedule('2026 Nov 23 10:00-11:00', at('2026-11-29T15:59:00Z'))[0]?.intervals).toEqual([
      { from: '10:00', to: '11:00' },
    ]);
    expect(weekSchedule('2026 Nov 23 10:00-11:00', at('2026-11-29T16:00:00Z'))).toEqual([{ days: [0, 1, 2, 3, 4, 5, 6], intervals: [] }]);
  });

  it('lists split shifts and a different Saturday', () => {
    expect(weekSchedule('Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00', wed)).toEqual([
      { days: [0, 1, 2, 3, 4], intervals: [{ from: '08:00', to: '12:00' }, { from: '14:00', to: '18:00' }] },
      { days: [5], intervals: [{ from: '09:00', to: '12:00' }] },
      { days: [6], intervals: [] },
    ]);
  });

  it('keeps overnight spans on the day they start', () => {
    expect(weekSchedule('Mo-Su 22:00-06:00', wed)).toEqual([
      { days: [0, 1, 2, 3, 4, 5, 6], intervals: [{ from: '22:00', to: '06:00' }] },
    ]);
    expect(weekSchedule('Fr 18:00-24:00', wed)[1]).toEqual({ days: [4], intervals: [{ from: '18:00', to: '24:00' }] });
  });

  it('shows 24/7 as every day 00:00–24:00', () => {
    expect(weekSchedule('24/7', wed)).toEqual([{ days: [0, 1, 2, 3, 4, 5, 6], intervals: [{ from: '00:00', to: '24:00' }] }]);
  });

  it('applies Chinese public holidays in the week they fall', () => {
    // Week of Mon 28 Sep 2026: 1–3 October (Thu–Sat) are 国庆节 in the library's calendar.
    expect(weekSchedule('Mo-Su 08:00-18:00; PH off', at('2026-09-30T04:00:00Z'))).toEqual([
      { days: [0, 1, 2], intervals: [{ from: '08:00', to: '18:00' }] },
      { days: [3, 4, 5], intervals: [] },
      { days: [6], intervals: [{ from: '08:00', to: '18:00' }] },
    ]);
  });

  it('is empty for a refused string', () => {
    expect(weekSchedule('nonsense', wed)).toEqual([]);
  });
});

describe('formatSchedule via hours', () => {
  it('words a computed schedule in both locales', () => {
    const week = weekSchedule('Mo-Fr 08:00-18:00', at('2026-11-25T01:30:00Z'));
    expect(formatSchedule(week, 'en')).toBe('Mon–Fri 08:00–18:00; Sat–Sun closed');
    expect(formatSchedule(week, 'zh-CN')).toBe('周一至周五 08:00–18:00；周六至周日 休息');
  });
});

describe('the parse cache', () => {
  it('keeps no string past the length limit: 300 distinct long strings leave it as it was', () => {
    const before = hoursCacheSize();
    for (let i = 0; i < 300; i++) expect(validateHours(`Mo-Fr 08:00-18:00 "${'x'.repeat(300)}${i}"`).ok).toBe(false);
    expect(hoursCacheSize()).toBe(before);
  });
});
