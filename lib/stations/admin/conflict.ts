import { toWgs84 } from '@/lib/geo/crs';
import type { FormValues } from './form-values';

// A save on a stale version is refused; the form then shows, field by field,
// what changed meanwhile (theirs, from the current row) beside the admin's
// own input (yours), and takes over the changes the admin did not touch, so
// saving again loses nothing of either. Pure and client-safe.

export const CONFLICT_FIELDS = [
  'name', 'kind', 'status', 'location', 'countyCode', 'openingHours', 'amenities', 'address', 'phone', 'operator', 'notes', 'entry', 'entryNote',
] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export type ConflictRow = { field: ConflictField; yours: string; theirs: string; youChangedToo: boolean };

/** Comparable text of one field; the point as WGS-84 "lat, lng" whatever system it was typed in. */
export function fieldText(v: FormValues, field: ConflictField): string {
  if (field === 'location') {
    const [lat, lng] = [Number(v.lat), Number(v.lng)];
    if (v.lat.trim() === '' || v.lng.trim() === '' || !Number.isFinite(lat) || !Number.isFinite(lng)) return `${v.lat}, ${v.lng}`;
    const [x, y] = toWgs84(lng, lat, v.crs);
    return `${y.toFixed(6)}, ${x.toFixed(6)}`;
  }
  if (field === 'amenities') return [...v.amenities].sort().join(',');
  return v[field].trim();
}

/** The fields they changed since `base` (what the admin's form started from). */
export function conflictRows(base: FormValues, yours: FormValues, theirs: FormValues): ConflictRow[] {
  return CONFLICT_FIELDS.filter((f) => fieldText(theirs, f) !== fieldText(base, f)).map((field) => ({
    field,
    yours: fieldText(yours, field),
    theirs: fieldText(theirs, field),
    youChangedToo: fieldText(yours, field) !== fieldText(base, field),
  }));
}

function take(into: FormValues, from: FormValues, field: ConflictField): void {
  if (field === 'location') Object.assign(into, { lat: from.lat, lng: from.lng, crs: from.crs });
  else if (field === 'amenities') into.amenities = [...from.amenities];
  else into[field] = from[field];
}

/** Yours, with their changes to fields you left alone. Fields both changed keep yours. */
export function mergeConflict(base: FormValues, yours: FormValues, theirs: FormValues): FormValues {
  const merged: FormValues = { ...yours, amenities: [...yours.amenities] };
  for (const row of conflictRows(base, yours, theirs)) {
    if (!row.youChangedToo) take(merged, theirs, row.field);
  }
  return merged;
}
