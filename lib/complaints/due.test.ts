import { afterEach, describe, expect, it } from 'vitest';
import { complaintDueAt, daysOverdue, dueDayLabel } from './due';

// Dates are written in China time (+08:00); a due date is 23:59:59 there.
const at = (iso: string) => new Date(iso);
const endOf = (day: string) => new Date(`${day}T23:59:59+08:00`);

describe('complaintDueAt', () => {
  it('counts five working days after the day received, skipping the weekend', () => {
    // Monday 7 Dec 2026 → Tue 8, Wed 9, Thu 10, Fri 11, Mon 14.
    expect(complaintDueAt(at('2026-12-07T09:30:00+08:00'), 5)).toEqual(endOf('2026-12-14'));
    // Received on a Saturday: the count starts on Monday.
    expect(complaintDueAt(at('2026-12-05T15:00:00+08:00'), 5)).toEqual(endOf('2026-12-11'));
  });

  it('skips the Mid-Autumn and National Day holidays (Friday 25 Sep 2026)', () => {
    // 25–27 Sep and 1–7 Oct are holidays: Mon 28, Tue 29, Wed 30 Sep, Thu 8, Fri 9 Oct.
    expect(complaintDueAt(at('2026-09-25T10:00:00+08:00'), 5)).toEqual(endOf('2026-10-09'));
  });

  it('counts the State Council’s make-up working days, weekends though they are', () => {
    // Saturday 10 Oct 2026 is a working day: the sixth after 25 Sep.
    expect(complaintDueAt(at('2026-09-25T10:00:00+08:00'), 6)).toEqual(endOf('2026-10-10'));
    // Sunday 20 Sep 2026 too: the first working day after Friday 18 Sep.
    expect(complaintDueAt(at('2026-09-18T10:00:00+08:00'), 1)).toEqual(endOf('2026-09-20'));
  });

  it('takes the number of working days it is given (COMPLAINT_DAYS)', () => {
    const monday = at('2026-12-07T09:30:00+08:00');
    expect(complaintDueAt(monday, 1)).toEqual(endOf('2026-12-08'));
    expect(complaintDueAt(monday, 10)).toEqual(endOf('2026-12-21'));
  });

  it('reads the day received in China’s time, not the server’s', () => {
    // 23:30 UTC on Thursday 3 Dec is already Friday 4 Dec in China.
    expect(complaintDueAt(at('2026-12-03T15:30:00Z'), 1)).toEqual(endOf('2026-12-04'));
    expect(complaintDueAt(at('2026-12-03T16:30:00Z'), 1)).toEqual(endOf('2026-12-07'));
  });

  it('falls back to Monday–Friday for a year without holiday data', () => {
    // Friday 2 Oct 2099: no National Day data, so Monday 5 Oct is a working day.
    expect(complaintDueAt(at('2099-10-02T10:00:00+08:00'), 1)).toEqual(endOf('2099-10-05'));
    expect(complaintDueAt(at('2099-10-01T10:00:00+08:00'), 1)).toEqual(endOf('2099-10-02'));
  });

  describe('in another server time zone', () => {
    const tz = process.env.TZ;
    afterEach(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });
    it('gives the same due dates', () => {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        expect(complaintDueAt(at('2026-09-25T10:00:00+08:00'), 6), zone).toEqual(endOf('2026-10-10'));
        expect(complaintDueAt(at('2026-09-18T10:00:00+08:00'), 1), zone).toEqual(endOf('2026-09-20'));
      }
    });
  });
});

describe('daysOverdue', () => {
  it('is 0 until the due date has passed, then whole days rounded up', () => {
    const due = endOf('2026-12-14');
    expect(daysOverdue(due, at('2026-12-14T20:00:00+08:00'))).toBe(0);
    expect(daysOverdue(due, due)).toBe(0);
    expect(daysOverdue(due, at('2026-12-15T08:00:00+08:00'))).toBe(1);
    expect(daysOverdue(due, at('2026-12-17T08:00:00+08:00'))).toBe(3);
  });
});

describe('dueDayLabel', () => {
  it('says the day in China in both languages', () => {
    expect(dueDayLabel(endOf('2026-12-14'), 'zh-CN')).toBe('12月14日');
    expect(dueDayLabel(endOf('2026-12-14'), 'en')).toBe('December 14');
  });
});
