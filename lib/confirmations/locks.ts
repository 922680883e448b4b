import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

// The stations workers reported locked since their last "open". The in-memory
// station index (lib/stations/index-store.ts) holds them as a flag per station
// and reloads the set, not the index, when this version moves.

export const LOCK_VERSION_KEY = 'lockVersion';

/** Ids of the stations with a standing "locked" report. */
export async function lockedStationIds(): Promise<string[]> {
  const rows = await db.stationSignal.findMany({ where: { lockedAt: { not: null } }, select: { stationId: true } });
  return rows.map((r) => r.stationId);
}

/** Tells every instance the set of locked stations changed (inside the write's transaction). */
export async function bumpLockVersion(tx: Prisma.TransactionClient): Promise<void> {
  const value = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  await tx.appState.upsert({ where: { key: LOCK_VERSION_KEY }, create: { key: LOCK_VERSION_KEY, value }, update: { value } });
}
