import { z } from 'zod';
import { SERVICE_KINDS, type ServiceKind } from '@/lib/services/vocab';
import { WEATHER_KINDS, type WeatherKind } from '@/lib/weather/vocab';
import { AMENITIES, KINDS, STATUSES } from './vocab';

// Query parameters of the public API and the map page. One schema per input,
// shared by the route handlers, the page and the client (via z.infer).

const MAX_PARAM = 200;

const text = z.string().max(MAX_PARAM, `at most ${MAX_PARAM} characters`);

const number = (min: number, max: number) =>
  text
    .trim()
    .min(1, 'required')
    .refine((s) => /^-?\d+(\.\d+)?$/.test(s), 'must be a decimal number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const integer = (min: number, max: number) =>
  text
    .trim()
    .refine((s) => /^\d+$/.test(s), 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

/** "a,b,c" where every item belongs to the vocabulary; empty means none. */
function codeList<T extends string>(vocab: readonly T[]) {
  return text.transform((s, ctx) => {
    const items = s.split(',').map((x) => x.trim()).filter(Boolean);
    const unknown = items.find((x) => !vocab.includes(x as T));
    if (unknown !== undefined) {
      ctx.addIssue({ code: 'custom', message: `unknown value "${unknown.slice(0, 40)}"` });
      return z.NEVER;
    }
    return [...new Set(items)] as T[];
  });
}

const flag = z
  .enum(['1', '0', 'true', 'false', ''], { message: 'must be 1 or 0' })
  .transform((v) => v === '1' || v === 'true');

export const filtersSchema = z.object({
  kind: codeList(KINDS).optional(),
  amenities: codeList(AMENITIES).optional(),
  status: codeList(STATUSES).optional(),
  openNow: flag.optional(),
  h24: flag.optional(),
  /** Only stations a worker without a smartphone can get into (NO_PHONE_ENTRIES). */
  noPhone: flag.optional(),
  weather: z.enum(WEATHER_KINDS, { message: 'must be heat or cold' }).optional()
    .describe('Weather mode: heat keeps stations with air-conditioning, cold those with hot water, in either case in use and open now (24-hour ones included), not reported locked'),
  /** Only stations with a service under way or still to come today (station time), of the `service` kinds if given. */
  servicesToday: flag.optional().describe('1: only stations with a service (legal aid, haircut, …) under way or still to come today, China time'),
  service: codeList(SERVICE_KINDS).optional().describe(`Only stations offering any of these services (${SERVICE_KINDS.join(', ')}); with servicesToday=1, any of them today`),
});

export const bboxSchema = text.transform((s, ctx) => {
  const parts = s.split(',');
  const nums = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  const [minLng, minLat, maxLng, maxLat] = nums as [number, number, number, number];
  const ok =
    nums.length === 4 &&
    nums.every(Number.isFinite) &&
    minLng >= -180 && maxLng <= 180 && minLat >= -90 && maxLat <= 90 &&
    minLng < maxLng && minLat < maxLat;
  if (!ok) {
    ctx.addIssue({ code: 'custom', message: 'must be minLng,minLat,maxLng,maxLat within the world, min below max' });
    return z.NEVER;
  }
  return { minLng, minLat, maxLng, maxLat };
});
export type Bbox = z.infer<typeof bboxSchema>;

export const nearestQuerySchema = filtersSchema.extend({
  lat: number(-90, 90),
  lng: number(-180, 180),
  limit: integer(1, 50).default(10),
  bbox: bboxSchema.optional(),
});
export type NearestQuery = z.infer<typeof nearestQuerySchema>;

export const viewportQuerySchema = filtersSchema.extend({
  bbox: bboxSchema,
  zoom: integer(0, 22),
});
export type ViewportQuery = z.infer<typeof viewportQuerySchema>;

export const pointsQuerySchema = filtersSchema.extend({
  bbox: bboxSchema,
  limit: integer(1, 5000).default(1500),
});

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'required').max(60, 'at most 60 characters')
    .describe('Chinese, pinyin with or without tones and spaces (ü as u or v), initials (dcx) or English (Duchang County)'),
  limit: integer(1, 30).default(12).describe('At most this many results'),
});

export const stationIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not a station id');

export type Filters = {
  kinds: (typeof KINDS)[number][];
  amenities: (typeof AMENITIES)[number][];
  statuses: (typeof STATUSES)[number][];
  openNow: boolean;
  h24: boolean;
  noPhone: boolean;
  /** Weather mode (lib/weather/vocab.ts WEATHER_AMENITY): the alert's amenity, and open now. Absent: no weather filter. */
  weather?: WeatherKind | null;
  /** Absent means false and no kinds: literals built before services existed stay valid. */
  servicesToday?: boolean;
  /** Any of these service kinds (lib/services/vocab.ts); empty or absent: any service. */
  services?: ServiceKind[];
};

/** Stations that have closed for good are hidden unless asked for. */
export const DEFAULT_STATUSES = STATUSES.filter((s) => s !== 'closed');

export function toFilters(q: z.infer<typeof filtersSchema>): Filters {
  return {
    kinds: q.kind ?? [],
    amenities: q.amenities ?? [],
    statuses: q.status?.length ? q.status : [...DEFAULT_STATUSES],
    openNow: q.openNow ?? false,
    h24: q.h24 ?? false,
    noPhone: q.noPhone ?? false,
    weather: q.weather ?? null,
    servicesToday: q.servicesToday ?? false,
    services: q.service ?? [],
  };
}
