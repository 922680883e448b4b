import type { WeekSchedule } from '@/lib/hours-format';
import type { NavLinks } from '@/lib/nav-links';
import type { ServiceToday } from '@/lib/services/calendar';
import type { Amenity, EntryMode, Kind, OpenState, Status } from './vocab';

// What the public sees of a station: the API's and the panel's shape.
export type PublicStation = {
  id: string; name: string; kind: Kind; status: Status; lat: number; lng: number;
  address: string; countyCode: string; countyName: string; cityName: string;
  /** The same names in English, and the province (empty strings where a level is missing). */
  countyNameEn: string; cityNameEn: string; provinceCode: string; provinceName: string; provinceNameEn: string;
  /** openNow is null when workers reported it locked since the last "open" (openState "reported_locked"). */
  openingHours: string; openNow: boolean | null; openState: OpenState; is24x7: boolean; nextChange: string | null;
  schedule: WeekSchedule;
  amenities: Amenity[]; phone: string | null; operator: string | null;
  /** How to get in; null when unknown. */
  entry: EntryMode | null; entryNote: string | null;
  /** lastVerifiedAt: an admin's check. lastConfirmedAt: the newest worker's "open, I'm here"; lockedAt: an unanswered "locked". */
  lastVerifiedAt: string | null; lastConfirmedAt: string | null; lockedAt: string | null;
  /** Distinct devices that confirmed it open since Monday (station time). */
  confirmedThisWeek: number;
  /** Published reviews: mean stars (one decimal) and how many; null when none. */
  grade: { stars: number; count: number } | null;
  isSample: boolean; updatedAt: string;
  navigation: NavLinks;
  /** Recurring services (lib/services/), each with today's intervals ("14:00–17:00", station time) and its next day; [] when none. */
  services: ServiceToday[];
};
