import { expect, offset, seedStation, spot, test, waitForStation } from './fixtures';

// A worker taps "Locate me", gets the nearest stations with distance and
// minutes, opens one and hands off to a navigation app.
test('locate me → nearest list → detail panel → navigation links', async ({ page, context }, info) => {
  const me = spot(0, info);
  const tag = `${info.project.name}-${Date.now()}`;
  const near = await seedStation({ ...offset(me, 300, 0), name: `最近驿站 ${tag}`, amenities: ['drinking_water', 'ebike_charging'], phone: '0791-86668888' });
  const mid = await seedStation({ ...offset(me, 0, 900), name: `较近驿站 ${tag}` });
  const far = await seedStation({ ...offset(me, -2500, 0), name: `较远驿站 ${tag}` });
  await waitForStation(page, far.id, me.lat, me.lng);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: me.lat, longitude: me.lng });

  await page.goto('/');
  await page.getByRole('button', { name: /定位我/ }).click();
  await expect(page.getByRole('heading', { name: /离你最近的站点/ })).toBeVisible();
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: near.name }) });
  const names = list.getByRole('link');
  await expect(names.nth(0)).toHaveText(near.name);
  await expect(names.nth(1)).toHaveText(mid.name);
  await expect(names.nth(2)).toHaveText(far.name);
  // The nearest station comes into view by itself: on a phone the list sits below the map, the search box and
  // the filters, and the test does not scroll. Focus is on the list's heading, so a screen reader reads the answer.
  const first = list.getByRole('listitem').first();
  await expect(first).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('heading', { name: /离你最近的站点/ })).toBeFocused();
  // 300 m straight line × 1.25 detour at 5 km/h = 4.5 → 5 minutes on foot, 2 by e-bike.
  await expect(first).toContainText('300米');
  await expect(first).toContainText('步行约 5 分钟');
  await expect(first).toContainText('电动车约 2 分钟');
  await expect(page.getByText(/绕行系数/).first()).toBeVisible();
  await expect(page).toHaveURL(/near=/);

  await names.nth(0).click();
  const panel = page.getByRole('article', { name: near.name });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`s=${near.id}`));
  await expect(panel.getByText('工会驿站')).toBeVisible();
  await expect(panel.getByText('使用中')).toBeVisible();
  await expect(panel.getByText('电动车电池充电')).toBeVisible();
  await expect(panel.getByText(/24小时/).first()).toBeVisible();
  await expect(panel.getByRole('link', { name: '0791-86668888' })).toHaveAttribute('href', 'tel:079186668888');

  const nav = panel.getByRole('navigation', { name: '导航前往' });
  const baidu = new URL((await nav.getByRole('link', { name: '百度地图' }).getAttribute('href'))!);
  expect(baidu.searchParams.get('coord_type')).toBe('wgs84');
  const [bLat, bLng] = baidu.searchParams.get('location')!.split(',').map(Number);
  expect(bLat).toBeCloseTo(near.lat, 6);
  expect(bLng).toBeCloseTo(near.lng, 6);
  const tencent = new URL((await nav.getByRole('link', { name: '腾讯地图' }).getAttribute('href'))!);
  expect(tencent.searchParams.get('coord_type')).toBe('1');
  const amap = new URL((await nav.getByRole('link', { name: '高德地图' }).getAttribute('href'))!);
  const [gLng, gLat] = amap.searchParams.get('position')!.split(',').map(Number);
  // GCJ-02 in Jiangxi is shifted by a few hundred metres from WGS-84.
  const shiftM = Math.hypot((gLat! - near.lat) * 111_320, (gLng! - near.lng) * 111_320 * Math.cos((near.lat * Math.PI) / 180));
  expect(shiftM).toBeGreaterThan(100);
  expect(shiftM).toBeLessThan(1000);
  const apple = new URL((await nav.getByRole('link', { name: '苹果地图' }).getAttribute('href'))!);
  expect(apple.searchParams.get('ll')).toBe(`${gLat},${gLng}`);
});

test('without geolocation the worker searches a county and gets the list around it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /定位我/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '无法获取你的位置' })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索区县、城市或站点' }).fill('东湖');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: '东湖区', exact: true }).click();
  await expect(page.getByRole('heading', { name: /东湖区附近的站点/ })).toBeVisible();
  const first = page.locator('.station-list li').first();
  await expect(first).toContainText('步行约');
  await expect(page).toHaveURL(/place=%E4%B8%9C%E6%B9%96%E5%8C%BA|place=东湖区/);
});
