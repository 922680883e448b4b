import type { Crs } from '@/lib/geo/crs';
import { parseServices } from '@/lib/services/stored';
import { parseAmenityList } from '@/lib/stations/vocab';
import type { Snapshot } from './snapshot';

// The station form's values as the browser holds them: text as typed, the
// point in the coordinate system the admin chose. Client-safe.

/** One row of the services editor, as typed; a row left blank is ignored. */
export type ServiceRow = { kind: string; schedule: string; note: string };

export type FormValues = {
  name: string; kind: string; status: string; lat: string; lng: string; crs: Crs; countyCode: string;
  openingHours: string; amenities: string[]; address: string; phone: string; operator: string; notes: string;
  /** '' while unknown. */
  entry: string; entryNote: string;
  services: ServiceRow[];
};

export const EMPTY_VALUES: FormValues = {
  name: '', kind: 'station', status: 'in_use', lat: '', lng: '', crs: 'wgs84', countyCode: '',
  openingHours: '24/7', amenities: [], address: '', phone: '', operator: '', notes: '', entry: '', entryNote: '',
  services: [],
};

export function formValuesOf(s: Snapshot): FormValues {
  return {
    name: s.name, kind: s.kind, status: s.status, lat: String(s.lat), lng: String(s.lng), crs: 'wgs84',
    countyCode: s.countyCode, openingHours: s.openingHours, amenities: parseAmenityList(s.amenities),
    address: s.address, phone: s.phone ?? '', operator: s.operator ?? '', notes: s.notes ?? '',
    entry: s.entry ?? '', entryNote: s.entryNote ?? '',
    services: parseServices(s.services).map(({ kind, schedule, note }) => ({ kind, schedule, note: note ?? '' })),
  };
}
