import { AMENITIES, KINDS, type Amenity, type Kind } from '@/lib/stations/vocab';
import type { WeatherKind } from '@/lib/weather/vocab';

// What the map page shows lives in its URL, so the back button and shared
// links work: ?at=lat,lng,zoom&s=stationId&near=lat,lng&place=name&kind=…
// Parsing is lenient: a damaged parameter falls back to its default.

export type View = { lat: number; lng: number; zoom: number };
export type Origin = { lat: number; lng: number; place: string | null };
/**
 * `noPhone`: only stations a worker without a smartphone can get into (open door, staffed, union card).
 * `servicesToday`: only stations with a service (legal aid, haircut, …) under way or still to come today; absent is false.
 */
export type UiFilters = {
  kind: Kind[]; amenities: Amenity[]; openNow: boolean; h24: boolean; noPhone: boolean; all: boolean; servicesToday?: boolean;
  /** Weather mode, never in the URL: set from the alert covering the place (components/weather/weather-state.ts). */
  weather?: WeatherKind;
};
export const NO_FILTERS: UiFilters = { kind: [], amenities: [], openNow: false, h24: false, noPhone: false, all: false, servicesToday: false };
export type CircleMode = 'walk' | 'ebike' | null;
export type ExplorerState = {
  view: View | null; selected: string | null; origin: Origin | null; filters: UiFilters; circle: CircleMode;
  /** `weather=off`: the worker tapped "show all" under a heat or cold alert. */
  weatherOff?: boolean;
};

/** Jiangxi's extent, [[south, west], [north, east]] (the coverage map's; the home page opens on DEFAULT_REGION). */
export const JIANGXI_BOUNDS: [[number, number], [number, number]] = [[24.49, 113.57], [30.08, 118.48]];
/**
 * The home region (DEFAULT_REGION, from the server), shown when the URL names no view: its extent
 * [[south, west], [north, east]] and the view that fits it on a typical screen.
 */
export type HomeView = { code: string; bounds: [[number, number], [number, number]]; view: View };
/** How many stations the list beside the map shows. */
export const LIST_LIMIT = 30;

// Plain string checks, not zod: this module ships to every phone, and zod
// would add 30 KB to the first load for a few splits.
function numbers(raw: string | null, count: number): number[] | null {
  if (!raw || raw.length > 60) return null;
  const parts = raw.split(',');
  if (parts.length !== count || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  return parts.map(Number);
}

function list<T extends string>(vocab: readonly T[], raw: string | null): T[] {
  if (!raw || raw.length > 400) return [];
  return raw.split(',').filter((x): x is T => vocab.includes(x as T));
}

function parseView(raw: string | null): View | null {
  const r = numbers(raw, 3);
  if (!r) return null;
  const [lat, lng, zoom] = r;
  if (!inRange(lat, -85, 85) || !inRange(lng, -180, 180) || !inRange(zoom, 3, 19)) return null;
  return { lat: lat!, lng: lng!, zoom: Math.round(zoom!) };
}

function parseOrigin(raw: string | null, place: string | null): Origin | null {
  const r = numbers(raw, 2);
  if (!r) return null;
  const [lat, lng] = r;
  if (!inRange(lat, -85, 85) || !inRange(lng, -180, 180)) return null;
  return { lat: lat!, lng: lng!, place: place ? place.slice(0, 60) : null };
}

function inRange(n: number | undefined, min: number, max: number): boolean {
  return n !== undefined && Number.isFinite(n) && n >= min && n <= max;
}

type Params = { get(key: string): string | null };

export function parseState(p: Params): ExplorerState {
  const s = p.get('s');
  const circle = p.get('circle');
  return {
    view: parseView(p.get('at')),
    selected: s && /^[A-Za-z0-9_-]{1,64}$/.test(s) ? s : null,
    origin: parseOrigin(p.get('near'), p.get('place')),
    filters: {
      kind: list(KINDS, p.get('kind')),
      amenities: list(AMENITIES, p.get('amenities')),
      openNow: p.get('openNow') === '1',
      h24: p.get('h24') === '1',
      noPhone: p.get('noPhone') === '1',
      all: p.get('all') === '1',
      servicesToday: p.get('servicesToday') === '1',
    },
    circle: circle === 'walk' || circle === 'ebike' ? circle : null,
    ...(p.get('weather') === 'off' ? { weatherOff: true } : {}),
  };
}

const fix = (n: number, d: number) => String(Number(n.toFixed(d)));

export function toSearch(s: ExplorerState): string {
  const p = new URLSearchParams();
  if (s.view) p.set('at', [fix(s.view.lat, 5), fix(s.view.lng, 5), s.view.zoom].join(','));
  if (s.selected) p.set('s', s.selected);
  if (s.origin) {
    p.set('near', [fix(s.origin.lat, 5), fix(s.origin.lng, 5)].join(','));
    if (s.origin.place) p.set('place', s.origin.place);
  }
  if (s.filters.kind.length) p.set('kind', s.filters.kind.join(','));
  if (s.filters.amenities.length) p.set('amenities', s.filters.amenities.join(','));
  if (s.filters.openNow) p.set('openNow', '1');
  if (s.filters.h24) p.set('h24', '1');
  if (s.filters.noPhone) p.set('noPhone', '1');
  if (s.filters.all) p.set('all', '1');
  if (s.filters.servicesToday) p.set('servicesToday', '1');
  if (s.circle) p.set('circle', s.circle);
  if (s.weatherOff) p.set('weather', 'off');
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** A link to a place, a station or a circle: the worker wants the live map there, not the province picture. */
export function pointsAtPlace(s: Pick<ExplorerState, 'view' | 'origin' | 'selected' | 'circle'>): boolean {
  return Boolean(s.view || s.origin || s.selected || s.circle);
}

/** The API query for the filters; the worker's default is stations in use only. */
export function filtersToApi(f: UiFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.kind.length) p.set('kind', f.kind.join(','));
  if (f.amenities.length) p.set('amenities', f.amenities.join(','));
  if (f.openNow) p.set('openNow', '1');
  if (f.h24) p.set('h24', '1');
  if (f.noPhone) p.set('noPhone', '1');
  if (f.weather) p.set('weather', f.weather);
  if (f.servicesToday) p.set('servicesToday', '1');
  p.set('status', f.all ? 'in_use,suspended,under_construction,planned' : 'in_use');
  return p;
}
