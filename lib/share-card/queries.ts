import 'server-only';
import { db } from '@/lib/db';
import type { StationPlace } from '@/lib/divisions/place-label';
import { weekSchedule } from '@/lib/hours';
import { stationDivisions } from '@/lib/stations/divisions';
import type { PublicStation } from '@/lib/stations/types';
import type { Kind } from '@/lib/stations/vocab';

// What a station's share card shows: a subset of PublicStation, so the station page (which has the
// whole station) and the image route (which reads only this) describe the card the same way.

export type CardStation = Pick<PublicStation, 'id' | 'name' | 'kind' | 'schedule' | 'updatedAt'> & StationPlace;

/** One read (no signals, grades or photos: the card shows none); null for an unknown or archived station, as the page. */
export async function cardStation(id: string, now: Date): Promise<CardStation | null> {
  const s = await db.station.findFirst({
    where: { id, archivedAt: null },
    select: { id: true, name: true, kind: true, openingHours: true, countyCode: true, updatedAt: true, county: { select: { name: true } } },
  });
  if (!s) return null;
  return {
    id: s.id, name: s.name, kind: s.kind as Kind, updatedAt: s.updatedAt.toISOString(),
    schedule: weekSchedule(s.openingHours, now), ...stationDivisions(s.countyCode, s.county.name),
  };
}
