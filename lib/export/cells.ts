import { counties } from '@/lib/divisions-data';
import type { Station } from '@/lib/generated/prisma/client';
import { TEMPLATE_HEADERS, type Column } from '@/lib/import/headers';
import { labelsFor, type Locale } from '@/lib/import/vocab-labels';
import { parseAmenityList } from '@/lib/stations/vocab';

// A station as the importer's columns, worded in one language, so an export
// re-imports unchanged. The public gets no notes; everyone gets the station's
// external_id, or its id when it has none (the importer matches either).

export type Audience = 'public' | 'admin';
export type ExportStation = Pick<Station,
  'id' | 'externalId' | 'name' | 'kind' | 'status' | 'address' | 'lng' | 'lat' | 'countyCode' | 'openingHours' | 'amenities' | 'phone' | 'operator' | 'notes'>;

const countyName = new Map(counties.map((c) => [c.code, c.name]));

export function exportColumns(audience: Audience): Column[] {
  const all: Column[] = ['externalId', 'name', 'kind', 'status', 'address', 'lng', 'lat', 'countyCode', 'county', 'openingHours', 'amenities', 'phone', 'operator', 'notes'];
  return audience === 'admin' ? all : all.filter((c) => c !== 'notes');
}

export const headerRow = (audience: Audience, locale: Locale) => exportColumns(audience).map((c) => TEMPLATE_HEADERS[locale][c]);

export function stationValues(s: ExportStation, locale: Locale): Record<Column, string | number> {
  const l = labelsFor(locale);
  return {
    externalId: s.externalId ?? s.id, name: s.name, kind: l.kind(s.kind), status: l.status(s.status), address: s.address,
    lng: s.lng, lat: s.lat, countyCode: s.countyCode, county: countyName.get(s.countyCode) ?? '', openingHours: s.openingHours,
    amenities: parseAmenityList(s.amenities).map(l.amenity).join(locale === 'zh-CN' ? '、' : '; '),
    phone: s.phone ?? '', operator: s.operator ?? '', notes: s.notes ?? '',
  };
}
