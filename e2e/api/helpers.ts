import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';

// Shared by the API specs. Expectations are computed here from first
// principles (own haversine, own travel formula), not with the app's helpers.

/**
 * Remote spots inside Jiangxi, each 25+ km from every sample station and 30+ km from each other.
 * Seeded rows never use the kinds service_centre, cultural_palace or activity_venue:
 * viewport.spec.ts counts those against the sample set.
 */
export const AREAS = {
  nearestOrder: { lat: 29.1, lng: 113.95 },
  nearestLimit: { lat: 27.85, lng: 117.7 },
  nearestFilters: { lat: 29.9, lng: 117.25 },
  viewport: { lat: 26.7, lng: 115.6 },
  detail: { lat: 25.25, lng: 115.9 },
  search: { lat: 29.5, lng: 118.1 },
  archive: { lat: 28.9, lng: 116.25 },
  truncate: { lat: 25.6, lng: 115.35 },
} as const;

export type Point = { lat: number; lng: number };

const R = 6371008.8;
const RAD = Math.PI / 180;

export function distanceM(a: Point, b: Point): number {
  const h = Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lng - a.lng) * RAD) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** The point `northM` metres north and `eastM` metres east of `p`, rounded to 6 decimals. */
export function offset(p: Point, northM: number, eastM: number): Point {
  const lat = p.lat + northM / (R * RAD);
  const lng = p.lng + eastM / (R * RAD * Math.cos(p.lat * RAD));
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/** Minutes along roads (x1.25) at `kmh`, rounded up; at least 1 unless the distance is 0. */
export function minutesAt(distance: number, kmh: number): number {
  if (distance === 0) return 0;
  return Math.max(1, Math.ceil((distance * 1.25) / ((kmh * 1000) / 60) - 1e-9));
}

/** A lng/lat box of half-size `half` degrees around p, as the API's bbox string. */
export function boxAround(p: Point, half: number): string {
  return [p.lng - half, p.lat - half, p.lng + half, p.lat + half].map((x) => x.toFixed(6)).join(',');
}

export const ALL_STATUSES = 'planned,under_construction,in_use,suspended,closed';

export type NearestItem = {
  id: string; name: string; kind: string; status: string; lat: number; lng: number; distanceM: number;
  walkMinutes: number; ebikeMinutes: number; amenities: string[]; address: string; countyCode: string; openNow: boolean;
  openingHours: string;
};

export async function nearest(request: APIRequestContext, query: string): Promise<NearestItem[]> {
  const res = await request.get(`/api/stations/nearest?${query}`);
  expect(res.status(), `nearest?${query}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { stations: NearestItem[] }).stations;
}

/** Polls until the server's index serves every id (it reloads within ~200 ms of a write). */
export async function waitForIds(request: APIRequestContext, at: Point, ids: string[]) {
  await expect
    .poll(async () => {
      const list = await nearest(request, `lat=${at.lat}&lng=${at.lng}&limit=50&status=${ALL_STATUSES}`);
      return ids.filter((id) => !list.some((s) => s.id === id));
    }, { message: 'seeded stations never showed up in the API' })
    .toEqual([]);
}

/** Asserts a 400 with the documented error shape naming `field`. */
export async function expectBadRequest(res: APIResponse, field: string | string[] | undefined, label: string) {
  const text = await res.text();
  expect(res.status(), `${label} → ${res.status()} ${text.slice(0, 300)}`).toBe(400);
  expect(res.headers()['content-type'] ?? '', label).toContain('application/json');
  const body = JSON.parse(text) as { error?: { message?: unknown; field?: unknown } };
  expect(typeof body.error?.message, label).toBe('string');
  expect((body.error?.message as string).trim().length, label).toBeGreaterThan(0);
  if (Array.isArray(field)) expect(field, label).toContain(body.error?.field);
  else expect(body.error?.field, label).toBe(field);
}

/** Shanghai (UTC+8, no DST) wall-clock hour of `now`. */
export function shanghaiHour(now = new Date()): number {
  return (now.getUTCHours() + 8) % 24;
}

const hh = (h: number, end = false) => `${String(end && h === 0 ? 24 : h).padStart(2, '0')}:00`;

/** Daily hours that are open now: from an hour ago to two hours ahead (may wrap midnight). */
export function hoursOpenNow(now = new Date()): string {
  const h = shanghaiHour(now);
  return `Mo-Su ${hh((h + 23) % 24)}-${hh((h + 2) % 24, true)}`;
}

/** Daily one-hour window starting `ahead` whole hours after the current hour (closed now). */
export function hoursLater(ahead: number, now = new Date()): { hours: string; start: number } {
  const start = (shanghaiHour(now) + ahead) % 24;
  return { hours: `Mo-Su ${hh(start)}-${hh((start + 1) % 24, true)}`, start };
}

/** Pixel box of `w`x`h` px centred on p at zoom z (Web Mercator, 256 px tiles), as a bbox string. */
export function screenBox(p: Point, z: number, w: number, h: number): string {
  const scale = 256 * 2 ** z;
  const x = ((p.lng + 180) / 360) * scale;
  const s = Math.sin(p.lat * RAD);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  const lng = (px: number) => (px / scale) * 360 - 180;
  const lat = (py: number) => Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / scale))) / RAD;
  const box = [lng(x - w / 2), lat(y + h / 2), lng(x + w / 2), lat(y - h / 2)];
  return box.map((v) => v.toFixed(6)).join(',');
}
