import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '../lib/db-client';
import { countyAt } from '../lib/divisions-data';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { E2E_DATABASE_URL } from './env';

// Each test seeds the rows it needs, with unique names, into the database the
// server uses, then bumps the shared data version so the server's in-memory
// index reloads (INDEX_REFRESH_MS is 200 ms under test).

export type NewStation = {
  name?: string; kind?: string; status?: string; lat: number; lng: number; countyCode?: string;
  openingHours?: string; amenities?: string[]; address?: string; phone?: string | null; operator?: string | null;
  lastVerifiedAt?: Date | null;
};

const TRANSPARENT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let client: PrismaClient | undefined;
function db(): PrismaClient {
  return (client ??= createPrismaClient(E2E_DATABASE_URL));
}

export async function seedStation(s: NewStation) {
  const id = `e2e-${randomUUID().slice(0, 12)}`;
  const row = await db().station.create({
    data: {
      id, name: s.name ?? `测试驿站 ${id}`, kind: s.kind ?? 'station', status: s.status ?? 'in_use',
      lat: s.lat, lng: s.lng, countyCode: s.countyCode ?? countyAt(s.lng, s.lat) ?? '360102', openingHours: s.openingHours ?? '24/7',
      amenities: (s.amenities ?? ['drinking_water']).join(','), address: s.address ?? '测试地址 1 号',
      phone: s.phone === undefined ? '0791-88886666' : s.phone, operator: s.operator === undefined ? '测试区总工会' : s.operator,
      lastVerifiedAt: s.lastVerifiedAt === undefined ? new Date('2026-10-01T02:00:00Z') : s.lastVerifiedAt,
    },
  });
  await bumpVersion(id);
  return row;
}

/** What every app write does: tells the server's caches (index, stats, coverage) to reload. */
export async function bumpVersion(tag: string) {
  await db().appState.upsert({
    where: { key: 'dataVersion' }, update: { value: `e2e-${Date.now()}-${tag}` }, create: { key: 'dataVersion', value: `e2e-${tag}` },
  });
}

/** Archives a station behind the app's back, as another instance would, and says so. */
export async function archiveStation(id: string) {
  await db().station.update({ where: { id }, data: { archivedAt: new Date() } });
  await bumpVersion(id);
}

/** Waits until the API serves the station, i.e. the server's index has reloaded. */
export async function waitForStation(page: Page, id: string, lat: number, lng: number) {
  await expect
    .poll(async () => {
      const res = await page.request.get(`/api/stations/nearest?lat=${lat}&lng=${lng}&limit=50&status=in_use,suspended,under_construction,planned,closed`);
      const body = (await res.json()) as { stations: { id: string }[] };
      return body.stations.some((x) => x.id === id);
    })
    .toBe(true);
}

export const test = base.extend({
  // Map tiles are unreachable here: answer every tile request with an empty image.
  // On the context, not the page, so a test that only calls the API opens no browser.
  context: async ({ context }, provide) => {
    await context.route(/tile\.openstreetmap\.org|tianditu\.gov\.cn|is\.autonavi\.com/, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: TRANSPARENT_PNG }));
    await provide(context);
  },
});

export { expect };

// Places in Jiangxi where the sample data has no station within several
// kilometres, so a test's own rows are the nearest ones. Each test takes its
// own slot; the phone project is shifted so both projects can run at once.
const REMOTE = [[27.0, 117.0], [25.6, 115.1], [25.9, 116.3], [28.2, 117.5], [26.2, 114.5]] as const;

export function spot(slot: number, info: TestInfo): { lat: number; lng: number } {
  const [lat, lng] = REMOTE[slot % REMOTE.length]!;
  const row = Math.floor(slot / REMOTE.length);
  const phone = info.project.name === 'phone' ? 0.04 : 0;
  return { lat: lat + phone + row * 0.02, lng: lng + row * 0.02 };
}

/** A point `north` and `east` metres away from `p`. */
export function offset(p: { lat: number; lng: number }, north: number, east: number) {
  return { lat: p.lat + north / 111_320, lng: p.lng + east / (111_320 * Math.cos((p.lat * Math.PI) / 180)) };
}
