import type { PublicStation } from '@/lib/stations/types';
import { AMENITIES, ENTRY_MODES, KINDS, OPEN_STATES, STATUSES, type Amenity } from '@/lib/stations/vocab';

// A worker's favourites (收藏) and recently viewed stations, kept on the phone
// (./device.ts) with what the list needs to show them offline: the station as
// last seen, and when it was saved or viewed. Pure, so the rules are tested
// without a browser, and the station page (which writes the same shape from its
// inline script) builds its copy here too. What is read back is checked field
// by field: storage is the user's, a damaged or hostile value must never reach
// the screen or crash it.

export type SavedStation = Pick<
  PublicStation, 'id' | 'name' | 'kind' | 'status' | 'lat' | 'lng' | 'amenities' | 'address' | 'countyCode' | 'entry' | 'openNow' | 'openState'
> & { openingHours: string | null; savedAt: number };
export type SavedInput = Omit<SavedStation, 'openingHours' | 'savedAt'> & { openingHours?: string | null };

export const MAX_FAVOURITES = 50;
export const MAX_RECENT = 20;
/** Far above 50 stations' worth (~300 bytes each): a longer value is not ours and is not parsed. */
const MAX_RAW = 100_000;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const num = (v: unknown, limit: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;
const oneOf = <T extends string>(vocab: readonly T[], v: unknown): v is T => vocab.includes(v as T);

/** The fields a saved copy keeps, and nothing else (no spread: a hostile object brings no extra keys). */
export function toSaved(s: SavedInput, savedAt: number): SavedStation {
  return {
    id: s.id, name: s.name, kind: s.kind, status: s.status, lat: s.lat, lng: s.lng, amenities: [...s.amenities],
    address: s.address, countyCode: s.countyCode, entry: s.entry, openNow: s.openNow, openState: s.openState,
    openingHours: s.openingHours ?? null, savedAt,
  };
}

function check(x: unknown): SavedStation | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const s = x as Record<string, unknown>;
  const ok = typeof s.id === 'string' && ID.test(s.id) && text(s.name, 200) && s.name.trim() !== ''
    && oneOf(KINDS, s.kind) && oneOf(STATUSES, s.status) && oneOf(OPEN_STATES, s.openState)
    && num(s.lat, 90) && num(s.lng, 180) && num(s.savedAt, 1e15) && Array.isArray(s.amenities) && s.amenities.length <= 64
    && text(s.address, 500) && text(s.countyCode, 12) && (s.entry === null || oneOf(ENTRY_MODES, s.entry))
    && (s.openNow === null || typeof s.openNow === 'boolean') && (s.openingHours == null || text(s.openingHours, 1000));
  if (!ok) return null;
  const amenities = AMENITIES.filter((a) => (s.amenities as unknown[]).includes(a)) as Amenity[];
  return toSaved({ ...(s as unknown as SavedStation), amenities }, s.savedAt as number);
}

/** What was kept: valid entries only, each station once (the first), at most `max`; nothing when unreadable. */
export function parseSaved(raw: string | null, max: number): SavedStation[] {
  if (!raw || raw.length > MAX_RAW) return [];
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  const out: SavedStation[] = [];
  for (const x of v.slice(0, max * 4)) {
    const s = check(x);
    if (!s || seen.has(s.id)) continue;
    seen.add(s.id);
    out.push(s);
    if (out.length === max) break;
  }
  return out;
}

/** `s` first (new or moved up), the others after it, at most `max`: the oldest fall off. */
export function withStation(list: readonly SavedStation[], s: SavedStation, max: number): SavedStation[] {
  return [s, ...list.filter((x) => x.id !== s.id)].slice(0, max);
}

export function withoutStation(list: readonly SavedStation[], id: string): SavedStation[] {
  return list.filter((x) => x.id !== id);
}

/** The station as now seen, in its place and with its saved time; the list unchanged when it is not there. */
export function refreshed(list: readonly SavedStation[], s: SavedInput): SavedStation[] {
  return list.map((x) => (x.id === s.id ? toSaved(s, x.savedAt) : x));
}
