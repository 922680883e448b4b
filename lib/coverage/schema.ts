import { z } from 'zod';
import { filtersSchema } from '@/lib/stations/schema';
import { MODES, type Mode } from './types';

// Inputs of the coverage API and pages. One schema each, shared by the route
// handlers and the pages.

const mode = z.enum(MODES, { message: 'must be walk or ebike' });

export const countyCodeSchema = z.string().regex(/^\d{6}$/, 'must be a six-digit county code');
export const regionCodeSchema = z.string().regex(/^\d{6}$/, 'must be a six-digit division code (100000 for all of China)');

/** GET /api/coverage/{county}?mode=walk|ebike&openNow=1 */
export const coverageQuerySchema = z.object({
  mode: mode.default('walk'),
  openNow: filtersSchema.shape.openNow,
});

/** GET /api/coverage?within=CODE&mode=&openNow=: the counties within a province, a city or all of China. */
export const regionQuerySchema = coverageQuerySchema.extend({ within: regionCodeSchema.optional() });

/** GET /api/coverage/{code}?mode=&openNow=&suggestions=N */
export const countyQuerySchema = coverageQuerySchema.extend({
  suggestions: z
    .string()
    .regex(/^\d{1,2}$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= 0 && n <= 10, 'must be between 0 and 10')
    .default(3),
});

export const SORT_KEYS = ['name', 'city', 'share', 'covered', 'area', 'stations', 'h24', 'density', 'gap'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** `region`: the area whose counties are listed (null: DEFAULT_REGION); `county`: the one looked at. */
export type CoveragePageState = { mode: Mode; openNow: boolean; region: string | null; county: string | null; sort: SortKey; dir: SortDir };

export const DEFAULT_SORT: Pick<CoveragePageState, 'sort' | 'dir'> = { sort: 'share', dir: 'asc' };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The page's URL state. A page is not an API: a bad value falls back to the
 * default view instead of an error, as a hand-edited link should.
 */
export function parsePageState(sp: Params): CoveragePageState {
  const m = mode.safeParse(one(sp.mode));
  const county = countyCodeSchema.safeParse(one(sp.county));
  const region = regionCodeSchema.safeParse(one(sp.region));
  const [key, dir] = (one(sp.sort) ?? '').split('-');
  const sortOk = (SORT_KEYS as readonly string[]).includes(key ?? '') && (dir === 'asc' || dir === 'desc');
  return {
    mode: m.success ? m.data : 'walk',
    openNow: one(sp.openNow) === '1',
    region: region.success ? region.data : null,
    county: county.success ? county.data : null,
    ...(sortOk ? { sort: key as SortKey, dir: dir as SortDir } : DEFAULT_SORT),
  };
}

/** The query string of a page state, defaults left out so links stay short. */
export function pageQuery(s: CoveragePageState): string {
  const q = new URLSearchParams();
  if (s.mode !== 'walk') q.set('mode', s.mode);
  if (s.openNow) q.set('openNow', '1');
  if (s.region) q.set('region', s.region);
  if (s.county) q.set('county', s.county);
  if (s.sort !== DEFAULT_SORT.sort || s.dir !== DEFAULT_SORT.dir) q.set('sort', `${s.sort}-${s.dir}`);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** `?region=` of a page: a well-formed code, or null (the page then opens on DEFAULT_REGION). */
export function regionOfParams(sp: Params): string | null {
  const region = regionCodeSchema.safeParse(one(sp.region));
  return region.success ? region.data : null;
}
