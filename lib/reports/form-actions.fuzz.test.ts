import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { fuzzField } from '@/lib/testing/fuzz-form';
import type { DecideOutcome, SubmitOutcome } from './form-actions';
import { HONEYPOT_FIELD, REPORT_CATEGORIES } from './vocab';

// The public report form and the admins' triage form under fuzz: hostile
// values in every field never throw, and a refused submission writes nothing.

let fdb: FuzzDb;
let forms: typeof import('./form-actions');
let stationId: string;
let reportId: string;
const county: Admin = { id: 'fuzz-county', email: 'c@fuzz.test', name: 'c', role: 'county', divisionCode: '360111' };

beforeAll(async () => {
  fdb = await openFuzzDb();
  forms = await import('./form-actions');
  const station = await fdb.db.station.create({
    data: { name: '被报告的驿站', kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode: '360102', openingHours: '24/7' },
  });
  stationId = station.id;
  reportId = (await fdb.db.report.create({ data: { stationId, countyCode: '360102', category: 'closed', text: '' } })).id;
}, 60_000);
afterAll(() => fdb?.close());

function submitted(r: SubmitOutcome): string[] | null {
  if (r.kind === 'done') return null;
  if (r.kind === 'invalid') return Object.keys(r.errors).length ? Object.keys(r.errors) : ['(none)'];
  return r.kind === 'station' ? ['stationId'] : [];
}

const REPORT_VALID: Record<string, fc.Arbitrary<string>> = {
  stationId: fc.oneof(fc.constant('x'), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
  category: fc.constantFrom(...REPORT_CATEGORIES),
  text: fc.string({ maxLength: 1000 }),
  locale: fc.constantFrom('zh-CN', 'en'),
  [HONEYPOT_FIELD]: fc.constant(''),
};

describe('report forms fuzz', { timeout: 300_000 }, () => {
  let ip = 0;
  it.each(Object.keys(REPORT_VALID))('public report: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'stationId' ? fc.oneof(fc.constant(stationId), REPORT_VALID.stationId!) : REPORT_VALID[field]!,
      base: () => ({ stationId, category: 'closed', text: '已经关门了', locale: 'zh-CN' }),
      // A new address each time, so the hourly limit never hides the valid path.
      submit: (form) => forms.submitReportForm(form, `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip++ & 255}`),
      // and the station's own hourly count starts again, for the same reason.
      reset: () => fdb.db.rateLimit.deleteMany({ where: { key: { startsWith: 'report_station:' } } }),
      refusal: submitted,
    });
  });

  const decided = (r: DecideOutcome) => (r.error === null ? null : r.error === 'badDecision' ? ['(form)'] : []);
  const DECIDE_VALID: Record<string, fc.Arbitrary<string>> = {
    reportId: fc.oneof(fc.constant('x'), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
    decision: fc.constantFrom('resolve', 'dismiss'),
    note: fc.string({ maxLength: 500 }),
    locale: fc.constantFrom('zh-CN', 'en'),
  };

  it.each(Object.keys(DECIDE_VALID))('triage: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'reportId' ? fc.oneof(fc.constant(reportId), DECIDE_VALID.reportId!) : DECIDE_VALID[field]!,
      base: () => ({ reportId, decision: 'resolve', note: '已核实', locale: 'zh-CN' }),
      reset: () => fdb.db.report.updateMany({ where: { id: reportId, status: { not: 'open' } }, data: { status: 'open', decidedAt: null, decidedBy: null, decisionNote: null } }),
      // The triage form has one message for any bad field: it names the form, and only for a bad value.
      submit: (form) => forms.decideReportForm(PROVINCE, form), refusal: decided, blames: ['(form)'],
    });
  });

  it('triage out of scope: refused, nothing written', async () => {
    await fuzzField({
      db: fdb.db, field: 'reportId', valid: fc.constant(reportId),
      base: () => ({ reportId, decision: 'dismiss', note: '', locale: 'en' }),
      submit: (form) => forms.decideReportForm(county, form), refusal: (r) => (r.error === null ? ['(accepted out of scope)'] : []),
    });
  });
});
