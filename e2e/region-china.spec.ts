import { expect, test } from './fixtures';

// The home page with DEFAULT_REGION=100000 (all of China). The server must be started with it:
// `DEFAULT_REGION=100000 npx playwright test e2e/region-china.spec.ts` (Playwright passes its
// environment to the server it starts). Under the default (Jiangxi) these tests are skipped.
test.skip(process.env.DEFAULT_REGION !== '100000', 'needs a server started with DEFAULT_REGION=100000');

test('a wide screen opens on all of China, drawn as its provinces, and zooms into one province\'s cities', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'the live map at once is the wide layout');
  await page.goto('/');
  await expect(page.getByRole('region', { name: '站点地图' })).toBeVisible();
  await expect.poll(() => page.locator('path.boundary-province').count()).toBe(31);
  await expect(page.locator('path.boundary-prefecture')).toHaveCount(0);
  // Zhengzhou, from the URL: Henan's 18 cities (17 and 济源), not the provinces.
  await page.goto('/?at=34.7,113.63,8');
  await expect.poll(() => page.locator('path.boundary-prefecture').count()).toBe(18);
  await expect(page.locator('path.boundary-province')).toHaveCount(0);
});

test('a phone opens on a server-drawn picture of China', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'the picture is the phone layout');
  await page.goto('/');
  const open = page.getByRole('button', { name: '点按打开地图' });
  await expect(open).toBeVisible();
  // China is wider than tall, Jiangxi taller than wide.
  const [, , w, h] = ((await open.locator('svg').getAttribute('viewBox')) ?? '').split(' ').map(Number);
  expect(w!).toBeGreaterThan(h!);
  await expect(open.locator('text').first()).toHaveText(/^\d+k?$/);
});
