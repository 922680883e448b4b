import 'server-only';
import { bumpSignalsVersion, recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';
import { bumpLockVersion } from './locks';

export type ClearResult = 'ok' | 'forbidden' | 'none';

/**
 * An admin checked a station workers reported locked (called, went, saw it open) and clears the report:
 * the map says "open" again by its hours. Scope is part of the query; the audit entry is in the same transaction.
 */
export async function clearLock(admin: Admin, stationId: string): Promise<ClearResult> {
  return db.$transaction(async (tx) => {
    const station = await tx.station.findFirst({ where: { id: stationId, ...stationScope(admin) }, select: { id: true, countyCode: true } });
    if (!station) return 'forbidden';
    const signal = await tx.stationSignal.findUnique({ where: { stationId } });
    // Conditional on the report still standing: two admins at once clear it once.
    const cleared = await tx.stationSignal.updateMany({ where: { stationId, lockedAt: { not: null } }, data: { lockedAt: null } });
    if (cleared.count === 0 || !signal?.lockedAt) return 'none';
    await bumpLockVersion(tx);
    await bumpSignalsVersion(tx);
    await recordAudit(tx, admin, {
      action: 'lock_clear', stationId, countyCode: station.countyCode,
      before: { lockedAt: signal.lockedAt.toISOString() }, after: { lockedAt: null },
    });
    return 'ok';
  });
}
