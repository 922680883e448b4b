import { z } from 'zod';
import { HONGGUTAN_CODE, XINJIAN_CODE } from '@/lib/divisions-data';
import { division } from '@/lib/divisions/catalog';
import { countyAt, countyOutline } from '@/lib/divisions/locate';
import { pointInFlatPolygons } from '@/lib/divisions/outlines';
import { CRS_LIST, toWgs84 } from '@/lib/geo/crs';
import { validateHours } from '@/lib/hours';
import { servicesFromForm, storedServicesSchema } from '@/lib/services/schema';
import { AMENITIES, ENTRY_MODES, KINDS, STATUSES, formatAmenityList, type Amenity, type EntryMode } from '@/lib/stations/vocab';
import { LIMITS } from './limits';
import { dropNul } from '@/lib/storable-text';

// One station as an admin (form) or an importer (CSV row) gives it. Messages
// are error codes, worded per language under stationsAdmin.errors; `params`
// fill their blanks. The output is what is stored: WGS-84, a county of China
// whose outline holds the point, codes in vocabulary order.

export { LIMITS };

const isCounty = (code: string) => division(code)?.level === 'county';
const countyName = (code: string) => division(code)?.name ?? code;

const text = (max: number) => z.string().overwrite(dropNul).trim().max(max, 'tooLong');
const optionalText = (max: number) =>
  z.union([z.string(), z.null()]).optional().transform((v) => (v ?? '').trim())
    .pipe(text(max)).transform((v) => (v === '' ? null : v));

const coordinate = (min: number, max: number) =>
  z.union([z.number(), z.string().trim()])
    .transform((v, ctx) => {
      const n = typeof v === 'number' ? v : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
      if (typeof v === 'string' && v === '') ctx.addIssue({ code: 'custom', message: 'required' });
      else if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: 'notNumber' });
      else if (n < min || n > max) ctx.addIssue({ code: 'custom', message: 'outOfRange', params: { min, max } });
      return n;
    });

/** A list of codes, as repeated form values or "a,b" text (CSV). */
const amenityList = z
  .union([z.array(z.string()), z.string()]).optional()
  .transform((v, ctx) => {
    const items = (Array.isArray(v) ? v : (v ?? '').split(',')).map((x) => x.trim()).filter(Boolean);
    const unknown = items.find((x) => !(AMENITIES as readonly string[]).includes(x));
    if (unknown !== undefined) ctx.addIssue({ code: 'custom', message: 'unknownAmenity', params: { value: unknown.slice(0, 40) } });
    return formatAmenityList(items).split(',').filter(Boolean) as Amenity[];
  });

const hours = z.string().trim().min(1, 'required').superRefine((s, ctx) => {
  const v = validateHours(s);
  if (!v.ok) ctx.addIssue({ code: 'custom', message: 'invalidHours', params: { detail: v.message } });
});

