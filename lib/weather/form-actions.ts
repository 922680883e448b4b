import 'server-only';
import type { Admin } from '@/lib/permissions/roles';
import { cancelAlert, createAlert, type CancelResult } from './mutations';
import { readAlert, type AlertField } from './schema';
import { mayIssueAlerts } from './scope';

// The admin forms' work, apart from their actions (session, words, redirects)
// so that tests can drive it with any FormData.

export type CreateOutcome =
  | { ok: true; id: string }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'fields'; fields: Partial<Record<AlertField, string>> };

/** A new alert from the form: a county admin is refused outright, a region outside the scope by field. */
export async function createAlertForm(admin: Admin, form: FormData, now: Date = new Date()): Promise<CreateOutcome> {
  if (!mayIssueAlerts(admin)) return { ok: false, reason: 'forbidden' };
  const read = readAlert(admin, Object.fromEntries(form), now);
  if (!read.ok) return { ok: false, reason: 'fields', fields: read.errors };
  const id = await createAlert(admin, read.data);
  return id === 'forbidden' ? { ok: false, reason: 'forbidden' } : { ok: true, id };
}

const ALERT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The cancel button's form: the alert's id. */
export async function cancelAlertForm(admin: Admin, form: FormData, now: Date = new Date()): Promise<CancelResult> {
  const id = form.get('alertId');
  if (!mayIssueAlerts(admin)) return 'forbidden';
  if (typeof id !== 'string' || !ALERT_ID.test(id)) return 'gone';
  return cancelAlert(admin, id, now);
}
