import 'server-only';
import { bumpSignalsVersion } from '@/lib/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { clientHash } from '@/lib/security/client-hash';
import { queueGoneStation } from './gone';
import { bumpLockVersion } from './locks';
import { isLocked, signalAfter } from './open-state';
import { takeConfirmSlot } from './throttle';
import type { ConfirmationKind } from './vocab';

// A worker's one-tap word: stored with its time and the client's weekly hash
// (nothing else), folded into the station's signal in the same transaction.

export type ConfirmOutcome =
  | { kind: 'done'; at: Date }
  | { kind: 'station' }
  | { kind: 'tooMany' | 'again'; waitS: number };

/** Records `kind` for a public station from the client at `address`; a refused tap writes nothing. */
export async function confirmStation(stationId: string, kind: ConfirmationKind, address: string, now = new Date()): Promise<ConfirmOutcome> {
  const station = await db.station.findFirst({ where: { id: stationId, archivedAt: null }, select: { id: true, countyCode: true, name: true } });
  if (!station) return { kind: 'station' };
  const client = await clientHash(address, now);
  const slot = await takeConfirmSlot(client, stationId);
  if (slot.kind !== 'ok') return slot;
  await db.$transaction(async (tx) => {
    await tx.confirmation.create({ data: { stationId, kind, at: now, clientHash: client } });
    if (kind === 'gone') return queueGoneStation(tx, station, now);
    await foldIntoSignal(tx, stationId, kind, now);
  });
  return { kind: 'done', at: now };
}

async function foldIntoSignal(tx: Prisma.TransactionClient, stationId: string, kind: 'open' | 'locked', now: Date): Promise<void> {
  const before = await tx.stationSignal.findUnique({ where: { stationId } });
  const after = signalAfter(before ?? { lastOpenAt: null, lockedAt: null }, kind, now);
  await tx.stationSignal.upsert({ where: { stationId }, create: { stationId, ...after }, update: after });
  await bumpSignalsVersion(tx);
  if (isLocked(before) !== isLocked(after)) await bumpLockVersion(tx);
}
