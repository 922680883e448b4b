import type { Crs } from '@/lib/geo/crs';
import { validateHours } from '@/lib/hours';
import { fieldErrors, stationInputSchema, type InputField, type StationInput } from '@/lib/stations/admin/input-schema';
import { dropNul } from '@/lib/storable-text';
import { unneutralise } from './cells';
import type { Column } from './headers';
import { hoursFromPhrase } from './hours-phrases';
import { readEntryCell } from './entry-cell';
import { readServicesCell } from './services-cell';
import { chooseCounty, locate } from './place';
import { amenityWords, codeOf, type ValueMap } from './vocab-labels';
import type { VocabField } from './vocab-synonyms';

// One file row → the station input (the form's field rules), or the reasons
// it is refused, each naming the file's column. Only the name, the point and
// a kind or status nobody could read refuse a row; a bad optional cell is
// left empty with a warning (unreadable hours go to the notes), and the point,
// not the file's county column, decides the county.

/** A union's own station number; unique within its county. */
export const MAX_EXTERNAL_ID = 64;
/** Stored for a new station whose hours could not be read: shown as unknown, never as open. */
export const UNKNOWN_HOURS = 'unknown';

export type Reason = { column: string; code: string; params: Record<string, string | number> };
export type Unknown = { field: VocabField; value: string };
/** Fields a row leaves as the station has them (its cell could not be read). */
export type Kept = 'openingHours' | 'phone' | 'address' | 'operator' | 'notes' | 'entry' | 'entryNote' | 'services';
type Notes = { warnings: Reason[]; unknown: Unknown[]; converted: { from: string; to: string } | null };
/** `note`: the hours phrase put in the notes, for a station whose notes the file does not give. */
export type Checked = Notes & ({ ok: true; externalId: string | null; input: StationInput; keep: Kept[]; note: string | null } | { ok: false; reasons: Reason[] });
export type RowContext = { crs: Crs; header: (c: Column) => string; values?: ValueMap };

// The form's field rules without its placement (Jiangxi only): the importer places points nationwide.
const fields = stationInputSchema.in;
const OPTIONAL: readonly InputField[] = ['openingHours', 'amenities', 'address', 'phone', 'operator', 'notes', 'entry', 'entryNote', 'services'];
const EMPTY: Partial<Record<InputField, string | string[]>> = { amenities: [], address: '', phone: '', operator: '', notes: '', entry: '', entryNote: '', services: [] };
const COLUMN_OF: Partial<Record<InputField, Column>> = { crs: 'lng' };
// 138****5596: a list published with its numbers hidden. The form's phone rule lets '*' through (extensions).
const MASKED = /\d[*＊xX×]{2,}\d|^[*＊]+$/u;
const clip = (s: string) => s.slice(0, 40);

export function recordOf(cells: readonly string[], columns: readonly (Column | null)[]): Partial<Record<Column, string>> {
  const rec: Partial<Record<Column, string>> = {};
  columns.forEach((c, i) => {
    // Every cell, external_id included (it never meets the station schema): PostgreSQL refuses NUL in text.
    if (c !== null) rec[c] = unneutralise(dropNul(cells[i] ?? '').trim()).trim();
  });
  return rec;
}

function hoursOf(raw: string, n: Notes, header: string): { hours: string | null; note: string | null } {
  if (!raw) return { hours: '24/7', note: null };
  if (validateHours(raw).ok) return { hours: raw, note: null };
  const read = hoursFromPhrase(raw);
  if (read && !read.guessed) { n.converted ??= { from: clip(raw), to: read.hours }; return { hours: read.hours, note: null }; }
  if (read) { n.warnings.push({ column: header, code: 'hoursGuessed', params: { value: clip(raw), hours: read.hours } }); return { hours: read.hours, note: raw }; }
  n.warnings.push({ column: header, code: 'hoursUnreadable', params: { value: clip(raw) } });
  return { hours: null, note: raw };
}

/**
 * How to get in. An unread cell is a warning and leaves the way in unknown; a station the row updates keeps its
 * own (classify.ts), and its words go to the entry note unless the file gives one or the station has one.
 */
function entryOf(rec: Partial<Record<Column, string>>, ctx: RowContext, n: Notes, keep: Kept[]): { entry: string; entryNote: string } {
  const raw = rec.entry ?? '';
  const read = readEntryCell(raw, rec.entryNote ?? '', ctx.values);
  const params = { value: clip(raw) };
  if (read.unknown) {
    n.unknown.push({ field: 'entry', value: clip(raw) });
    n.warnings.push({ column: ctx.header('entry'), code: 'unknownEntry', params });
    keep.push('entry');
  }
  if (read.guessed) n.warnings.push({ column: ctx.header('entry'), code: 'entryGuessed', params: { ...params, entry: read.entry ?? '' } });
  // The cell's words stand in for a missing note: a station that has a note of its own keeps it.
  if ((read.unknown || read.guessed) && !rec.entryNote) keep.push('entryNote');
  return { entry: read.entry ?? '', entryNote: read.note ?? '' };
}

/**
 * Recurring services. An item that cannot be read is left out with a warning naming it; a station the row
 * updates then keeps its own services whole (classify.ts), so a typo never drops one it had.
 */
function servicesOf(rec: Partial<Record<Column, string>>, ctx: RowContext, n: Notes, keep: Kept[]): Record<string, string>[] {
  const read = readServicesCell(rec.services ?? '');
  for (const raw of read.unreadable) n.warnings.push({ column: ctx.header('services'), code: 'unreadableService', params: { value: clip(raw) } });
  if (read.unreadable.length) keep.push('services');
  return read.services.map(({ kind, schedule, note }) => ({ kind, schedule, note: note ?? '' }));
}

