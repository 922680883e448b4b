import { bumpDataVersion, recordAudit } from '@/lib/audit';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import type { Source } from './read';
import { runImport, type RunOptions, type Summary } from './run';

// Apply: the whole file in ONE transaction with its audit entry and the data
// version bump. A thrown error (or a killed process) rolls everything back.

export type Actor = Admin | { id: null; email: string };
const TEN_MINUTES = 10 * 60 * 1000;

export async function applyImport(
  db: PrismaClient, admin: Admin, actor: Actor, source: Source, fileName: string, opts: RunOptions,
): Promise<Summary> {
  return db.$transaction(async (tx) => {
    const summary = await runImport(tx, admin, source, { ...opts, apply: true });
    const { new: created, updated, unchanged, rejected } = summary.counts;
    // A file unreadable halfway must not leave its first batches behind.
    if (summary.fileError) throw new Refused(summary);
    if (created + updated === 0) return summary;
    await recordAudit(tx, actor, {
      action: 'import', note: fileName,
      after: { file: fileName, crs: opts.crs, new: created, updated, unchanged, rejected },
    });
    await bumpDataVersion(tx);
    return summary;
  }, { timeout: TEN_MINUTES, maxWait: 60_000 }).catch((e: unknown) => {
    if (e instanceof Refused) return e.summary;
    throw e;
  });
}

class Refused extends Error {
  constructor(readonly summary: Summary) {
    super('file refused');
  }
}