// Digits with the separators people write in Chinese phone lists ("转" = extension).
const PHONE = /^(?=.*\d)[\d+\-() ,;/#*.转分机extEXT]+$/u;

const fields = z.object({
  name: text(LIMITS.name).min(1, 'required'),
  kind: z.enum(KINDS, { message: 'invalidChoice' }),
  status: z.enum(STATUSES, { message: 'invalidChoice' }),
  lat: coordinate(-90, 90),
  lng: coordinate(-180, 180),
  crs: z.enum(CRS_LIST, { message: 'invalidChoice' }).optional().default('wgs84'),
  countyCode: z.string().trim().optional().transform((v) => v || null)
    .refine((v) => v === null || isCounty(v), 'unknownCounty'),
  openingHours: hours,
  amenities: amenityList,
  address: optionalText(LIMITS.address).transform((v) => v ?? ''),
  phone: optionalText(LIMITS.phone).refine((v) => v === null || PHONE.test(v), 'invalidPhone'),
  operator: optionalText(LIMITS.operator),
  notes: optionalText(LIMITS.notes),
  // How to get in: '' (or absent) is unknown, stored as null; never guessed from other fields.
  entry: z.union([z.string(), z.null()]).optional().transform((v, ctx): EntryMode | null => {
    const code = (v ?? '').trim();
    if (code === '') return null;
    if ((ENTRY_MODES as readonly string[]).includes(code)) return code as EntryMode;
    ctx.addIssue({ code: 'custom', message: 'invalidChoice' });
    return z.NEVER;
  }),
  entryNote: optionalText(LIMITS.entryNote),
  // Recurring services (lib/services/schema.ts): rows of { kind, schedule, note }, stored as their JSON text.
  services: storedServicesSchema,
});

/** Whether a WGS-84 point lies in the county's outline (红谷滩区 has none: 新建区's stands in). */
export function pointInCounty(code: string, lng: number, lat: number): boolean {
  const outline = countyOutline(code === HONGGUTAN_CODE ? XINJIAN_CODE : code);
  return outline !== null && pointInFlatPolygons(lng, lat, outline);
}

export const stationInputSchema = fields.transform((v, ctx) => {
  const [lng, lat] = toWgs84(v.lng, v.lat, v.crs);
  const found = countyAt(lng, lat);
  if (found === null) {
    ctx.addIssue({ code: 'custom', path: ['lat'], message: 'outsideChina', params: { lat, lng } });
    return z.NEVER;
  }
  if (v.countyCode !== null && !pointInCounty(v.countyCode, lng, lat)) {
    ctx.addIssue({
      code: 'custom', path: ['countyCode'], message: 'pointOutsideCounty',
      params: { county: countyName(v.countyCode), found: countyName(found) },
    });
    return z.NEVER;
  }
  return {
    name: v.name, kind: v.kind, status: v.status, lat, lng, countyCode: v.countyCode ?? found,
    openingHours: v.openingHours, amenities: v.amenities, address: v.address, phone: v.phone, operator: v.operator, notes: v.notes,
    entry: v.entry, entryNote: v.entryNote, services: v.services,
  };
});

/** `services`: the stored list (Station.services); absent means none ("[]"), for inputs built by hand (tests, scripts). */
export type StationInput = Omit<z.output<typeof stationInputSchema>, 'services'> & { services?: string };
export type StationInputFields = z.input<typeof stationInputSchema>;

export const INPUT_FIELDS = [
  'name', 'kind', 'status', 'lat', 'lng', 'crs', 'countyCode', 'openingHours', 'amenities', 'address', 'phone', 'operator', 'notes', 'entry', 'entryNote',
  'services',
] as const;
export type InputField = (typeof INPUT_FIELDS)[number];

/** The schema's input from a submitted form (amenities are repeated checkboxes, services rows of three fields). */
export function inputFromForm(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INPUT_FIELDS) {
    if (f === 'amenities') out[f] = form.getAll(f).map(String);
    else if (f === 'services') {
      if (form.has('serviceSchedule')) out[f] = servicesFromForm(form);
    } else {
      const v = form.get(f);
      if (typeof v === 'string') out[f] = v;
    }
  }
  return out;
}

export type FieldError = { code: string; params: Record<string, string | number> };

/** The first problem of each field, keyed by field name, ready to be worded. */
export function fieldErrors(error: z.ZodError): Partial<Record<InputField, FieldError>> {
  const out: Partial<Record<InputField, FieldError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'name') as InputField;
    if (out[field]) continue;
    const params: Record<string, string | number> = {};
    if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
    if (issue.code === 'too_big') params.max = Number(issue.maximum);
    // A service's problem names its row (counted from 1, as the form shows them) and its field.
    if (field === 'services' && typeof issue.path[1] === 'number') Object.assign(params, { row: issue.path[1] + 1, part: String(issue.path[2] ?? '') });
    // zod's own messages: a missing field is "required", anything else "choose a value".
    const own = /^[a-z][A-Za-z]+$/.test(issue.message);
    const code = own ? issue.message : issue.code === 'invalid_type' ? 'required' : 'invalidChoice';
    out[field] = { code, params };
  }
  return out;
}
