import 'server-only';
import { db } from '@/lib/db';
import { countyAt } from '@/lib/divisions/locate';
import type { Admin } from '@/lib/permissions/roles';
import { alertsCovering } from './coverage';
import { LiveValue } from './live-cache';
import type { AlertRow } from './public';
import { alertScopeWhere } from './scope';
import { isWeatherKind } from './vocab';

// Reading alerts: the public's (active now, kept a few seconds in memory) and
// an admin's (active and upcoming in scope, read fresh).

/** Seconds another instance's new or cancelled alert may take to show here. */
const LIVE_TTL_MS = 5_000;
/** The cache's bound: more current and upcoming alerts than this at once is not a real season. */
export const MAX_LIVE_ALERTS = 500;
const ADMIN_LIST_LIMIT = 200;

const SELECT = { id: true, kind: true, divisionCode: true, startsAt: true, endsAt: true, note: true } as const;

type Raw = { id: string; kind: string; divisionCode: string; startsAt: Date; endsAt: Date; note: string };
const known = (rows: Raw[]): AlertRow[] => rows.filter((r): r is AlertRow => isWeatherKind(r.kind));

// Not cancelled and not over when read; which of them are active is decided per request.
const live = new LiveValue(LIVE_TTL_MS, async () => known(await db.weatherAlert.findMany({
  where: { cancelledAt: null, endsAt: { gt: new Date() } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: MAX_LIVE_ALERTS, select: SELECT,
})));

/** This instance wrote an alert: its next answer reads them again. */
export const forgetLiveAlerts = () => live.clear();

/** Alerts in force at `now`: not cancelled, started, not ended. */
export async function activeAlerts(now: Date = new Date()): Promise<AlertRow[]> {
  return (await live.get(now.getTime())).filter((a) => a.startsAt <= now && now < a.endsAt);
}

/** The active alerts covering the county that holds the point, the one that speaks for it first; none outside China. */
export async function alertsAtPoint(lat: number, lng: number, now: Date = new Date()): Promise<AlertRow[]> {
  const active = await activeAlerts(now);
  // Most of the year there is none: then the county outlines of all China (~40 MB) are never loaded.
  if (active.length === 0) return [];
  const county = countyAt(lng, lat);
  return county ? alertsCovering(active, county) : [];
}

export type AdminAlert = AlertRow & { createdAt: Date };

/** Active and upcoming alerts whose region is inside the admin's scope, soonest first. */
export async function alertsForAdmin(admin: Admin, now: Date = new Date()): Promise<AdminAlert[]> {
  const rows = await db.weatherAlert.findMany({
    where: { cancelledAt: null, endsAt: { gt: now }, ...alertScopeWhere(admin) },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: ADMIN_LIST_LIMIT, select: { ...SELECT, createdAt: true },
  });
  return rows.filter((r): r is AdminAlert => isWeatherKind(r.kind));
}
