import { describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { parseChinaLocal, toChinaLocal } from './china-time';
import { alertsQuerySchema, readAlert } from './schema';

const admin = (role: Admin['role'], divisionCode: string | null): Admin => ({ id: 'a', email: 'a@x', name: 'a', role, divisionCode });
const NATIONAL = admin('national', null);
const JIANGXI = admin('province', '360000');
const SHANGRAO = admin('city', '361100');
const HENGFENG = admin('county', '361125');
const NOW = new Date('2026-07-20T02:00:00Z'); // 10:00 in China

const form = (over: Record<string, unknown> = {}) => ({
  kind: 'heat', divisionCode: '361100', startsAt: '2026-07-20T10:00', endsAt: '2026-07-22T18:00', note: '午后注意防暑', ...over,
});

describe('the alert form', () => {
  it('reads times as China time and trims the note', () => {
    const read = readAlert(SHANGRAO, form({ note: '  多喝水\r\n  ' }), NOW);
    expect(read).toEqual({ ok: true, data: {
      kind: 'heat', divisionCode: '361100', startsAt: new Date('2026-07-20T02:00:00Z'), endsAt: new Date('2026-07-22T10:00:00Z'), note: '多喝水',
    } });
  });

  it('keeps each admin inside its scope; a county admin sets none', () => {
    const ok = (a: Admin, code: string) => readAlert(a, form({ divisionCode: code }), NOW).ok;
    expect([ok(SHANGRAO, '361100'), ok(SHANGRAO, '361125'), ok(SHANGRAO, '360100'), ok(SHANGRAO, '360000'), ok(SHANGRAO, '100000')])
      .toEqual([true, true, false, false, false]);
    expect([ok(JIANGXI, '360000'), ok(JIANGXI, '360102'), ok(JIANGXI, '440000'), ok(JIANGXI, '100000')]).toEqual([true, true, false, false]);
    expect([ok(NATIONAL, '100000'), ok(NATIONAL, '440305'), ok(NATIONAL, '999999'), ok(NATIONAL, '36')]).toEqual([true, true, false, false]);
    expect([ok(HENGFENG, '361125'), ok(admin('city', null), '361100'), ok(admin('province', '361100'), '361125')]).toEqual([false, false, false]);
    expect(readAlert(HENGFENG, form({ divisionCode: '361125' }), NOW)).toEqual({ ok: false, errors: { divisionCode: 'outOfScope' } });
  });

  it('refuses a period that ends first, lasts over 14 days, is over, or starts over 30 days ahead', () => {
    const errors = (over: Record<string, unknown>) => {
      const r = readAlert(NATIONAL, form(over), NOW);
      return r.ok ? null : r.errors;
    };
    expect(errors({ endsAt: '2026-07-20T10:00' })).toEqual({ endsAt: 'endsBeforeStart' });
    expect(errors({ endsAt: '2026-07-20T09:00' })).toEqual({ endsAt: 'endsBeforeStart' });
    expect(errors({ endsAt: '2026-08-03T10:00' })).toBeNull();
    expect(errors({ endsAt: '2026-08-03T10:01' })).toEqual({ endsAt: 'tooLong' });
    expect(errors({ startsAt: '2026-07-18T08:00', endsAt: '2026-07-20T10:00' })).toEqual({ endsAt: 'ended' });
    expect(errors({ startsAt: '2026-07-18T08:00', endsAt: '2026-07-20T10:01' })).toBeNull();
    expect(errors({ startsAt: '2026-08-19T10:00', endsAt: '2026-08-20T10:00' })).toBeNull();
    expect(errors({ startsAt: '2026-08-19T10:01', endsAt: '2026-08-20T10:00' })).toEqual({ startsAt: 'tooFarAhead' });
  });

  it('names each bad field once, and never trips over a missing one', () => {
    expect(readAlert(NATIONAL, {}, NOW)).toEqual({ ok: false, errors: { kind: 'kind', divisionCode: 'outOfScope', startsAt: 'time', endsAt: 'time' } });
    const bad = readAlert(NATIONAL, form({ kind: 'storm', startsAt: '2026-02-30T10:00', endsAt: '20/7/2026', note: '长'.repeat(201) }), NOW);
    expect(bad).toEqual({ ok: false, errors: { kind: 'kind', startsAt: 'time', endsAt: 'time', note: 'noteTooLong' } });
    expect(readAlert(NATIONAL, form({ note: '长'.repeat(200) }), NOW).ok).toBe(true);
    expect(readAlert(NATIONAL, form({ divisionCode: ['361100'] }), NOW)).toEqual({ ok: false, errors: { divisionCode: 'outOfScope' } });
  });
});

describe('China time', () => {
  it('round-trips to the minute and refuses impossible dates', () => {
    expect(parseChinaLocal('2026-01-01T00:30')).toEqual(new Date('2025-12-31T16:30:00Z'));
    expect(toChinaLocal(new Date('2025-12-31T16:30:59Z'))).toBe('2026-01-01T00:30');
    expect(['2026-02-29T10:00', '2026-13-01T10:00', '2026-07-20T24:00', '2026-07-20', '2026-07-20T10:00Z', ' ', '1900-01-01T00:00'].map(parseChinaLocal))
      .toEqual([null, null, null, null, null, null, null]);
  });
});

describe('the alerts query', () => {
  it('takes both coordinates or neither', () => {
    expect(alertsQuerySchema.safeParse({}).success).toBe(true);
    expect(alertsQuerySchema.parse({ lat: '28.4', lng: '117.6' })).toEqual({ lat: 28.4, lng: 117.6 });
    expect(alertsQuerySchema.safeParse({ lat: '28.4' }).error?.issues[0]?.path).toEqual(['lng']);
    expect(alertsQuerySchema.safeParse({ lng: '117.6' }).error?.issues[0]?.path).toEqual(['lat']);
    expect(alertsQuerySchema.safeParse({ lat: '91', lng: '117.6' }).error?.issues[0]?.path).toEqual(['lat']);
    expect(alertsQuerySchema.safeParse({ lat: 'NaN', lng: '117.6' }).success).toBe(false);
  });
});
