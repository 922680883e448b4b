import { describe, expect, it } from 'vitest';
import { validateHours, weekSchedule } from '@/lib/hours';
import { hoursFromPhrase } from './hours-phrases';

// Chinese hours phrasings of union lists → OSM opening_hours the app can show.

describe('hours phrases', () => {
  it.each([
    ['周一至周五 09:00-17:00', 'Mo-Fr 09:00-17:00'],
    ['周一至周五 08:30-12:00,13:00-17:30', 'Mo-Fr 08:30-12:00,13:00-17:30'],
    ['周一到周五 8:30—12:00，13:00—17:30', 'Mo-Fr 08:30-12:00,13:00-17:30'],
    ['星期一至星期六 9:00～18:00', 'Mo-Sa 09:00-18:00'],
    ['周一至五：8：00-18：00', 'Mo-Fr 08:00-18:00'],
    ['24小时', '24/7'],
    ['全天', '24/7'],
    ['全天24小时开放', '24/7'],
    ['每天 24小时', '24/7'],
    ['每天 8:00-20:00', 'Mo-Su 08:00-20:00'],
    ['每日8点-20点', 'Mo-Su 08:00-20:00'],
    ['8点半-17点半', 'Mo-Su 08:30-17:30'],
    ['上午8:30-12:00 下午2:00-5:30', 'Mo-Su 08:30-12:00,14:00-17:30'],
    ['早8:00-晚8:00', 'Mo-Su 08:00-20:00'],
    ['周六、周日 9:00-17:00', 'Sa,Su 09:00-17:00'],
    ['周一至周五 9:00-17:00；周末 10:00-16:00', 'Mo-Fr 09:00-17:00; Sa,Su 10:00-16:00'],
    ['周一至周五9:00-17:00，周六、周日及节假日休息', 'Mo-Fr 09:00-17:00; Sa,Su,PH off'],
    ['每天8:00-20:00，节假日休息', 'Mo-Su 08:00-20:00; PH off'],
    ['8:00-20:00 周末休息', 'Mo-Su 08:00-20:00; Sa,Su off'],
    ['9:00-17:00（周一至周五）', 'Mo-Fr 09:00-17:00'],
    ['周一至周五 24小时', 'Mo-Fr 00:00-24:00'],
    ['周五至周一 10:00-22:00', 'Mo,Fr-Su 10:00-22:00'],
    ['22:00-06:00', 'Mo-Su 22:00-06:00'],
    ['开放时间：周一至周五 9:00-17:00', 'Mo-Fr 09:00-17:00'],
    ['24/7', '24/7'],
  ])('reads %j as %j', (phrase, hours) => {
    const r = hoursFromPhrase(phrase);
    expect(r).toEqual({ hours, guessed: false });
    expect(validateHours(r!.hours)).toEqual({ ok: true });
  });

  it.each([
    ['工作日开放', 'Mo-Fr'],
    ['周六、周日', 'Sa,Su'],
    ['节假日', 'PH'],
    ['全年无休', 'Mo-Su'],
    ['8:00-5:30', 'Mo-Su 08:00-17:30'],
  ])('reads %j as %j but says it guessed', (phrase, hours) => {
    expect(hoursFromPhrase(phrase)).toEqual({ hours, guessed: true });
  });

  it('reads working days as open all day on Monday to Friday, closed at the weekend', () => {
    const week = weekSchedule(hoursFromPhrase('工作日开放')!.hours, new Date('2026-03-04T04:00:00Z'));
    expect(week).toEqual([
      { days: [0, 1, 2, 3, 4], intervals: [{ from: '00:00', to: '24:00' }] },
      { days: [5, 6], intervals: [] },
    ]);
  });

  it.each([
    '工作时间', '夏季 8:00-18:00，冬季 9:00-17:00', '节假日休息', '预约开放', '25:00-26:00', '8:75-9:00', '',
    '周一至周五 9:00-17:00 除外', '电话预约', '全天 8:00-17:00',
  ])('cannot read %j', (phrase) => {
    expect(hoursFromPhrase(phrase)).toBeNull();
  });
});
