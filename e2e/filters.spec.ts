import { expect, offset, seedStation, spot, test, waitForStation } from './fixtures';

// Filters narrow both the list and the map: kind, amenities (all of them),
// open now and 24-hour only.
test('filters: kind, amenities, open now, 24 hours', async ({ page }, info) => {
  const here = spot(1, info);
  const tag = `${info.project.name}-${Date.now()}`;
  const allDay = await seedStation({ ...offset(here, 100, 0), name: `全天驿站 ${tag}`, openingHours: '24/7', amenities: ['drinking_water', 'ebike_charging', 'microwave'] });
  const neverOpen = await seedStation({ ...offset(here, 200, 0), name: `停用时段驿站 ${tag}`, openingHours: 'off', amenities: ['drinking_water', 'ebike_charging'] });
  const daytime = await seedStation({ ...offset(here, 300, 0), name: `白天驿站 ${tag}`, openingHours: 'Mo-Su 00:00-24:00', amenities: ['drinking_water'] });
  const palace = await seedStation({ ...offset(here, 400, 0), name: `文化宫 ${tag}`, kind: 'cultural_palace', amenities: ['drinking_water', 'ebike_charging', 'microwave'] });
  await waitForStation(page, palace.id, here.lat, here.lng);

  await page.goto(`/?near=${here.lat},${here.lng}&place=${encodeURIComponent('测试地点')}`);
  const list = page.locator('.station-list');
  const mine = (name: string) => list.getByRole('link', { name });
  for (const s of [allDay, neverOpen, daytime, palace]) await expect(mine(s.name)).toBeVisible();

  const filters = page.getByRole('form', { name: '筛选' });
  await filters.getByRole('checkbox', { name: '现在开放' }).check();
  await expect(mine(neverOpen.name)).toHaveCount(0);
  await expect(mine(allDay.name)).toBeVisible();
  await expect(mine(daytime.name)).toBeVisible();
  await expect(page).toHaveURL(/openNow=1/);

  await filters.getByRole('checkbox', { name: '仅24小时开放' }).check();
  await expect(mine(allDay.name)).toBeVisible();
  await expect(mine(palace.name)).toBeVisible();

  await filters.locator('summary').click();
  await expect(filters.getByRole('group', { name: '设施（须全部具备）' })).toBeVisible();
  await filters.getByRole('checkbox', { name: '电动车电池充电' }).check();
  await filters.getByRole('checkbox', { name: '微波炉' }).check();
  await expect(mine(allDay.name)).toBeVisible();
  await expect(mine(palace.name)).toBeVisible();
  await expect(page).toHaveURL(/amenities=ebike_charging%2Cmicrowave|amenities=ebike_charging,microwave/);

  await filters.getByRole('combobox', { name: '类型' }).selectOption('cultural_palace');
  await expect(mine(palace.name)).toBeVisible();
  await expect(mine(allDay.name)).toHaveCount(0);

  await filters.getByRole('button', { name: '清除筛选' }).click();
  for (const s of [allDay, neverOpen, daytime, palace]) await expect(mine(s.name)).toBeVisible();
});

test('filters work without JavaScript through the plain form', async ({ browser }, info) => {
  const here = spot(2, info);
  const tag = `${info.project.name}-${Date.now()}`;
  const open = await seedStation({ ...offset(here, 100, 0), name: `无脚本开放 ${tag}`, openingHours: '24/7' });
  const closed = await seedStation({ ...offset(here, 200, 0), name: `无脚本关闭 ${tag}`, openingHours: 'off' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await waitForStation(page, closed.id, here.lat, here.lng);
  await page.goto(`/?near=${here.lat},${here.lng}`);
  await expect(page.getByRole('link', { name: closed.name })).toBeVisible();
  await page.getByRole('checkbox', { name: '现在开放' }).check();
  await page.getByRole('button', { name: '应用筛选' }).click();
  await expect(page).toHaveURL(/openNow=1/);
  await expect(page.getByRole('link', { name: open.name })).toBeVisible();
  await expect(page.getByRole('link', { name: closed.name })).toHaveCount(0);
  await context.close();
});
