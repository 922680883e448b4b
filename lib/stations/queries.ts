import 'server-only';
import { VERSION_KEYS } from '@/lib/audit';
import { openNowOf, openState } from '@/lib/confirmations/open-state';
import { stationSignalView } from '@/lib/confirmations/queries';
import { stationGrade } from '@/lib/reviews/queries';
import { db } from '@/lib/db';
import { isDbUnavailable } from '@/lib/db-errors';
import { hoursState, weekSchedule } from '@/lib/hours';
import { navLinks } from '@/lib/nav-links';
import { servicesCalendar } from '@/lib/services/calendar';
import { parseServices } from '@/lib/services/stored';
import { sharedVersions } from '@/lib/shared-versions';
import { stationDivisions } from './divisions';
import { countyLabel } from './search';
import type { PublicStation } from './types';
import { entryMode, parseAmenityList, type Kind, type Status } from './vocab';

// Reads for the public station panel, page and API.

/** One text that changes whenever anything a station page shows changes, in any instance. */
export const publicVersion = sharedVersions(VERSION_KEYS);

export async function getPublicStation(id: string, now: Date): Promise<PublicStation | null> {
  const s = await db.station.findFirst({ where: { id, archivedAt: null }, include: { county: true } });
  if (!s) return null;
  const [signal, grade] = await Promise.all([stationSignalView(s.id, now), stationGrade(s.id)]);
  const place = stationDivisions(s.countyCode, s.county.name);
  const state = hoursState(s.openingHours, now);
  const inUse = s.status === 'in_use';
  const open = openState({ inUse, openByHours: state.openNow, signal: signal.lockedAt ? { lockedAt: new Date(signal.lockedAt), lastOpenAt: null } : null });
  return {
    id: s.id, name: s.name, kind: s.kind as Kind, status: s.status as Status, lat: s.lat, lng: s.lng,
    address: s.address, countyCode: s.countyCode, ...place,
    openingHours: s.openingHours,
    openNow: openNowOf(open), openState: open,
    is24x7: state.is24x7,
    nextChange: inUse && state.nextChange ? state.nextChange.toISOString() : null,
    schedule: weekSchedule(s.openingHours, now),
    amenities: parseAmenityList(s.amenities),
    phone: s.phone, operator: s.operator,
    entry: entryMode(s.entry), entryNote: s.entryNote,
    lastVerifiedAt: s.lastVerifiedAt?.toISOString() ?? null,
    ...signal, grade,
    isSample: s.isSample, updatedAt: s.updatedAt.toISOString(),
    navigation: navLinks({ lat: s.lat, lng: s.lng, name: s.name, address: s.address }),
    services: servicesCalendar(parseServices(s.services), now),
  };
}

let lastSampleAnswer: boolean | undefined;

/**
 * The layout asks this on every page, so an outage must not fail it: the last
 * answer stands in (the notice shows when unknown), and the page itself says
 * what it could not load.
 */
export async function sampleRowsExist(): Promise<boolean> {
  try {
    lastSampleAnswer = (await db.station.findFirst({ where: { isSample: true, archivedAt: null }, select: { id: true } })) !== null;
    return lastSampleAnswer;
  } catch (error) {
    if (isDbUnavailable(error)) return lastSampleAnswer ?? true;
    throw error;
  }
}

export { countyLabel };
