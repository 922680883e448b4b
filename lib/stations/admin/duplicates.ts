import { HONGGUTAN_CODE, XINJIAN_CODE } from '@/lib/divisions-data';
import { allDivisions } from '@/lib/divisions/catalog';
import { countyOutline } from '@/lib/divisions/locate';
import { outlineBox } from '@/lib/divisions/outlines';
import { haversineM } from '@/lib/geo/distance';
import type { Bbox } from '@/lib/geo/polygon';

// Before a save the admin is warned about stations that may be the same
// place: another station within 50 m, or one of the same name in the same
// county. It is a warning: the admin may go on deliberately.

export const DUPLICATE_RADIUS_M = 50;

export type Candidate = { id: string; name: string; lat: number; lng: number; countyCode: string };
export type Duplicate = Candidate & { near: boolean; sameName: boolean; distanceM: number };
export type Target = { id?: string; name: string; lat: number; lng: number; countyCode: string };

/** Names compare without spaces, width or case differences ("驿站 1" = "驿站1" = "驿站１"). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
  return norm(a) === norm(b);
}

export function findDuplicates(target: Target, candidates: readonly Candidate[]): Duplicate[] {
  const seen = new Set<string>();
  const out: Duplicate[] = [];
  for (const c of candidates) {
    if (c.id === target.id || seen.has(c.id)) continue;
    seen.add(c.id);
    const distanceM = haversineM(target.lat, target.lng, c.lat, c.lng);
    const near = distanceM <= DUPLICATE_RADIUS_M;
    const named = c.countyCode === target.countyCode && sameName(c.name, target.name);
    if (near || named) out.push({ ...c, near, sameName: named, distanceM: Math.round(distanceM) });
  }
  return out.sort((a, b) => a.distanceM - b.distanceM);
}

// One box per county of China (2,848), built on first use: bounded by the catalog.
let boxes: { code: string; box: Bbox }[] | null = null;

/**
 * Counties whose polygon's box, widened by `marginM`, holds the point: every
 * station within `marginM` lies in one of them, since a station's county
 * polygon holds its point. Lets the nearby query use the county index.
 */
export function countiesNear(lng: number, lat: number, marginM = 2 * DUPLICATE_RADIUS_M): string[] {
  boxes ??= allDivisions().flatMap((c) => {
    const outline = c.level === 'county' ? countyOutline(c.code === HONGGUTAN_CODE ? XINJIAN_CODE : c.code) : null;
    return outline ? [{ code: c.code, box: outlineBox(outline) }] : [];
  });
  const dLat = marginM / 111_320;
  const dLng = dLat / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
  return boxes
    .filter(({ box: [w, s, e, n] }) => lng >= w - dLng && lng <= e + dLng && lat >= s - dLat && lat <= n + dLat)
    .map((b) => b.code);
}
