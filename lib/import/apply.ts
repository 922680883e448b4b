import { bumpDataVersion, recordAudit } from '@/lib/audit';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { insertStations } from './insert';
import { Plan, type Write } from './plan';
import type { Source } from './read';
import { runImport, type RunOptions, type Summary } from './run';

// Apply, in two steps. First the file is read and checked against the
// database as a dry run is, and the writes it calls for go to a plan file:
// no transaction is open meanwhile. Then ONE transaction writes the plan with
// its audit entry and the data version bump: all or nothing (a thrown error or
// a killed process rolls everything back). A station edited between the two
// steps is not overwritten: the transaction stops and nothing is written.

export type Actor = Admin | { id: null; email: string };
const TEN_MINUTES = 10 * 60 * 1000;
const BATCH = 500;

/** A station changed between checking the file and writing it; nothing was written. */
export class ImportConflict extends Error {
  constructor(readonly stationId: string) {
    super(`station ${stationId} changed while the import was being checked`);
  }
}

export async function applyImport(
  db: PrismaClient, admin: Admin, actor: Actor, source: Source, fileName: string, opts: RunOptions,
): Promise<Summary> {
  const plan = new Plan();
  try {
    const summary = await runImport(db, admin, source, { ...opts, afterBatch: undefined, plan: (v) => plan.add(v) });
    await plan.close();
    // A file unreadable halfway must not leave its first batches behind.
    if (summary.fileError || plan.writes === 0) return summary;
    await db.$transaction(async (tx) => {
      let written = 0;
      for await (const batch of plan.batches(BATCH)) {
        await writeBatch(tx, batch);
        written += batch.length;
        opts.afterBatch?.(written);
        opts.onProgress?.({ read: summary.counts.read, checked: summary.counts.read, written });
      }
      const { new: created, updated, unchanged, rejected } = summary.counts;
      await recordAudit(tx, actor, {
        action: 'import', note: fileName,
        after: { file: fileName, crs: opts.crs, new: created, updated, unchanged, rejected },
      });
      await bumpDataVersion(tx);
    }, { timeout: TEN_MINUTES, maxWait: 60_000 });
    return summary;
  } finally {
    await plan.remove();
  }
}

async function writeBatch(tx: Prisma.TransactionClient, batch: Write[]): Promise<void> {
  await insertStations(tx, batch.flatMap((w) => ('new' in w ? [w.new] : [])));
  for (const w of batch) {
    if (!('update' in w)) continue;
    const { id, version, after } = w.update;
    const { count } = await tx.station.updateMany({ where: { id, version }, data: { ...after, version: { increment: 1 } } });
    if (count !== 1) throw new ImportConflict(id);
  }
}
