import { division } from '@/lib/divisions/catalog';
import type { Station } from '@/lib/generated/prisma/client';
import {
  NAME_COLUMNS, NAME_HEADERS, TEMPLATE_HEADERS, TRUST_COLUMNS, TRUST_HEADERS, type Column, type NameColumn, type TrustColumn,
} from '@/lib/import/headers';
import { servicesCellText } from '@/lib/import/services-cell';
import { labelsFor, type Locale } from '@/lib/import/vocab-labels';
import { parseServices } from '@/lib/services/stored';
import { parseAmenityList } from '@/lib/stations/vocab';

// A station as the importer's columns, worded in one language, so an export
// re-imports unchanged. The public gets no notes; everyone gets the station's
// external_id, or its id when it has none (the importer matches either).
// Last come what workers say of it (read-only: the importer ignores them).

export type Audience = 'public' | 'admin';
export type ExportStation = Pick<Station,
  'id' | 'externalId' | 'name' | 'kind' | 'status' | 'address' | 'lng' | 'lat' | 'countyCode' | 'openingHours' | 'amenities' | 'phone' | 'operator' | 'notes' | 'entry' | 'entryNote'> & {
  /** The newest worker "open" (StationSignal.lastOpenAt). */
  lastConfirmedAt: Date | null;
  /** Mean stars (unrounded) and count of the published reviews; null when there are none. */
  grade: { stars: number; count: number } | null;
  /** Station.services as stored; absent reads as none. */
  services?: string;
};

export { NAME_COLUMNS, NAME_HEADERS, type NameColumn } from '@/lib/import/headers';
export type ExportColumn = Column | NameColumn | TrustColumn;

export function exportColumns(audience: Audience): ExportColumn[] {
  const all: Column[] = ['externalId', 'name', 'kind', 'status', 'address', 'lng', 'lat', 'countyCode', 'county', 'openingHours', 'amenities', 'phone', 'operator', 'notes'];
  // How to get in came after the name columns, and services after everything: appended, so readers of the older order still find theirs.
  return [...(audience === 'admin' ? all : all.filter((c) => c !== 'notes')), ...NAME_COLUMNS, 'entry', 'entryNote', ...TRUST_COLUMNS, 'services'];
}

const headerOf = (c: ExportColumn, locale: Locale) => ({ ...TEMPLATE_HEADERS[locale], ...NAME_HEADERS[locale], ...TRUST_HEADERS[locale] })[c];
export const headerRow = (audience: Audience, locale: Locale) => exportColumns(audience).map((c) => headerOf(c, locale));

function divisionNames(countyCode: string): Record<'county' | NameColumn, string> {
  const county = division(countyCode);
  const city = county?.cityCode ? division(county.cityCode) : undefined;
  const province = county ? division(county.provinceCode) : undefined;
  return {
    county: county?.name ?? '', countyEn: county?.nameEn ?? '', city: city?.name ?? '', cityEn: city?.nameEn ?? '',
    province: province?.name ?? '', provinceEn: province?.nameEn ?? '',
  };
}

export function stationValues(s: ExportStation, locale: Locale): Record<ExportColumn, string | number> {
  const l = labelsFor(locale);
  return {
    externalId: s.externalId ?? s.id, name: s.name, kind: l.kind(s.kind), status: l.status(s.status), address: s.address,
    lng: s.lng, lat: s.lat, countyCode: s.countyCode, ...divisionNames(s.countyCode), openingHours: s.openingHours,
    amenities: parseAmenityList(s.amenities).map(l.amenity).join(locale === 'zh-CN' ? '、' : '; '),
    phone: s.phone ?? '', operator: s.operator ?? '', notes: s.notes ?? '',
    entry: s.entry ? l.entry(s.entry) : '', entryNote: s.entryNote ?? '',
    // UTC ISO 8601, as the API writes it; the grade to one decimal, as the API and the station page show it.
    lastConfirmedAt: s.lastConfirmedAt?.toISOString() ?? '',
    gradeStars: s.grade ? Math.round(s.grade.stars * 10) / 10 : '', gradeCount: s.grade?.count ?? 0,
    services: servicesCellText(parseServices(s.services), locale),
  };
}
