import type { Prisma } from '@/lib/generated/prisma/client';
import type { Client } from '@/lib/import/classify';
import type { ExportStation } from './cells';

// Stations for an export, read in id order a page at a time so memory stays
// bounded whatever the count.

const PAGE = 1000;
const SELECT = {
  id: true, externalId: true, name: true, kind: true, status: true, address: true, lng: true, lat: true, countyCode: true,
  openingHours: true, amenities: true, phone: true, operator: true, notes: true,
} as const;

export async function* stationsWhere(client: Client, where: Prisma.StationWhereInput): AsyncIterable<ExportStation> {
  let after: string | null = null;
  for (;;) {
    const page: ExportStation[] = await client.station.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where, orderBy: { id: 'asc' }, take: PAGE, select: SELECT,
    });
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}
