import type { Page } from '@playwright/test';
import { E2E_DATABASE_URL } from '../env';
import { expect, offset, seedStation, spot, test, waitForStation } from '../fixtures';
import { type AppServer, startApp } from '../support/app-server';
import { freePort } from '../support/ports';

// A worker with no account keeps the stations that matter on the phone: 收藏 in the map's panel or on the
// station page, "只看收藏" beside the list (nearest first), "最近看过"; all from the phone's storage, so they
// work offline. As in offline.spec.ts the network really goes away: the test starts a server of its own and
// stops it (context.setOffline does not cover the service worker's own fetches everywhere).

let app: AppServer | undefined;

test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/** The cache entry for `url` exists (the worker stores it just after answering). */
async function cached(page: Page, url: string) {
  await expect.poll(() => page.evaluate(async (u) => !!(await caches.match(u)), url)).toBe(true);
}

test('a favourite saved in the panel stays listed over a reload and offline, opens there, and goes when removed', async ({ page }, info) => {
  // Starting a server of its own takes a while on a busy machine.
  test.setTimeout(300_000);
  const at = spot(45, info);
  const s = await seedStation({ ...offset(at, 200, 0), name: `收藏驿站 ${info.project.name}-${Date.now()}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  app = await startApp({ port: await freePort(), databaseUrl: E2E_DATABASE_URL });

  await page.goto(`${app.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${app.url}/?s=${s.id}&at=${s.lat},${s.lng},16`);
  await expect(page.getByRole('heading', { level: 2, name: s.name })).toBeVisible();
  const save = page.getByRole('button', { name: new RegExp(`收藏\\s?：${s.name}`) });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toContainText('已收藏');
  await cached(page, `${app.url}/api/stations/${s.id}`);

  const savedOnly = page.getByRole('button', { name: '只看收藏' });
  const favourites = page.getByRole('region', { name: /^我的收藏/ });
  const recent = page.getByRole('region', { name: '最近看过', exact: true });
  await page.getByRole('button', { name: '返回列表' }).click();
  await savedOnly.click();
  await expect(savedOnly).toHaveAttribute('aria-pressed', 'true');
  await expect(favourites.getByRole('link', { name: s.name })).toBeVisible();
  // With the list's distance and times (the map is centred on the station).
  await expect(favourites.getByRole('listitem').filter({ hasText: s.name })).toContainText(/\d+米 · 步行约 \d+ 分钟/);
  await expect(recent.getByRole('link', { name: s.name })).toBeVisible();

  await page.reload();
  await savedOnly.click();
  await expect(favourites.getByRole('link', { name: s.name })).toBeVisible();
  await cached(page, `${app.url}/`);
  await page.waitForLoadState('networkidle');

  await app.stop();
  await page.reload();
  await savedOnly.click();
  await expect(favourites.getByRole('link', { name: s.name })).toBeVisible();
  await expect(recent.getByRole('link', { name: s.name })).toBeVisible();
  // It opens in the panel from what the worker kept.
  await favourites.getByRole('link', { name: s.name }).click();
  await expect(page.getByRole('heading', { level: 2, name: s.name })).toBeVisible();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(save).not.toContainText('已收藏');

  // Back in the saved view (kept while the panel was open): gone from the favourites, still viewed lately.
  await page.getByRole('button', { name: '返回列表' }).click();
  await expect(savedOnly).toHaveAttribute('aria-pressed', 'true');
  await expect(favourites.getByRole('link', { name: s.name })).toHaveCount(0);
  await expect(favourites).toContainText('还没有收藏');
  await expect(recent.getByRole('link', { name: s.name })).toBeVisible();

  // One more tap: the list of the map again.
  await savedOnly.click();
  await expect(savedOnly).toHaveAttribute('aria-pressed', 'false');
  await expect(favourites).toHaveCount(0);
});

test('the station page saves a favourite with its own button; the map lists the favourites nearest first', async ({ page }, info) => {
  const centre = spot(46, info);
  const tag = `${info.project.name}-${Date.now()}`;
  const far = await seedStation({ ...offset(centre, 0, 1000), name: `收藏远站 ${tag}` });
  const near = await seedStation({ ...offset(centre, 300, 0), name: `收藏近站 ${tag}` });

  for (const s of [far, near]) {
    await page.goto(`/stations/${s.id}`);
    const save = page.getByRole('button', { name: new RegExp(`收藏\\s?：${s.name}`) });
    await expect(save).toHaveAttribute('aria-pressed', 'false');
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    await expect(save).toContainText('已收藏');
  }
  // The page shows what the phone holds.
  await page.reload();
  await expect(page.getByRole('button', { name: new RegExp(`收藏\\s?：${near.name}`) })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`/?at=${centre.lat},${centre.lng},15`);
  await page.getByRole('button', { name: '只看收藏' }).click();
  const favourites = page.getByRole('region', { name: /^我的收藏/ });
  await expect(favourites.getByRole('link')).toHaveText([near.name, far.name]);
  await expect(favourites.getByRole('listitem').first()).toContainText('300米');
  // Viewed on their pages, the latest first.
  await expect(page.getByRole('region', { name: '最近看过', exact: true }).getByRole('link')).toHaveText([near.name, far.name]);
  // Keyboard and screen readers take the list's path: a link that opens the panel.
  await favourites.getByRole('link', { name: near.name }).click();
  await expect(page.getByRole('heading', { level: 2, name: near.name })).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`收藏\\s?：${near.name}`) })).toHaveAttribute('aria-pressed', 'true');
});
