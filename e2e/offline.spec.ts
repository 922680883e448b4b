import type { Page } from '@playwright/test';
import { E2E_DATABASE_URL } from './env';
import { expect, offset, seedStation, spot, test, waitForStation } from './fixtures';
import { type AppServer, startApp } from './support/app-server';
import { axeViolations } from './support/axe';
import { freePort } from './support/ports';

// A worker opens the map once with signal, views an area and a station, then
// loses the network: the station page, the map's list and "locate me" keep
// working from what the phone kept, and the page says the data is old.
// The network really goes away: the test starts its own server and stops it
// (context.setOffline does not cover the service worker's own fetches everywhere).

let app: AppServer | undefined;

// Where "locate me" puts the worker: south of the viewed area, nearest the far station.
test.use({
  permissions: ['geolocation'],
  geolocation: async ({}, provide, info) => {
    const me = offset(spot(12, info), -1100, 0);
    await provide({ latitude: me.lat, longitude: me.lng });
  },
});

test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/**
 * The opening-hours chunk is in the worker's cache: the page fetches it when idle after a list answer
 * (components/explorer/device-hours.ts), so offline "open now" can read the kept stations' hours.
 */
async function hoursChunkCached(page: Page) {
  // A message of lib/hours.ts and a holiday of the opening_hours library it imports (one chunk or two).
  const markers = ['School holidays (SH) are not supported', 'Vacances de Nadal'];
  await expect.poll(() => page.evaluate(async (want) => {
    const found = new Set<string>();
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        if (!new URL(req.url).pathname.endsWith('.js')) continue;
        const text = (await (await cache.match(req))?.text()) ?? '';
        for (const m of want) if (text.includes(m)) found.add(m);
      }
    }
    return found.size === want.length;
  }, markers), { timeout: 30_000 }).toBe(true);
}

/** The cache entry for `url` exists (the worker stores it just after answering). */
async function cached(page: Page, url: string) {
  await expect.poll(() => page.evaluate(async (u) => !!(await caches.match(u)), url)).toBe(true);
}

test('offline: station page, map list and nearest from the cache, with a notice', async ({ page }, info) => {
  // Starting a server of its own takes a while on a busy machine.
  test.setTimeout(300_000);
  const centre = spot(12, info);
  const stamp = Date.now();
  const tag = `${info.project.name}-${stamp}`;
  const near = await seedStation({ ...offset(centre, 300, 0), name: `离线近站 ${tag}` });
  const mid = await seedStation({ ...offset(centre, 0, 700), name: `离线中站 ${tag}` });
  // Open by day only, and further than the others from the centre and from "me": last in every list.
  const day = await seedStation({ ...offset(centre, 0, -1200), name: `离线白天站 ${info.project.name}·${stamp}`, openingHours: 'Mo-Su 08:00-18:00' });
  const far = await seedStation({ ...offset(centre, -1000, 0), name: `离线远站 ${tag}` });
  await waitForStation(page, far.id, centre.lat, centre.lng);
  app = await startApp({ port: await freePort(), databaseUrl: E2E_DATABASE_URL });
  const home = `${app.url}/?at=${centre.lat},${centre.lng},14`;

  await page.goto(`${app.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(home);
  const list = page.locator('.station-list');
  const names = list.getByRole('link');
  await expect(names.nth(0)).toHaveText(near.name);
  await expect(names.nth(1)).toHaveText(mid.name);
  await expect(names.nth(2)).toHaveText(far.name);
  await expect(names.nth(3)).toHaveText(day.name);
  await hoursChunkCached(page);
  // Nothing is old yet.
  await expect(page.getByRole('status').filter({ hasText: '离线' })).toHaveCount(0);

  await names.nth(0).click();
  await page.getByRole('link', { name: '站点页面（可分享）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: near.name })).toBeVisible();
  await cached(page, page.url());
  await page.waitForLoadState('networkidle');

  await app.stop();
  const offlineNotice = page.getByRole('status').filter({ hasText: /^离线，数据来自 .*\d{1,2}:\d{2}/ });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: near.name })).toBeVisible();
  await expect(offlineNotice).toBeVisible();

  await page.goto(home);
  await expect(offlineNotice).toBeVisible();
  await expect(names.filter({ hasText: tag })).toHaveText([near.name, mid.name, far.name]);
  // The map keeps the markers of the last area it showed (zoomed in on the near station).
  await expect(page.getByRole('button', { name: near.name })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /定位我/ }).click();
  await expect(page.getByRole('heading', { name: /离你最近的站点/ })).toBeVisible();
  await expect(names.nth(0)).toHaveText(far.name);
  // 100 m from the far one; the middle one (1.3 km) now comes before the near one (1.4 km).
  await expect(names.nth(1)).toHaveText(mid.name);
  await expect(names.nth(2)).toHaveText(near.name);
  await expect(list.getByRole('listitem').first()).toContainText('100米');
  await expect(offlineNotice).toBeVisible();

  // The English map page was kept when the worker installed, though it was never opened.
  await page.goto(`${app.url}/en`);
  await expect(page.getByRole('status').filter({ hasText: /^Offline — data from .*\d{1,2}:\d{2}/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Locate me/ })).toBeVisible();

  // "Open now" and "24 hours" go by the phone's clock and each kept station's hours, whatever they were when kept.
  await page.goto(home);
  const mine = names.filter({ hasText: tag });
  const dayOnly = names.filter({ hasText: day.name });
  await expect(mine).toHaveText([near.name, mid.name, far.name]);
  await expect(dayOnly).toHaveCount(1);
  const filters = page.getByRole('form', { name: '筛选' });
  const openNow = filters.getByRole('checkbox', { name: '现在开放' });
  const allDay = filters.getByRole('checkbox', { name: '仅24小时开放' });
  await page.clock.setFixedTime(new Date('2026-12-07T03:00:00+08:00'));
  await openNow.check();
  await expect(dayOnly).toHaveCount(0);
  await expect(mine).toHaveText([near.name, mid.name, far.name]);
  await page.clock.setFixedTime(new Date('2026-12-07T12:00:00+08:00'));
  await allDay.check();
  await expect(page).toHaveURL(/h24=1/);
  await expect(mine).toHaveText([near.name, mid.name, far.name]);
  // Open now at noon: the day station is back (it was left out at 03:00)...
  await allDay.uncheck();
  await expect(dayOnly).toHaveCount(1);
  // ...but it is not open around the clock.
  await allDay.check();
  await expect(dayOnly).toHaveCount(0);
  await expect(mine).toHaveText([near.name, mid.name, far.name]);
  await expect(offlineNotice).toBeVisible();
});
