import { toWgs84 } from '@/lib/geo/crs';
import { formatServicesText } from '@/lib/services/text-form';
import type { Service } from '@/lib/services/vocab';
import type { FormValues, ServiceRow } from './form-values';

// A save on a stale version is refused; the form then shows, field by field,
// what changed meanwhile (theirs, from the current row) beside the admin's
// own input (yours), and takes over the changes the admin did not touch, so
// saving again loses nothing of either. Pure and client-safe.

export const CONFLICT_FIELDS = [
  'name', 'kind', 'status', 'location', 'countyCode', 'openingHours', 'amenities', 'address', 'phone', 'operator', 'notes', 'entry', 'entryNote',
  'services',
] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export type ConflictRow = { field: ConflictField; yours: string; theirs: string; youChangedToo: boolean };

/** The rows filled in, as one line of codes (lib/services/text-form.ts): "legal_aid@Tu 14:00-17:00(带身份证)". */
function servicesText(rows: readonly ServiceRow[]): string {
  const filled = rows
    .map((r) => ({ kind: r.kind.trim(), schedule: r.schedule.trim(), note: r.note.trim() || null }))
    .filter((r) => r.kind || r.schedule || r.note);
  return formatServicesText(filled as Service[], (k) => k);
}

/** Comparable text of one field; the point as WGS-84 "lat, lng" whatever system it was typed in. */
export function fieldText(v: FormValues, field: ConflictField): string {
  if (field === 'location') {
    const [lat, lng] = [Number(v.lat), Number(v.lng)];
    if (v.lat.trim() === '' || v.lng.trim() === '' || !Number.isFinite(lat) || !Number.isFinite(lng)) return `${v.lat}, ${v.lng}`;
    const [x, y] = toWgs84(lng, lat, v.crs);
    return `${y.toFixed(6)}, ${x.toFixed(6)}`;
  }
  if (field === 'amenities') return [...v.amenities].sort().join(',');
  if (field === 'services') return servicesText(v.services);
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
  else if (field === 'services') into.services = from.services.map((r) => ({ ...r }));
  else into[field] = from[field];
}

/** Yours, with their changes to fields you left alone. Fields both changed keep yours. */
export function mergeConflict(base: FormValues, yours: FormValues, theirs: FormValues): FormValues {
  const merged: FormValues = { ...yours, amenities: [...yours.amenities], services: yours.services.map((r) => ({ ...r })) };
  for (const row of conflictRows(base, yours, theirs)) {
    if (!row.youChangedToo) take(merged, theirs, row.field);
  }
  return merged;
}
