import type { Page } from '@playwright/test';
import { E2E_DATABASE_URL } from '../env';
import { expect, offset, seedStation, spot, test, waitForStation } from '../fixtures';
import { type AppServer, startApp } from '../support/app-server';
import { axeViolations } from '../support/axe';
import { freePort } from '../support/ports';

// Care mode (关怀模式): an older sanitation worker turns it on from the header, gets large text and one big
// button, taps it and sees the three nearest open stations with "去这里"; the mode stays on this phone
// (a cookie) on every page until turned off. Offline, the same button answers from the kept stations.

const bodyPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const switchOn = (page: Page) => page.getByRole('link', { name: '关怀模式：开' });
const switchOff = (page: Page) => page.getByRole('link', { name: '关怀模式：关' });
const nearestButton = (page: Page) => page.getByRole('button', { name: '最近的开放驿站' });
/** The map's pane and its picture or live map: none on the care first screen. */
const mapParts = (page: Page) => page.locator('.map-pane, .map-preview, .leaflet-container');

/** Opening hours that are closed now (an hour's window half a day away, station time). */
function closedNowHours(): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
  const from = (hour + 12) % 24;
  const pad = (h: number) => String(h).padStart(2, '0');
  return `Mo-Su ${pad(from)}:00-${pad(from + 1)}:00`;
}

async function expectTapTarget(page: Page, locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  expect(box!.height).toBeGreaterThanOrEqual(48);
}

test('care mode: large text, the nearest three open stations with "去这里", no map unless asked, kept until turned off', async ({ page, context }, info) => {
  test.setTimeout(120_000);
  const me = spot(49, info);
  const tag = `${info.project.name}-${Date.now()}`;
  const near = await seedStation({ ...offset(me, 200, 0), name: `关怀近站 ${tag}` });
  const mid = await seedStation({ ...offset(me, 0, 600), name: `关怀中站 ${tag}` });
  const far = await seedStation({ ...offset(me, -900, 0), name: `关怀远站 ${tag}` });
  // Nearest of all, but closed at this hour: "nearest open" leaves it out.
  const closed = await seedStation({ ...offset(me, 50, 0), name: `关怀未开站 ${tag}`, openingHours: closedNowHours() });
  await waitForStation(page, closed.id, me.lat, me.lng);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: me.lat, longitude: me.lng });

  await page.goto('/');
  expect(await bodyPx(page)).toBeLessThan(18);
  await switchOff(page).click();
  await expect(switchOn(page)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect(await bodyPx(page)).toBeGreaterThanOrEqual(18);
  await expect(page.getByRole('heading', { level: 1, name: '找离我最近的驿站' })).toBeVisible();
  await expect(nearestButton(page)).toBeVisible();
  await expectTapTarget(page, nearestButton(page));
  await expectTapTarget(page, switchOn(page));
  await expect(mapParts(page)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await nearestButton(page).click();
  const results = page.getByRole('region', { name: '离你最近的开放驿站' });
  const items = results.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0).getByRole('link', { name: near.name, exact: true })).toBeVisible();
  await expect(items.nth(1).getByRole('link', { name: mid.name, exact: true })).toBeVisible();
  await expect(items.nth(2).getByRole('link', { name: far.name, exact: true })).toBeVisible();
  await expect(results).not.toContainText(closed.name);
  // 200 m straight line × 1.25 detour at 5 km/h = 3 minutes on foot.
  await expect(items.nth(0)).toContainText('距离 200米');
  await expect(items.nth(0)).toContainText('步行约 3 分钟');
  const go = items.nth(0).getByRole('link', { name: /^去这里/ });
  await expect(go).toHaveText('去这里');
  await expectTapTarget(page, go);
  const amap = new URL((await go.getAttribute('href'))!);
  expect(amap.hostname).toBe('uri.amap.com');
  expect(amap.searchParams.get('name')).toBe(near.name);
  for (const i of [1, 2]) await expect(items.nth(i).getByRole('link', { name: /^去这里/ })).toBeVisible();
  await expect(mapParts(page)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // The map when asked, still in care mode.
  await page.getByRole('link', { name: '显示地图' }).click();
  await expect(page).toHaveURL(/map=1/);
  await expect(page.locator('.map-pane')).toBeVisible();
  await expect(switchOn(page)).toBeVisible();

  // Remembered on the device: after a reload, on the other public pages and on the station page.
  await page.goto('/');
  await page.reload();
  await expect(nearestButton(page)).toBeVisible();
  await expect(mapParts(page)).toHaveCount(0);
  for (const path of ['/coverage', '/stats', '/api-docs']) {
    await page.goto(path);
    await expect(switchOn(page), path).toBeVisible();
    expect(await bodyPx(page), path).toBeGreaterThanOrEqual(18);
  }
  await page.goto('/en');
  await expect(page.getByRole('link', { name: 'Care mode: on' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nearest open station' })).toBeVisible();

  await page.goto(`/stations/${near.id}`);
  await expect(page.getByRole('heading', { level: 1, name: near.name })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/(^|\s)care(\s|$)/);
  await expect(switchOn(page)).toBeVisible();
  expect(await bodyPx(page)).toBeGreaterThanOrEqual(18);
  await expectTapTarget(page, page.getByRole('button', { name: '开着，我在这儿' }).first());
  expect(await axeViolations(page)).toEqual([]);

  // Turned off on the station page: back on the same page, small text, and the map again at home.
  await switchOn(page).click();
  await expect(page).toHaveURL(new RegExp(`/stations/${near.id}$`));
  await expect(switchOff(page)).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)care(\s|$)/);
  expect(await bodyPx(page)).toBeLessThan(18);
  await page.goto('/');
  await expect(nearestButton(page)).toHaveCount(0);
  await expect(page.locator('.map-pane')).toBeVisible();
  await expect(switchOff(page)).toBeVisible();
});

