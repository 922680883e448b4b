import 'server-only';
import { bumpDataVersion, recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import type { Station } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { NO_SERVICES } from '@/lib/services/stored';
import type { StationInput } from './input-schema';
import { canChangeStatus } from './lifecycle';
import { inScope } from './scope';
import { changedFields, snapshotOf, type Snapshot } from './snapshot';

// Station writes. Each runs in one transaction with its audit entry and the
// data-version bump, and re-checks the scope on the row it reads there.

export type EditOutcome =
  | { ok: true }
  | { ok: false; reason: 'notFound' | 'outOfScope' }
  | { ok: false; reason: 'status'; from: string }
  | { ok: false; reason: 'conflict'; current: Station };

/** `services` absent (a form without the services editor): none for a new station, as stored for an edit. */
function stored(input: StationInput, services = NO_SERVICES): Snapshot {
  return { ...input, amenities: input.amenities.join(','), services: input.services ?? services };
}

export async function createStation(admin: Admin, input: StationInput): Promise<string | null> {
  if (!inScope(admin, input.countyCode) || !canChangeStatus(null, input.status)) return null;
  return db.$transaction(async (tx) => {
    const row = await tx.station.create({ data: stored(input) });
    await recordAudit(tx, admin, { action: 'create', stationId: row.id, countyCode: row.countyCode, after: snapshotOf(row) });
    await bumpDataVersion(tx);
    return row.id;
  });
}

/** Saves an edit made on `version`; refused when the row has moved on since. Writes only the changed fields. */
export async function updateStation(admin: Admin, id: string, version: number, input: StationInput): Promise<EditOutcome> {
  return db.$transaction(async (tx): Promise<EditOutcome> => {
    const before = await tx.station.findUnique({ where: { id } });
    if (!before || !inScope(admin, before.countyCode)) return { ok: false, reason: 'notFound' };
    if (!inScope(admin, input.countyCode)) return { ok: false, reason: 'outOfScope' };
    if (before.version !== version) return { ok: false, reason: 'conflict', current: before };
    if (!canChangeStatus(before.status, input.status)) return { ok: false, reason: 'status', from: before.status };
    const diff = changedFields(snapshotOf(before), stored(input, before.services));
    if (!diff) return { ok: true };
    const { count } = await tx.station.updateMany({ where: { id, version }, data: { ...diff.after, version: { increment: 1 } } });
    if (count !== 1) return { ok: false, reason: 'conflict', current: await tx.station.findUniqueOrThrow({ where: { id } }) };
    await recordAudit(tx, admin, { action: 'edit', stationId: id, countyCode: input.countyCode, before: diff.before, after: diff.after });
    await bumpDataVersion(tx);
    return { ok: true };
  });
}

export type Mark = 'verify' | 'archive' | 'restore';

// Verify, archive and restore touch fields the edit form never writes, so
// they leave `version` alone: an open edit form stays valid after them.
const MARKS: Record<Mark, { field: 'lastVerifiedAt' | 'archivedAt'; archived: boolean; value: (now: Date) => Date | null }> = {
  verify: { field: 'lastVerifiedAt', archived: false, value: (now) => now },
  archive: { field: 'archivedAt', archived: false, value: (now) => now },
  restore: { field: 'archivedAt', archived: true, value: () => null },
};

/** 'done', 'notFound' (missing or out of scope) or 'noop' (already archived, restored, or archived when verifying). */
export async function markStation(admin: Admin, id: string, mark: Mark): Promise<'done' | 'notFound' | 'noop'> {
  const rule = MARKS[mark];
  return db.$transaction(async (tx) => {
    const row = await tx.station.findUnique({ where: { id } });
    if (!row || !inScope(admin, row.countyCode)) return 'notFound';
    const archivedAt = rule.archived ? { not: null } : null;
    const now = new Date();
    const { count } = await tx.station.updateMany({ where: { id, archivedAt }, data: { [rule.field]: rule.value(now) } });
    if (count !== 1) return 'noop';
    await recordAudit(tx, admin, {
      action: mark, stationId: id, countyCode: row.countyCode,
      before: { [rule.field]: row[rule.field]?.toISOString() ?? null },
      after: { [rule.field]: rule.value(now)?.toISOString() ?? null },
    });
    await bumpDataVersion(tx);
    return 'done';
  });
}