function vocab(field: 'kind' | 'status', raw: string | undefined, fallback: string, ctx: RowContext, n: Notes, reasons: Reason[]): string {
  if (!raw) return fallback;
  const code = codeOf(field, raw, ctx.values);
  if (code) return code;
  n.unknown.push({ field, value: clip(raw) });
  reasons.push({ column: ctx.header(field), code: field === 'kind' ? 'unknownKind' : 'unknownStatus', params: { value: clip(raw) } });
  return raw;
}

export function checkRow(rec: Partial<Record<Column, string>>, ctx: RowContext): Checked {
  const n: Notes = { warnings: [], unknown: [], converted: null };
  const reasons: Reason[] = [];
  const header = (f: InputField) => ctx.header(COLUMN_OF[f] ?? (f as Column));
  const kind = vocab('kind', rec.kind, 'station', ctx, n, reasons);
  const status = vocab('status', rec.status, 'in_use', ctx, n, reasons);
  const amenities = amenityWords(rec.amenities ?? '', ctx.values);
  for (const value of amenities.unknown) {
    n.unknown.push({ field: 'amenity', value: clip(value) });
    n.warnings.push({ column: ctx.header('amenities'), code: 'unknownAmenity', params: { value: clip(value) } });
  }
  const hours = hoursOf(rec.openingHours ?? '', n, ctx.header('openingHours'));
  const keep: Kept[] = hours.hours === null ? ['openingHours'] : [];
  const note = hours.note ? `${ctx.header('openingHours')}：${hours.note}` : null;
  const notes = [rec.notes ?? '', note ?? ''].filter(Boolean).join('\n');
  let phone = rec.phone ?? '';
  if (MASKED.test(phone)) {
    n.warnings.push({ column: ctx.header('phone'), code: 'maskedPhone', params: { value: clip(phone) } });
    phone = '';
    keep.push('phone');
  }
  const candidate: Record<string, unknown> = {
    name: rec.name ?? '', kind, status, lat: rec.lat ?? '', lng: rec.lng ?? '', crs: ctx.crs,
    openingHours: hours.hours ?? UNKNOWN_HOURS, amenities: amenities.codes, address: rec.address ?? '', phone, operator: rec.operator ?? '', notes,
    ...entryOf(rec, ctx, n, keep), services: servicesOf(rec, ctx, n, keep),
  };
  let parsed = fields.safeParse(candidate);
  if (!parsed.success) {
    for (const [field, e] of Object.entries(fieldErrors(parsed.error)) as [InputField, { code: string; params: Record<string, string | number> }][]) {
      if ((field === 'kind' || field === 'status') && e.code === 'invalidChoice') continue; // named above, as unknown words
      if (!OPTIONAL.includes(field)) { reasons.push({ column: header(field), code: e.code, params: e.params }); continue; }
      n.warnings.push({ column: header(field), code: e.code, params: e.params });
      candidate[field] = field === 'openingHours' ? UNKNOWN_HOURS : EMPTY[field];
      if (field !== 'amenities') keep.push(field as Kept);
    }
    if (reasons.length === 0) parsed = fields.safeParse(candidate);
  }
  if ((rec.externalId?.length ?? 0) > MAX_EXTERNAL_ID) reasons.push({ column: ctx.header('externalId'), code: 'tooLong', params: { max: MAX_EXTERNAL_ID } });
  if (!parsed.success && reasons.length === 0) {
    for (const [field, e] of Object.entries(fieldErrors(parsed.error))) reasons.push({ column: header(field as InputField), code: e!.code, params: e!.params });
  }
  if (reasons.length > 0 || !parsed.success) return { ...n, ok: false, reasons };
  return placed(rec, parsed.data, ctx, n, keep, note);
}

function placed(rec: Partial<Record<Column, string>>, v: typeof fields._zod.output, ctx: RowContext, n: Notes, keep: Kept[], note: string | null): Checked {
  const at = locate(v.lng, v.lat, v.crs);
  if (!at.ok) return { ...n, ok: false, reasons: [{ column: ctx.header('lng'), code: at.code, params: { lng: v.lng, lat: v.lat } }] };
  const said = { name: rec.county || undefined, code: rec.countyCode || undefined };
  const { countyCode, warning } = chooseCounty(said, at.countyCode);
  if (warning) n.warnings.push({ column: ctx.header(said.code ? 'countyCode' : 'county'), ...warning });
  const input: StationInput = {
    name: v.name, kind: v.kind, status: v.status, lat: at.lat, lng: at.lng, countyCode,
    openingHours: v.openingHours, amenities: v.amenities, address: v.address, phone: v.phone, operator: v.operator, notes: v.notes,
    entry: v.entry, entryNote: v.entryNote, services: v.services,
  };
  return { ...n, ok: true, externalId: rec.externalId || null, input, keep, note };
}

/** Whether the row's point lands in the county its file names when read in `crs` (for the coordinate-system hint). */
export function fitsIn(rec: Partial<Record<Column, string>>, crs: Crs): boolean {
  const [lng, lat] = [Number(rec.lng), Number(rec.lat)];
  if (!rec.lng || !rec.lat || !Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return false;
  const at = locate(lng, lat, crs);
  return at.ok && chooseCounty({ name: rec.county || undefined, code: rec.countyCode || undefined }, at.countyCode).warning === null;
}
