import 'server-only';
import { openComplaint } from '@/lib/complaints/mutations';
import { db } from '@/lib/db';
import type { ReportInput } from './schema';

/** The county of a station the public may report on (exists, not archived), or null. */
export async function reportableStation(stationId: string): Promise<{ countyCode: string } | null> {
  return db.station.findFirst({ where: { id: stationId, archivedAt: null }, select: { countyCode: true } });
}

/** A public problem report is a complaint its sender follows on a private link: returns the link's token. */
export async function createReport(input: ReportInput, countyCode: string, now: Date): Promise<string> {
  const { token } = await db.$transaction((tx) =>
    openComplaint(tx, { stationId: input.stationId, countyCode, category: input.category, text: input.text, track: true }, now));
  return token!;
}
