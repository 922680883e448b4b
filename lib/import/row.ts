import { counties } from '@/lib/divisions-data';
import type { Crs } from '@/lib/geo/crs';
import { fieldErrors, stationInputSchema, type InputField, type StationInput } from '@/lib/stations/admin/input-schema';
import { dropNul } from '@/lib/storable-text';
import { unneutralise } from './cells';
import type { Column } from './headers';
import { amenityCodes, kindCode, normLabel, statusCode } from './vocab-labels';

// One file row → the station input schema (the same one the form uses), or
// the reasons it is refused, each naming the file's column.

/** A union's own station number; unique within its county. */
export const MAX_EXTERNAL_ID = 64;

export type Reason = { column: string; code: string; params: Record<string, string | number> };
export type Checked = { ok: true; externalId: string | null; input: StationInput } | { ok: false; reasons: Reason[] };

const countyByName = new Map<string, string>();
for (const c of counties) {
  countyByName.set(normLabel(c.name), c.code);
  countyByName.set(normLabel(`${c.cityName}${c.name}`), c.code);
}

const FIELD_COLUMN: Record<InputField, Column> = {
  name: 'name', kind: 'kind', status: 'status', lat: 'lat', lng: 'lng', crs: 'lng', countyCode: 'countyCode',
  openingHours: 'openingHours', amenities: 'amenities', address: 'address', phone: 'phone', operator: 'operator', notes: 'notes',
};

export function recordOf(cells: readonly string[], columns: readonly (Column | null)[]): Partial<Record<Column, string>> {
  const rec: Partial<Record<Column, string>> = {};
  columns.forEach((c, i) => {
    // Every cell, external_id included (it never meets the station schema): PostgreSQL refuses NUL in text.
    if (c !== null) rec[c] = unneutralise(dropNul(cells[i] ?? '').trim()).trim();
  });
  return rec;
}

export function checkRow(rec: Partial<Record<Column, string>>, crs: Crs, header: (c: Column) => string): Checked {
  let countyCode = rec.countyCode ?? '';
  if (!countyCode && rec.county) {
    const code = countyByName.get(normLabel(rec.county));
    if (!code) return { ok: false, reasons: [{ column: header('county'), code: 'unknownCounty', params: {} }] };
    countyCode = code;
  }
  const parsed = stationInputSchema.safeParse({
    name: rec.name ?? '', kind: kindCode(rec.kind || 'station'), status: statusCode(rec.status || 'in_use'),
    lat: rec.lat ?? '', lng: rec.lng ?? '', crs, countyCode,
    openingHours: rec.openingHours || '24/7', amenities: amenityCodes(rec.amenities ?? ''),
    address: rec.address ?? '', phone: rec.phone ?? '', operator: rec.operator ?? '', notes: rec.notes ?? '',
  });
  if ((rec.externalId?.length ?? 0) > MAX_EXTERNAL_ID) return { ok: false, reasons: [{ column: header('externalId'), code: 'tooLong', params: { max: MAX_EXTERNAL_ID } }] };
  if (parsed.success) return { ok: true, externalId: rec.externalId || null, input: parsed.data };
  const errors = fieldErrors(parsed.error);
  const reasons = Object.entries(errors).map(([field, e]) => {
    const col = field === 'countyCode' && !rec.countyCode && rec.county ? 'county' : FIELD_COLUMN[field as InputField];
    // A kind or status the vocabularies do not know is named as such, with the text given.
    if ((field === 'kind' || field === 'status') && e!.code === 'invalidChoice') {
      return { column: header(col), code: field === 'kind' ? 'unknownKind' : 'unknownStatus', params: { value: (rec[field] ?? '').slice(0, 40) } };
    }
    return { column: header(col), code: e!.code, params: e!.params };
  });
  return { ok: false, reasons };
}
