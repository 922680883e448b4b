import { expect, offset, seedStation, spot, test, waitForStation } from './fixtures';

// The map: markers open the panel, clusters zoom in, the view and selection
// live in the URL, the 15-minute circle layer, and boundaries without tiles.
test('marker opens the panel; selection and view are in the URL; back closes it', async ({ page }, info) => {
  const at = spot(5, info);
  const s = await seedStation({ ...offset(at, 10, 10), name: `地图标记驿站 ${info.project.name}-${Date.now()}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/?at=${at.lat},${at.lng},16`);
  const marker = page.getByRole('button', { name: s.name });
  await marker.click();
  await expect(page.getByRole('article', { name: s.name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`s=${s.id}`));
  await page.goBack();
  await expect(page.getByRole('article', { name: s.name })).toHaveCount(0);
  await expect(page).not.toHaveURL(/s=/);
  await page.goForward();
  await expect(page.getByRole('article', { name: s.name })).toBeVisible();
  // A shared link opens the same station.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole('article', { name: s.name })).toBeVisible();
});

test('markers are reachable from the keyboard', async ({ page }, info) => {
  const at = spot(6, info);
  const s = await seedStation({ ...at, name: `键盘驿站 ${info.project.name}-${Date.now()}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/?at=${at.lat},${at.lng},16`);
  const marker = page.getByRole('button', { name: s.name });
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: s.name })).toBeVisible();
});

test('the panel takes the focus when opened from the list and gives it back when closed', async ({ page }, info) => {
  const at = spot(11, info);
  const s = await seedStation({ ...at, name: `焦点驿站 ${info.project.name}-${Date.now()}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/?at=${at.lat},${at.lng},16`);
  const entry = page.getByRole('link', { name: s.name });
  await entry.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('article', { name: s.name });
  await expect(panel).toBeVisible();
  // A screen reader lands on what was opened, not on the top of the page.
  await expect.poll(() => panel.evaluate((el) => !!document.activeElement?.contains(el))).toBe(true);
  await page.getByRole('button', { name: '返回列表' }).press('Enter');
  await expect(page.getByRole('link', { name: s.name })).toBeFocused();
});

test('a marker says open, closed or out of service in words, not by colour alone', async ({ page }, info) => {
  const at = spot(31, info);
  const tag = `${info.project.name}-${Date.now()}`;
  const open = await seedStation({ ...at, name: `开着的驿站 ${tag}` });
  const shut = await seedStation({ ...offset(at, 60, 0), name: `关着的驿站 ${tag}`, openingHours: 'Mo-Su off' });
  const paused = await seedStation({ ...offset(at, 0, 60), name: `暂停的驿站 ${tag}`, status: 'suspended' });
  await waitForStation(page, paused.id, at.lat, at.lng);
  // all=1: stations out of service are shown too (the default shows those in use).
  await page.goto(`/?at=${at.lat},${at.lng},17&all=1`);
  await expect(page.getByRole('button', { name: open.name })).toHaveAccessibleName(`${open.name} · 营业中`);
  await expect(page.getByRole('button', { name: shut.name })).toHaveAccessibleName(`${shut.name} · 现在不开放`);
  await expect(page.getByRole('button', { name: paused.name })).toHaveAccessibleName(`${paused.name} · 目前不提供服务`);
});

test('a cluster zooms in when selected, and the zoom is written to the URL', async ({ page }) => {
  await page.goto('/?at=28.68,115.89,9');
  // Markers are loaded a little beyond the screen's edge; take one on screen.
  const map = (await page.getByRole('region', { name: '站点地图' }).boundingBox())!;
  const clusters = page.getByRole('button', { name: /个站点，点击放大/ });
  await expect(clusters.first()).toBeAttached();
  let onScreen = -1;
  for (let i = 0; onScreen < 0 && i < (await clusters.count()); i++) {
    const b = await clusters.nth(i).boundingBox();
    if (b && b.x > map.x + 20 && b.y > map.y + 20 && b.x + b.width < map.x + map.width - 20 && b.y + b.height < map.y + map.height - 20) onScreen = i;
  }
  expect(onScreen).toBeGreaterThanOrEqual(0);
  await clusters.nth(onScreen).click();
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('at')?.split(',')[2])).toBeGreaterThan(9);
});

test('15-minute circles around stations in use, with the assumption in the legend', async ({ page }, info) => {
  const at = spot(7, info);
  const s = await seedStation({ ...at, name: `服务圈驿站 ${info.project.name}-${Date.now()}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/?at=${at.lat},${at.lng},14`);
  await expect(page.getByRole('button', { name: s.name })).toBeVisible();
  const circles = page.locator('path.service-circle');
  await expect(circles).toHaveCount(0);
  await page.getByRole('radio', { name: '步行' }).check();
  await expect(page.getByText(/1\.0 公里/)).toBeVisible();
  await expect(circles.first()).toBeVisible();
  await expect(page).toHaveURL(/circle=walk/);
  await page.getByRole('radio', { name: '电动车' }).check();
  await expect(page.getByText(/3\.0 公里/)).toBeVisible();
});

test('without tiles the map still shows the county boundaries', async ({ page }, info) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto('/');
  // A phone opens on the province picture (map-preview.spec.ts); the live map starts when touched.
  if (info.project.name === 'phone') await page.getByRole('button', { name: '点按打开地图' }).click();
  await expect(page.getByRole('status').filter({ hasText: '底图无法加载' })).toBeVisible();
  await expect.poll(() => page.locator('path.boundary-county').count()).toBeGreaterThan(90);
  await expect(page.locator('path.boundary-prefecture')).toHaveCount(11);
});
