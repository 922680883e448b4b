import type { WeekSchedule } from '@/lib/hours-format';
import type { NavLinks } from '@/lib/nav-links';
import type { Amenity, Kind, Status } from './vocab';

// What the public sees of a station: the API's and the panel's shape.
export type PublicStation = {
  id: string; name: string; kind: Kind; status: Status; lat: number; lng: number;
  address: string; countyCode: string; countyName: string; cityName: string;
  /** The same names in English, and the province (empty strings where a level is missing). */
  countyNameEn: string; cityNameEn: string; provinceCode: string; provinceName: string; provinceNameEn: string;
  openingHours: string; openNow: boolean; is24x7: boolean; nextChange: string | null;
  schedule: WeekSchedule;
  amenities: Amenity[]; phone: string | null; operator: string | null;
  lastVerifiedAt: string | null; isSample: boolean; updatedAt: string;
  navigation: NavLinks;
};
