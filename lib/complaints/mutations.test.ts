import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';
import { complaintDueAt } from './due';
import { hashTrackToken } from './token';

// A complaint's life on a real (temporary SQLite) database: opened with its
// due date and private token, then in progress, answered or rejected, each
// step scoped, conditional and audited; the private link and the overdue lists.

let fdb: FuzzDb;
let m: typeof import('./mutations');
let q: typeof import('./queries');
let stationId: string;
const county: Admin = { id: 'c-360102', email: 'c@complaints.test', name: 'c', role: 'county', divisionCode: '360102' };
const otherCounty: Admin = { id: 'c-360111', email: 'o@complaints.test', name: 'o', role: 'county', divisionCode: '360111' };
const city: Admin = { id: 'city-360100', email: 'city@complaints.test', name: 'ci', role: 'city', divisionCode: '360100' };
const otherCity: Admin = { id: 'city-360400', email: 'city4@complaints.test', name: 'ci4', role: 'city', divisionCode: '360400' };
const now = new Date('2026-12-07T09:30:00+08:00');

beforeAll(async () => {
  fdb = await openFuzzDb();
  m = await import('./mutations');
  q = await import('./queries');
  const s = await fdb.db.station.create({ data: { name: '投诉驿站', kind: 'station', status: 'in_use', lat: 28.68, lng: 115.89, countyCode: '360102', openingHours: '24/7' } });
  stationId = s.id;
}, 60_000);
afterAll(() => fdb?.close());

const open = (track: boolean, at = now, extra: { reviewId?: string } = {}) =>
  fdb.db.$transaction((tx) => m.openComplaint(tx, { stationId, countyCode: '360102', category: 'closed', text: '锁着门', track, ...extra }, at));
const audit = (reportId: string) => fdb.db.auditEntry.findMany({ where: { after: { contains: reportId } }, orderBy: { at: 'asc' } });

describe('openComplaint', () => {
  it('stores the due date (COMPLAINT_DAYS working days, 5 by default) and only the token’s hash', async () => {
    const { reportId, token } = await open(true);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await fdb.db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(row).toMatchObject({ status: 'open', progress: 'received', createdAt: now, dueAt: complaintDueAt(now, 5), trackHash: hashTrackToken(token!) });
    expect(row.dueAt).toEqual(new Date('2026-12-14T23:59:59+08:00'));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('keeps no hash when nobody follows it, and one complaint per review', async () => {
    const { reportId, token } = await open(false, now, { reviewId: 'review-1' });
    expect(token).toBeNull();
    expect(await fdb.db.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ trackHash: null, reviewId: 'review-1' });
    await expect(open(false, now, { reviewId: 'review-1' })).rejects.toThrow();
  });
});

describe('admin steps', () => {
  it('in progress, then answered: scoped, once each, audited, and shown on the private link', async () => {
    const { reportId, token } = await open(true);
    expect(await m.markInProgress(otherCounty, reportId)).toBe('forbidden');
    expect(await m.markInProgress(county, reportId, now)).toBe('ok');
    expect(await m.markInProgress(city, reportId)).toBe('decided');
    expect(await q.complaintByToken(token!)).toMatchObject({ stage: 'in_progress', progressAt: now, reply: null, decidedAt: null });
    expect(await m.answerComplaint(county, { reportId, reply: '   ' })).toBe('invalid');
    expect(await m.answerComplaint(county, { reportId, reply: 'x'.repeat(501) })).toBe('invalid');
    expect(await m.answerComplaint(otherCounty, { reportId, reply: '已开门' })).toBe('forbidden');
    expect(await m.answerComplaint(county, { reportId, reply: ' 已联系站点，恢复开放。 ' })).toBe('ok');
    expect(await m.rejectComplaint(city, { reportId, reason: '晚了' })).toBe('decided');
    const seen = await q.complaintByToken(token!);
    expect(seen).toMatchObject({ stage: 'answered', reply: '已联系站点，恢复开放。', station: { id: stationId, name: '投诉驿站', live: true } });
    expect(JSON.stringify(seen)).not.toContain(county.email);
    expect((await audit(reportId)).map((a) => [a.action, a.actorEmail, a.note])).toEqual([
      ['complaint_progress', county.email, null], ['report_resolve', county.email, '已联系站点，恢复开放。'],
    ]);
  });

  it('two admins deciding at once: exactly one wins, one audit entry', async () => {
    const { reportId } = await open(true);
    const results = await Promise.all([m.answerComplaint(county, { reportId, reply: '甲' }), m.rejectComplaint(city, { reportId, reason: '乙' })]);
    expect(results.sort()).toEqual(['decided', 'ok']);
    expect(await audit(reportId)).toHaveLength(1);
  });

  it('a rejection carries its reason to the sender', async () => {
    const { reportId, token } = await open(true);
    expect(await m.rejectComplaint(city, { reportId, reason: '该站点周末本就不开放。' })).toBe('ok');
    expect(await q.complaintByToken(token!)).toMatchObject({ stage: 'rejected', reply: '该站点周末本就不开放。', progressAt: null });
    expect((await audit(reportId)).map((a) => a.action)).toEqual(['report_dismiss']);
  });
});

describe('complaintByToken', () => {
  it('opens nothing for an unknown or malformed token', async () => {
    expect(await q.complaintByToken('a'.repeat(43))).toBeNull();
    expect(await q.complaintByToken('short')).toBeNull();
  });
});

describe('overdue complaints', () => {
  it('are the open ones past their due date, in each admin’s scope', async () => {
    const late = await open(true, new Date('2026-11-02T10:00:00+08:00'));
    const later = new Date('2026-12-20T10:00:00+08:00');
    expect((await q.overdueComplaints(city, later)).map((c) => c.id)).toContain(late.reportId);
    expect(await q.overdueCount(city, later)).toBeGreaterThan(0);
    expect(await q.overdueCount(county, later)).toBe(await q.overdueCount(city, later));
    expect(await q.overdueCount(otherCounty, later)).toBe(0);
    expect(await q.overdueCount(otherCity, later)).toBe(0);
    // Answered, it is overdue no more.
    await m.answerComplaint(county, { reportId: late.reportId, reply: '已处理' });
    expect((await q.overdueComplaints(city, later)).map((c) => c.id)).not.toContain(late.reportId);
  });
});
