import 'server-only';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import type { Admin } from '@/lib/permissions/roles';
import { forgetLiveAlerts } from './queries';
import type { AlertInput } from './schema';
import { alertInScope } from './scope';

// Setting and cancelling alerts, each with its audit entry in the same
// transaction. The entry's county is the alert's region, so a province admin
// reading the log sees its own province's alerts (lib/permissions logScope).

const logged = (a: { id: string; kind: string; divisionCode: string; startsAt: Date; endsAt: Date; note: string }) => ({
  id: a.id, weather: a.kind, divisionCode: a.divisionCode, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), note: a.note,
});

/** `input` comes from alertSchema, which checked the scope; it is checked again here, next to the write. */
export async function createAlert(admin: Admin, input: AlertInput): Promise<string | 'forbidden'> {
  if (!alertInScope(admin, input.divisionCode)) return 'forbidden';
  const id = await db.$transaction(async (tx) => {
    const a = await tx.weatherAlert.create({ data: { ...input, createdBy: admin.id } });
    await recordAudit(tx, admin, { action: 'weather_alert_create', countyCode: a.divisionCode, after: logged(a) });
    return a.id;
  });
  forgetLiveAlerts();
  return id;
}

export type CancelResult = 'cancelled' | 'forbidden' | 'gone';

/** Ends an alert now: one in scope, not cancelled and not over. Two admins at once cancel it once. */
export async function cancelAlert(admin: Admin, id: string, now: Date = new Date()): Promise<CancelResult> {
  const result = await db.$transaction(async (tx): Promise<CancelResult> => {
    const a = await tx.weatherAlert.findUnique({ where: { id } });
    if (!a || !alertInScope(admin, a.divisionCode)) return a ? 'forbidden' : 'gone';
    const done = await tx.weatherAlert.updateMany({ where: { id, cancelledAt: null, endsAt: { gt: now } }, data: { cancelledAt: now } });
    if (done.count === 0) return 'gone';
    await recordAudit(tx, admin, {
      action: 'weather_alert_cancel', countyCode: a.divisionCode, before: { ...logged(a), cancelledAt: null }, after: { ...logged(a), cancelledAt: now.toISOString() },
    });
    return 'cancelled';
  });
  if (result === 'cancelled') forgetLiveAlerts();
  return result;
}
