// "Today" is the station's day (Asia/Shanghai) whatever the server's zone; run it under several:
//   TZ=UTC npx vitest run lib/services; TZ=America/New_York …; TZ=Asia/Shanghai …
import { describe, expect, it } from 'vitest';
import { isOnToday, kindsOnToday, nextDay, servicesCalendar, todayIntervals } from './calendar';
import { serviceKindMask } from './vocab';

// Tuesday 8 December 2026, at a Shanghai wall time (UTC+8).
const shanghai = (wall: string) => new Date(`${wall}+08:00`);
const TUE_1430 = shanghai('2026-12-08T14:30:00');

describe('today', () => {
  it('lists today\'s intervals, and on other days none', () => {
    expect(todayIntervals('Tu,Th 14:00-17:00', TUE_1430)).toEqual(['14:00–17:00']);
    expect(todayIntervals('Mo,We 14:00-17:00', TUE_1430)).toEqual([]);
    expect(todayIntervals('Tu 09:00-11:30,14:00-17:00', TUE_1430)).toEqual(['09:00–11:30', '14:00–17:00']);
    expect(todayIntervals('Mo-Su 00:00-24:00', TUE_1430)).toEqual(['00:00–24:00']);
  });

  it('is the Shanghai day, not the UTC one: 01:00 on Wednesday is Tuesday 17:00 in UTC', () => {
    const wed0100 = shanghai('2026-12-09T01:00:00');
    expect(wed0100.toISOString()).toBe('2026-12-08T17:00:00.000Z');
    expect(todayIntervals('Tu 14:00-17:00', wed0100)).toEqual([]);
    expect(todayIntervals('We 14:00-17:00', wed0100)).toEqual(['14:00–17:00']);
    expect(isOnToday('Tu 14:00-17:00', wed0100)).toBe(false);
  });

  it('counts a service as on today while under way or still to come, not once it has ended', () => {
    expect(isOnToday('Tu 14:00-17:00', shanghai('2026-12-08T09:00:00'))).toBe(true);
    expect(isOnToday('Tu 14:00-17:00', TUE_1430)).toBe(true);
    expect(isOnToday('Tu 14:00-17:00', shanghai('2026-12-08T17:00:00'))).toBe(false);
    expect(isOnToday('Tu 14:00-17:00', shanghai('2026-12-08T18:00:00'))).toBe(false);
    expect(isOnToday('Mo-Su 00:00-24:00', shanghai('2026-12-08T23:59:00'))).toBe(true);
  });

  it('keeps an overnight service on the day it starts, and on while it runs past midnight', () => {
    expect(todayIntervals('Tu 22:00-06:00', shanghai('2026-12-08T23:00:00'))).toEqual(['22:00–06:00']);
    expect(isOnToday('Tu 22:00-06:00', shanghai('2026-12-08T23:00:00'))).toBe(true);
    const wed0300 = shanghai('2026-12-09T03:00:00');
    expect(todayIntervals('Tu 22:00-06:00', wed0300)).toEqual([]);
    expect(isOnToday('Tu 22:00-06:00', wed0300)).toBe(true);
  });

  it('reads a schedule the hours rules refuse as never', () => {
    expect(todayIntervals('whenever', TUE_1430)).toEqual([]);
    expect(isOnToday('whenever', TUE_1430)).toBe(false);
    expect(nextDay('whenever', TUE_1430)).toBeNull();
  });
});

describe('next day', () => {
  it('is the first later day it runs, across the end of the week and the year', () => {
    expect(nextDay('Tu,Th 14:00-17:00', TUE_1430)).toEqual({ date: '2026-12-10', inDays: 2, intervals: ['14:00–17:00'] });
    expect(nextDay('Tu 14:00-17:00', TUE_1430)).toEqual({ date: '2026-12-15', inDays: 7, intervals: ['14:00–17:00'] });
    expect(nextDay('Mo 10:00-12:00', shanghai('2026-12-13T20:00:00'))).toEqual({ date: '2026-12-14', inDays: 1, intervals: ['10:00–12:00'] });
    expect(nextDay('Mo-Su 00:00-24:00', shanghai('2026-12-31T23:30:00'))).toEqual({ date: '2027-01-01', inDays: 1, intervals: ['00:00–24:00'] });
  });

  it('finds a monthly service (the first Monday) weeks ahead, and nothing past the horizon', () => {
    expect(nextDay('Mo[1] 14:00-17:00', TUE_1430)).toEqual({ date: '2027-01-04', inDays: 27, intervals: ['14:00–17:00'] });
    expect(nextDay('2027 Jun 01 10:00-12:00', TUE_1430)).toBeNull();
  });
});

describe('a station\'s services', () => {
  const list = [
    { kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' },
    { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null },
    { kind: 'health_check', schedule: 'Tu 08:00-10:00', note: null },
  ] as const;

  it('says what runs today and when each runs next', () => {
    expect(servicesCalendar(list, TUE_1430)).toEqual([
      { ...list[0], today: ['14:00–17:00'], next: { date: '2026-12-10', inDays: 2, intervals: ['14:00–17:00'] } },
      { ...list[1], today: [], next: { date: '2026-12-12', inDays: 4, intervals: ['09:00–12:00'] } },
      { ...list[2], today: ['08:00–10:00'], next: { date: '2026-12-15', inDays: 7, intervals: ['08:00–10:00'] } },
    ]);
  });

  it('tells the kinds on today: the health check has ended by 14:30, legal aid has not', () => {
    expect(kindsOnToday(list, TUE_1430)).toBe(serviceKindMask(['legal_aid']));
    expect(kindsOnToday(list, shanghai('2026-12-08T07:00:00'))).toBe(serviceKindMask(['legal_aid', 'health_check']));
    expect(kindsOnToday(list, shanghai('2026-12-12T10:00:00'))).toBe(serviceKindMask(['haircut']));
    expect(kindsOnToday([], TUE_1430)).toBe(0);
  });
});
