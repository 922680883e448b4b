import { randomUUID } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';

// One audit entry per station an import creates or changes, as a hand edit
// writes, so a station's history shows its old values. Plain multi-row SQL
// for the reason insert.ts gives: a national file is 200,000 entries.

export type AuditActor = { id: string | null; email: string; address?: string };
export type StationAudit = { action: 'create' | 'edit'; stationId: string; countyCode: string; before?: unknown; after: unknown };

const COLUMNS = Prisma.raw(['id', 'at', 'actorId', 'actorEmail', 'action', 'stationId', 'countyCode', 'before', 'after', 'note', 'clientAddress']
  .map((c) => `"${c}"`).join(', '));

export async function insertStationAudits(tx: Prisma.TransactionClient, actor: AuditActor, rows: StationAudit[], note: string): Promise<void> {
  if (rows.length === 0) return;
  const at = new Date();
  const values = rows.map((r) => Prisma.sql`(${randomUUID()}, ${at}, ${actor.id}, ${actor.email}, ${r.action}, ${r.stationId}, ${r.countyCode},
    ${r.before === undefined ? null : JSON.stringify(r.before)}, ${JSON.stringify(r.after)}, ${note}, ${actor.address ?? null})`);
  await tx.$executeRaw`INSERT INTO "AuditEntry" (${COLUMNS}) VALUES ${Prisma.join(values)}`;
}
