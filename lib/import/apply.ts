import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { bumpDataVersion, recordAudit } from '@/lib/audit';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { insertStationAudits, type StationAudit } from './audit-rows';
import { stored } from './classify';
import { insertStations } from './insert';
import { planBatches, PlanWriter, type NewWrite, type Write } from './plan';
import type { Source } from './read';
import { runImport, type RunOptions, type Summary } from './run';

// Apply, in two steps. The dry run reads and checks the file and writes the
// plan (plan.ts); no transaction is open meanwhile. Then ONE transaction writes
// the plan, an audit entry per station and one for the import, and bumps the
// data version: all or nothing (a thrown error or a killed process rolls
// everything back). A station edited, or an external id taken, since the dry
// run is not overwritten: it is reported as a rejected row and the rest goes in.

export type Actor = Admin | { id: null; email: string };
const TEN_MINUTES = 10 * 60 * 1000;
const BATCH = 500;
type Clash = { row: number; column: string; kind: 'new' | 'updated'; code: 'changedSinceDryRun' | 'takenSinceDryRun'; name: string };

/** Dry run and apply in one go (the command line). */
export async function applyImport(
  db: PrismaClient, admin: Admin, actor: Actor, source: Source, fileName: string, opts: RunOptions,
): Promise<Summary> {
  const plan = new PlanWriter(path.join(os.tmpdir(), `yizhan-import-plan-${randomUUID()}.ndjson`));
  try {
    const summary = await runImport(db, admin, source, { ...opts, afterBatch: undefined, plan });
    await plan.close();
    // A file unreadable halfway must not leave its first batches behind.
    if (summary.fileError || plan.writes === 0) return summary;
    return await writePlan(db, actor, plan.file, summary, { fileName, crs: opts.crs }, opts);
  } finally {
    await plan.remove();
  }
}

/** Writes a dry run's plan; the summary it returns is the dry run's, less what could not be written. */
export async function writePlan(
  db: PrismaClient, actor: Actor, planFile: string, dryRun: Summary, about: { fileName: string; crs: string },
  opts: Pick<RunOptions, 'afterBatch' | 'onProgress'> = {},
): Promise<Summary> {
  const out: Summary = { ...dryRun, counts: { ...dryRun.counts }, rejected: [...dryRun.rejected] };
  await db.$transaction(async (tx) => {
    let written = 0;
    for await (const batch of planBatches(planFile, BATCH)) {
      for (const c of await writeBatch(tx, actor, batch, about.fileName)) {
        out.counts[c.kind]--;
        out.counts.rejected++;
        out.rejected.push({ row: c.row, column: c.column, code: c.code, params: { name: c.name } });
      }
      written += batch.length;
      opts.afterBatch?.(written);
      opts.onProgress?.({ read: out.counts.read, checked: out.counts.read, written });
    }
    const { new: created, updated, unchanged, rejected } = out.counts;
    await recordAudit(tx, actor, {
      action: 'import', note: about.fileName, after: { file: about.fileName, crs: about.crs, new: created, updated, unchanged, rejected },
    });
    await bumpDataVersion(tx);
  }, { timeout: TEN_MINUTES, maxWait: 60_000 });
  out.rejected.sort((a, b) => a.row - b.row);
  return out;
}

async function writeBatch(tx: Prisma.TransactionClient, actor: Actor, batch: Write[], fileName: string): Promise<Clash[]> {
  const clashes: Clash[] = [];
  const news = batch.flatMap((w) => ('new' in w ? [w.new] : []));
  const taken = await takenKeys(tx, news);
  const fresh = news.filter((n) => !taken.has(keyOf(n)));
  for (const n of news) if (taken.has(keyOf(n))) clashes.push({ row: n.row, column: n.column, kind: 'new', code: 'takenSinceDryRun', name: n.input.name });
  await insertStations(tx, fresh);
  const audits: StationAudit[] = fresh.map((n) => ({ action: 'create', stationId: n.id, countyCode: n.input.countyCode, after: stored(n.input) }));
  for (const w of batch) {
    if (!('update' in w)) continue;
    const u = w.update;
    const { count } = await tx.station.updateMany({ where: { id: u.id, version: u.version }, data: { ...u.after, version: { increment: 1 } } });
    if (count !== 1) clashes.push({ row: u.row, column: u.column, kind: 'updated', code: 'changedSinceDryRun', name: u.name });
    else audits.push({ action: 'edit', stationId: u.id, countyCode: (u.after.countyCode as string | undefined) ?? u.countyCode, before: u.before, after: u.after });
  }
  await insertStationAudits(tx, actor, audits, fileName);
  return clashes;
}

const keyOf = (n: NewWrite) => (n.externalId ? `${n.input.countyCode}|${n.externalId}` : '');

/** External ids of the batch that a station of the same county has taken since the dry run. */
async function takenKeys(tx: Prisma.TransactionClient, news: NewWrite[]): Promise<Set<string>> {
  const ids = news.flatMap((n) => (n.externalId ? [n.externalId] : []));
  if (ids.length === 0) return new Set();
  const rows = await tx.station.findMany({ where: { externalId: { in: ids } }, select: { countyCode: true, externalId: true } });
  return new Set(rows.map((r) => `${r.countyCode}|${r.externalId}`));
}
