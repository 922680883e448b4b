import type { Browser, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { counties, countyAt } from '../../lib/divisions-data';
import { createTestAdmin, signIn, testDb, type TestAccount } from '../admin-fixtures';
import { archiveStation, seedStation } from '../fixtures';
import { firstFormWith, formWith, harvestForms, withValues, type FormFields } from './security-helpers';

// The rows and sessions of one role × action matrix run: four admins, stations
// inside and outside their scopes (one archived), a report and a photo on each.

export const IN_COUNTY = '360102'; // 南昌市东湖区: province, city 360100 and county 360102 act here
export const OUT_COUNTY = '360702'; // 赣州市章贡区: only the province acts here

export type RoleName = 'province' | 'city' | 'donghu' | 'xihu';
export const ROLES: RoleName[] = ['province', 'city', 'donghu', 'xihu'];
/** Who may act on a station in each county. */
export const ACTS_IN: Record<string, RoleName[]> = { [IN_COUNTY]: ['province', 'city', 'donghu'], [OUT_COUNTY]: ['province'] };
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
export const ROLE_SCOPES: Record<RoleName, [TestAccount['role'], string | null]> = {
  province: ['province', '360000'], city: ['city', '360100'], donghu: ['county', '360102'], xihu: ['county', '360103'],
};

/** A point inside the county near its representative point, a little apart for each station. */
export function pointIn(code: string): { lat: number; lng: number } {
  const c = counties.find((x) => x.code === code)!;
  for (let i = 0; i < 20; i++) {
    const p = { lat: c.lat + (Math.random() - 0.5) * 0.004, lng: c.lng + (Math.random() - 0.5) * 0.004 };
    if (countyAt(p.lng, p.lat) === code) return p;
  }
  return { lat: c.lat, lng: c.lng };
}

export function stringPoint(county: string): { lat: string; lng: string } {
  const p = pointIn(county);
  return { lat: p.lat.toFixed(6), lng: p.lng.toFixed(6) };
}

async function stationWithExtras(tag: string, county: string, archived = false) {
  const s = await seedStation({ ...pointIn(county), countyCode: county, name: `矩阵${tag}-${randomUUID().slice(0, 6)}` });
  if (archived) await archiveStation(s.id);
  const report = await testDb().report.create({ data: { stationId: s.id, countyCode: county, category: 'other', text: `矩阵反馈 ${s.id}` } });
  const photo = await testDb().photo.create({ data: { stationId: s.id, fileName: `e2e-none-${s.id}.png`, mime: 'image/png', width: 1, height: 1, bytes: 68 } });
  return { id: s.id, name: s.name, county, reportId: report.id, reportText: report.text, photoId: photo.id };
}
export type WorldStation = Awaited<ReturnType<typeof stationWithExtras>>;

export async function makeWorld() {
  const accounts = {} as Record<RoleName, TestAccount>;
  for (const [name, [role, code]] of Object.entries(ROLE_SCOPES) as [RoleName, (typeof ROLE_SCOPES)[RoleName]][]) {
    accounts[name] = await createTestAdmin(role, code);
  }
  const target = await createTestAdmin('county', '360104');
  const stations = {
    in: await stationWithExtras('内', IN_COUNTY),
    out: await stationWithExtras('外', OUT_COUNTY),
    inArchived: await stationWithExtras('内归档', IN_COUNTY, true),
    outArchived: await stationWithExtras('外归档', OUT_COUNTY, true),
  };
  return { accounts, target, stations, tag: randomUUID().slice(0, 8) };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** A signed-in page per role, and an anonymous one; close with `done()`. */
export async function sessions(browser: Browser, world: World) {
  const pages = {} as Record<RoleName | 'anonymous', Page>;
  const contexts = await Promise.all((['province', 'city', 'donghu', 'xihu', 'anonymous'] as const).map(async (name) => {
    const context = await browser.newContext();
    pages[name] = await context.newPage();
    if (name !== 'anonymous') await signIn(pages[name], world.accounts[name]);
    return context;
  }));
  return { pages, done: () => Promise.all(contexts.map((c) => c.close())) };
}

/** Everything a refused write could have touched, to compare before and after. */
export async function snapshot(world: World) {
  const db = testDb();
  const stationIds = Object.values(world.stations).map((s) => s.id);
  const accountIds = [...Object.values(world.accounts).map((a) => a.id), world.target.id];
  const [stations, reports, photos, audit, users, forged] = await Promise.all([
    db.station.findMany({ where: { id: { in: stationIds } }, orderBy: { id: 'asc' } }),
    db.report.findMany({ where: { stationId: { in: stationIds } }, orderBy: { id: 'asc' } }),
    db.photo.findMany({ where: { stationId: { in: stationIds } }, orderBy: { id: 'asc' } }),
    db.auditEntry.findMany({ where: { OR: [{ stationId: { in: stationIds } }, { actorId: { in: accountIds } }] }, orderBy: { id: 'asc' } }),
    db.user.findMany({ where: { id: { in: accountIds } }, orderBy: { id: 'asc' } }),
    // Rows a forged create would add: stations and accounts named with this run's tag.
    Promise.all([db.station.count({ where: { name: { contains: world.tag } } }), db.user.count({ where: { email: { contains: world.tag } } })]),
  ]);
  const sessionsOf = await db.session.groupBy({ by: ['userId'], where: { userId: { in: accountIds } }, _count: true, orderBy: { userId: 'asc' } });
  return { stations, reports, photos, audit, users, forged, sessionsOf };
}

/**
 * The station writes on one station as a province admin's pages offer them,
 * ready to be posted by someone else: [label, page path, fields]. The photo
 * upload is not here: its form calls the action from client code (no fields
 * for a plain post), so the tamper spec drives it through the real form.
 */
export async function stationForms(w: World, province: Page, s: WorldStation, archived: WorldStation): Promise<[string, string, FormFields][]> {
  const edit = await harvestForms(province, `/admin/stations/${s.id}`);
  const restore = await harvestForms(province, `/admin/stations/${archived.id}`);
  const photos = await harvestForms(province, `/admin/photos/${s.id}`);
  // One decide form per open report; any of them, pointed at this station's report.
  const decide = withValues(firstFormWith(await harvestForms(province, '/admin/reports'), 'reportId'), { reportId: s.reportId });
  return [
    ['edit', `/admin/stations/${s.id}`, withValues(formWith(edit, 'version'), { name: `改名${w.tag}`, saveAnyway: '1' })],
    ['verify', `/admin/stations/${s.id}`, formWith(edit, 'mark', 'verify')],
    ['archive', `/admin/stations/${s.id}`, formWith(edit, 'mark', 'archive')],
    ['restore', `/admin/stations/${archived.id}`, formWith(restore, 'mark', 'restore')],
    ['photo delete', `/admin/photos/${s.id}`, withValues(formWith(photos, 'photoId'), { photoId: s.photoId })],
    // With the reply an answer needs, so that only scope can refuse them.
    ['report resolve', '/admin/reports', withValues(decide, { decision: 'resolve', note: '已处理' })],
    ['report dismiss', '/admin/reports', withValues(decide, { decision: 'dismiss', note: '不属实' })],
  ];
}

/** The report queue page that shows the text, or null (the queue is oldest first, and other specs add reports). */
export async function queuePageWith(page: Page, text: string): Promise<string | null> {
  for (let n = 1; n < 100; n++) {
    const path = `/admin/reports?page=${n}`;
    const html = await (await page.request.get(path)).text();
    if (html.includes(text)) return path;
    if (!html.includes(`/admin/reports?page=${n + 1}`)) return null;
  }
  return null;
}