test('the care switch goes back only to a page of this site', async ({ page }) => {
  for (const back of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
    const res = await page.request.get(`/care?on=1&back=${encodeURIComponent(back)}`, { maxRedirects: 0 });
    expect(res.status(), back).toBe(303);
    expect(res.headers().location, back).toBe('/');
  }
  const res = await page.request.get(`/en/care?on=0&back=${encodeURIComponent('/en/stats?region=360000')}`, { maxRedirects: 0 });
  expect(res.headers().location).toBe('/en/stats?region=360000');
  expect(res.headers()['set-cookie']).toMatch(/^care=; Path=\/; Max-Age=0; SameSite=Lax/);
});

let app: AppServer | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test('care mode offline: the nearest open stations from those kept on the phone', async ({ page, context }, info) => {
  // Starting a server of its own takes a while on a busy machine (as e2e/offline.spec.ts).
  test.setTimeout(300_000);
  const me = spot(54, info);
  const tag = `${info.project.name}-${Date.now()}`;
  const near = await seedStation({ ...offset(me, 200, 0), name: `关怀离线近站 ${tag}` });
  const mid = await seedStation({ ...offset(me, 0, 600), name: `关怀离线中站 ${tag}` });
  const far = await seedStation({ ...offset(me, -900, 0), name: `关怀离线远站 ${tag}` });
  await waitForStation(page, far.id, me.lat, me.lng);
  app = await startApp({ port: await freePort(), databaseUrl: E2E_DATABASE_URL });
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: me.lat, longitude: me.lng });

  await page.goto(`${app.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await switchOff(page).click();
  await expect(nearestButton(page)).toBeVisible();
  await nearestButton(page).click();
  const items = page.getByRole('region', { name: '离你最近的开放驿站' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(near.name);
  await page.waitForLoadState('networkidle');

  await app.stop();
  // The care screen again from the worker's cache, then 100 m further south: a question never asked online.
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/(^|\s)care(\s|$)/);
  await expect(page.getByRole('status').filter({ hasText: /^离线，数据来自/ })).toBeVisible();
  const moved = offset(me, -100, 0);
  await context.setGeolocation({ latitude: moved.lat, longitude: moved.lng });
  await nearestButton(page).click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(near.name);
  await expect(items.nth(0)).toContainText('距离 300米');
  await expect(items.nth(1)).toContainText(mid.name);
  await expect(items.nth(2)).toContainText(far.name);
  await expect(items.nth(0).getByRole('link', { name: /^去这里/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
