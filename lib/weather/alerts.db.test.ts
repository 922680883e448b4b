import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';
import { toChinaLocal } from './china-time';

// Alerts against a real (temporary) database: the form's scope check, the
// active list the map reads (and forgets at once on a write), cancelling, and
// the audit entries.
let fdb: FuzzDb;
let forms: typeof import('./form-actions');
let queries: typeof import('./queries');

const SHANGRAO: Admin = { id: 'w-city', email: 'city@fuzz.test', name: 'c', role: 'city', divisionCode: '361100' };
const NANCHANG: Admin = { id: 'w-other', email: 'other@fuzz.test', name: 'o', role: 'city', divisionCode: '360100' };
const HENGFENG: Admin = { id: 'w-county', email: 'county@fuzz.test', name: 'h', role: 'county', divisionCode: '361125' };
const IN_HENGFENG = { lat: 28.42, lng: 117.68 };
const IN_NANCHANG = { lat: 28.68, lng: 115.89 };

beforeAll(async () => {
  fdb = await openFuzzDb();
  [forms, queries] = await Promise.all([import('./form-actions'), import('./queries')]);
}, 60_000);
afterAll(() => fdb?.close());

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

const now = new Date();
const local = (hours: number) => toChinaLocal(new Date(now.getTime() + hours * 3_600_000));

describe('weather alerts', () => {
  it('refuses a county admin and a region outside the scope, writing nothing', async () => {
    const heat = { kind: 'heat', startsAt: local(-1), endsAt: local(5), note: '' };
    expect(await forms.createAlertForm(HENGFENG, form({ ...heat, divisionCode: '361125' }))).toEqual({ ok: false, reason: 'forbidden' });
    expect(await forms.createAlertForm(SHANGRAO, form({ ...heat, divisionCode: '360100' })))
      .toEqual({ ok: false, reason: 'fields', fields: { divisionCode: 'outOfScope' } });
    expect(await fdb.db.weatherAlert.count()).toBe(0);
    expect(await fdb.db.auditEntry.count()).toBe(0);
  });

  it('shows a new alert at once where it applies, and cancels it once', async () => {
    expect(await queries.alertsAtPoint(IN_HENGFENG.lat, IN_HENGFENG.lng)).toEqual([]);
    const made = await forms.createAlertForm(SHANGRAO, form({ kind: 'heat', divisionCode: '361100', startsAt: local(-1), endsAt: local(5), note: '注意防暑' }));
    expect(made.ok).toBe(true);
    const id = (made as { id: string }).id;
    // The cached empty list is forgotten on the write: no wait.
    expect((await queries.alertsAtPoint(IN_HENGFENG.lat, IN_HENGFENG.lng)).map((a) => a.id)).toEqual([id]);
    expect(await queries.alertsAtPoint(IN_NANCHANG.lat, IN_NANCHANG.lng)).toEqual([]);
    expect(await queries.alertsAtPoint(0, 0)).toEqual([]);
    expect((await queries.alertsForAdmin(SHANGRAO)).map((a) => a.id)).toEqual([id]);
    expect(await queries.alertsForAdmin(NANCHANG)).toEqual([]);
    expect(await queries.alertsForAdmin(HENGFENG)).toEqual([]);

    expect(await forms.cancelAlertForm(NANCHANG, form({ alertId: id }))).toBe('forbidden');
    expect(await forms.cancelAlertForm(HENGFENG, form({ alertId: id }))).toBe('forbidden');
    expect(await forms.cancelAlertForm(SHANGRAO, form({ alertId: '<x>' }))).toBe('gone');
    expect(await forms.cancelAlertForm(SHANGRAO, form({ alertId: id }))).toBe('cancelled');
    expect(await forms.cancelAlertForm(SHANGRAO, form({ alertId: id }))).toBe('gone');
    expect(await queries.alertsAtPoint(IN_HENGFENG.lat, IN_HENGFENG.lng)).toEqual([]);
    expect(await queries.alertsForAdmin(SHANGRAO)).toEqual([]);

    const log = await fdb.db.auditEntry.findMany({ orderBy: { at: 'asc' } });
    expect(log.map((e) => [e.action, e.actorEmail, e.countyCode])).toEqual([
      ['weather_alert_create', SHANGRAO.email, '361100'], ['weather_alert_cancel', SHANGRAO.email, '361100'],
    ]);
    expect(JSON.parse(log[0]!.after!)).toMatchObject({ weather: 'heat', divisionCode: '361100', note: '注意防暑' });
  });

  it('lists an upcoming alert for the admin but not as active', async () => {
    const made = await forms.createAlertForm(SHANGRAO, form({ kind: 'cold', divisionCode: '361125', startsAt: local(24), endsAt: local(48), note: '' }));
    expect(made.ok).toBe(true);
    expect(await queries.activeAlerts()).toEqual([]);
    expect((await queries.alertsForAdmin(SHANGRAO)).map((a) => a.kind)).toEqual(['cold']);
    const later = new Date(now.getTime() + 30 * 3_600_000);
    expect((await queries.activeAlerts(later)).map((a) => a.divisionCode)).toEqual(['361125']);
  });
});
