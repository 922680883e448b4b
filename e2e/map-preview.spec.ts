import { expect, test } from './fixtures';

// On a phone the home page opens on a server-drawn picture of the province and
// loads Leaflet only when the worker touches the map or picks a station; wide
// screens and links to a place get the live map at once.

const liveMap = (page: import('@playwright/test').Page) => page.getByRole('region', { name: '站点地图' });

test('a phone opens on the province picture, without the map script, and the map goes live when touched', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'the picture is the phone layout');
  const mapScripts: string[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script' && /L\.version|leaflet-container/.test(await res.text().catch(() => ''))) mapScripts.push(res.url());
  });
  await page.goto('/');
  const open = page.getByRole('button', { name: '点按打开地图' });
  await expect(open).toBeVisible();
  // Cluster counts drawn on the server, in the page as text.
  await expect(open.locator('text').first()).toHaveText(/^\d+k?$/);
  await expect(page.getByRole('link', { name: /./ }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(mapScripts).toEqual([]);
  await expect(liveMap(page)).toHaveCount(0);

  await open.click();
  await expect(liveMap(page)).toBeVisible();
  await expect(page.getByRole('button', { name: /个站点，点击放大/ }).first()).toBeAttached();
  expect(mapScripts.length).toBeGreaterThan(0);
  await expect(open).toHaveCount(0);
});

test('picking a station from the list on a phone opens the live map on it', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'the picture is the phone layout');
  await page.goto('/');
  await expect(page.getByRole('button', { name: '点按打开地图' })).toBeVisible();
  const first = page.locator('.station-list').getByRole('link').first();
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(liveMap(page)).toBeVisible();
  await expect(page).toHaveURL(/[?&]s=/);
});

test('a wide screen and a link to a place get the live map at once', async ({ page }, info) => {
  if (info.project.name === 'desktop') {
    await page.goto('/en');
    await expect(page.getByRole('region', { name: 'Station map' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open the map' })).toHaveCount(0);
  }
  await page.goto('/?at=28.68,115.89,9');
  await expect(liveMap(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '点按打开地图' })).toHaveCount(0);
});
