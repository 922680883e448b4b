import 'server-only';
import { openComplaint } from '@/lib/complaints/mutations';
import type { Prisma } from '@/lib/generated/prisma/client';
import { GONE_REPORTS_TO_QUEUE, GONE_WINDOW_DAYS } from './vocab';

// "Not here any more" changes nothing on the map by itself (one person can be
// wrong, or lost): once GONE_REPORTS_TO_QUEUE devices say it within the window,
// the station goes to its county union's queue, once while that item is open.

export const GONE_CATEGORY = 'gone';

export async function queueGoneStation(tx: Prisma.TransactionClient, station: { id: string; countyCode: string }, now: Date): Promise<void> {
  const since = new Date(now.getTime() - GONE_WINDOW_DAYS * 86_400_000);
  const rows = await tx.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(DISTINCT "clientHash") AS n FROM "Confirmation" WHERE "stationId" = ${station.id} AND "kind" = 'gone' AND "at" >= ${since}`;
  const devices = Number(rows[0]?.n ?? 0);
  if (devices < GONE_REPORTS_TO_QUEUE) return;
  const queued = await tx.report.findFirst({ where: { stationId: station.id, category: GONE_CATEGORY, status: 'open' }, select: { id: true } });
  if (queued) return;
  await openComplaint(tx, { stationId: station.id, countyCode: station.countyCode, category: GONE_CATEGORY, text: '', track: false }, now);
}
