import { division } from '@/lib/divisions/catalog';
import type { Station } from '@/lib/generated/prisma/client';
import { NAME_COLUMNS, NAME_HEADERS, TEMPLATE_HEADERS, type Column, type NameColumn } from '@/lib/import/headers';
import { labelsFor, type Locale } from '@/lib/import/vocab-labels';
import { parseAmenityList } from '@/lib/stations/vocab';

// A station as the importer's columns, worded in one language, so an export
// re-imports unchanged. The public gets no notes; everyone gets the station's
// external_id, or its id when it has none (the importer matches either).

export type Audience = 'public' | 'admin';
export type ExportStation = Pick<Station,
  'id' | 'externalId' | 'name' | 'kind' | 'status' | 'address' | 'lng' | 'lat' | 'countyCode' | 'openingHours' | 'amenities' | 'phone' | 'operator' | 'notes'>;

export { NAME_COLUMNS, NAME_HEADERS, type NameColumn } from '@/lib/import/headers';
export type ExportColumn = Column | NameColumn;

export function exportColumns(audience: Audience): ExportColumn[] {
  const all: Column[] = ['externalId', 'name', 'kind', 'status', 'address', 'lng', 'lat', 'countyCode', 'county', 'openingHours', 'amenities', 'phone', 'operator', 'notes'];
  return [...(audience === 'admin' ? all : all.filter((c) => c !== 'notes')), ...NAME_COLUMNS];
}

const headerOf = (c: ExportColumn, locale: Locale) => (c in NAME_HEADERS[locale] ? NAME_HEADERS[locale][c as NameColumn] : TEMPLATE_HEADERS[locale][c as Column]);
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
  };
}
