import 'server-only';
import { db } from '@/lib/db';
import { weekStart } from '@/lib/security/week';
import { isLocked } from './open-state';

// What a station's page and the API say about workers' confirmations.

export type StationSignalView = {
  /** The newest "open": the public lastConfirmedAt. */
  lastConfirmedAt: string | null;
  /** A standing "locked" (newer than the newest "open", not cleared). */
  lockedAt: string | null;
  /** Distinct devices that said "open" since Monday 00:00 (the client hash's week). */
  confirmedThisWeek: number;
};

export async function stationSignalView(stationId: string, now: Date): Promise<StationSignalView> {
  const since = weekStart(now);
  const [signal, week] = await Promise.all([
    db.stationSignal.findUnique({ where: { stationId } }),
    // COUNT(DISTINCT …) in plain SQL, the same on SQLite and PostgreSQL, and bounded by the index.
    db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(DISTINCT "clientHash") AS n FROM "Confirmation" WHERE "stationId" = ${stationId} AND "kind" = 'open' AND "at" >= ${since}`,
  ]);
  return {
    lastConfirmedAt: signal?.lastOpenAt?.toISOString() ?? null,
    lockedAt: signal && isLocked(signal) ? signal.lockedAt!.toISOString() : null,
    confirmedThisWeek: Number(week[0]?.n ?? 0),
  };
}

/** Stations in the admin's scope with a standing "locked", newest first (the admins' list to check and clear). */
export async function lockedStations(scope: object, take = 50) {
  return db.stationSignal.findMany({
    where: { lockedAt: { not: null }, station: { archivedAt: null, ...scope } },
    orderBy: { lockedAt: 'desc' },
    take,
    select: { lockedAt: true, lastOpenAt: true, station: { select: { id: true, name: true, countyCode: true, county: { select: { name: true } } } } },
  });
}
