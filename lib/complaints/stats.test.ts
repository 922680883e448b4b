import { describe, expect, it } from 'vitest';
import { isAnswered, median, summarizeComplaints, trustRows, type ComplaintRow } from './stats';

const H = 3600_000;
const t0 = new Date('2026-12-01T09:00:00+08:00');
const after = (hours: number) => new Date(t0.getTime() + hours * H);
const now = after(24 * 30);

/** A complaint received at t0, due after `dueH` hours, decided after `decidedH` (or open). */
function row(countyCode: string, dueH: number, decidedH: number | null, status = decidedH === null ? 'open' : 'resolved', decisionNote: string | null = '已处理'): ComplaintRow {
  return { countyCode, status, createdAt: t0, dueAt: after(dueH), decidedAt: decidedH === null ? null : after(decidedH), decisionNote };
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 1, 1, 1, 100])).toBe(1);
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('isAnswered', () => {
  it('counts a resolve, and a rejection only with a reason', () => {
    expect(isAnswered({ status: 'resolved', decisionNote: null })).toBe(true);
    expect(isAnswered({ status: 'dismissed', decisionNote: '不属实' })).toBe(true);
    expect(isAnswered({ status: 'dismissed', decisionNote: '  ' })).toBe(false);
    expect(isAnswered({ status: 'dismissed', decisionNote: null })).toBe(false);
    expect(isAnswered({ status: 'open', decisionNote: 'x' })).toBe(false);
  });
});

describe('summarizeComplaints', () => {
  it('gives per county the share answered by the due date and the median hours to answer', () => {
    const rows = [
      row('360102', 100, 10), // on time, 10 h
      row('360102', 100, 100), // on time, exactly at the due date
      row('360102', 100, 130), // late, 130 h
      row('360102', 100, 20, 'dismissed', null), // decided but not answered: counted, not on time
      row('360102', 100, null), // open, past due at `now`
      row('360102', 24 * 40, null), // open, not yet due
      row('360103', 100, 50, 'dismissed', '与事实不符'), // answered by a rejection with a reason
    ];
    const s = summarizeComplaints(rows, now);
    expect(s.get('360102')).toEqual({ decided: 4, onTime: 2, onTimeShare: 0.5, answered: 3, medianHours: 100, overdueOpen: 1 });
    expect(s.get('360103')).toEqual({ decided: 1, onTime: 1, onTimeShare: 1, answered: 1, medianHours: 50, overdueOpen: 0 });
  });

  it('leaves out complaints without a due date, and has no share or median without figures', () => {
    const s = summarizeComplaints([{ ...row('360104', 1, 2), dueAt: null }, row('360105', 100, null)], now);
    expect(s.has('360104')).toBe(false);
    expect(s.get('360105')).toEqual({ decided: 0, onTime: 0, onTimeShare: null, answered: 0, medianHours: null, overdueOpen: 1 });
  });
});

describe('trustRows', () => {
  const place = (code: string) => ({ code, name: `县${code}`, nameEn: `County ${code}`, parentName: '南昌市', parentNameEn: 'Nanchang' });
  it('keeps the counties with a counted complaint or a grade, in the given order', () => {
    const complaints = summarizeComplaints([row('360102', 100, 10), row('360104', 24 * 40, null)], now);
    const grades = new Map([['360103', { stars: 4.5, count: 2 }], ['999999', { stars: 1, count: 1 }]]);
    const rows = trustRows(['360101', '360102', '360103', '360104'].map(place), complaints, grades);
    expect(rows.map((r) => r.code)).toEqual(['360102', '360103']);
    expect(rows[0]).toMatchObject({ decided: 1, onTimeShare: 1, stars: null, reviews: 0 });
    expect(rows[1]).toMatchObject({ decided: 0, onTimeShare: null, medianHours: null, stars: 4.5, reviews: 2 });
  });
});
