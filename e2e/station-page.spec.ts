import { expect, offset, seedStation, spot, test, waitForStation } from './fixtures';

// Every station has a server-rendered page that works without JavaScript and
// carries share metadata; user text is always rendered as text.
test('station page works without JavaScript and has share metadata', async ({ browser }, info) => {
  const at = spot(3, info);
  const s = await seedStation({ ...at, name: `无脚本页面驿站 ${info.project.name}`, address: '测试路 88 号', amenities: ['toilet', 'first_aid'], phone: '0791-12345678' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto(`/stations/${s.id}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: s.name })).toBeVisible();
  await expect(page.getByText('测试路 88 号')).toBeVisible();
  await expect(page.getByText('卫生间')).toBeVisible();
  await expect(page.getByText('急救药箱')).toBeVisible();
  await expect(page.getByRole('link', { name: '0791-12345678' })).toHaveAttribute('href', 'tel:079112345678');
  for (const app of ['高德地图', '百度地图', '腾讯地图', '苹果地图']) await expect(page.getByRole('link', { name: app })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', s.name);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /工会驿站/);
  await expect(page).toHaveTitle(new RegExp(s.name));
  await context.close();
});

test('an unknown station is a 404 page', async ({ page }) => {
  const res = await page.goto('/stations/does-not-exist');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('a script in a station name renders as text on the panel and the page', async ({ page }, info) => {
  const at = spot(4, info);
  const evil = `<img src=x onerror="window.__xss=1">${info.project.name}`;
  const s = await seedStation({ ...offset(at, 50, 0), name: evil, address: '<script>window.__xss=2</script>' });
  await page.goto(`/stations/${s.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(evil);
  await expect(page.getByText('<script>window.__xss=2</script>')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.goto(`/?s=${s.id}&at=${s.lat},${s.lng},16`);
  await expect(page.getByRole('article').getByRole('heading', { name: evil })).toBeVisible();
  // The map marker carries the name (and whether it is open) as its title attribute, not as markup.
  await expect(page.getByRole('button', { name: `${evil} · 营业中`, exact: true })).toHaveCount(1);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a long unbroken station name wraps instead of widening the page', async ({ page }, info) => {
  const at = spot(8, info);
  const s = await seedStation({ ...at, name: `超长名称${'X'.repeat(150)}${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/?near=${at.lat},${at.lng}`);
  await expect(page.getByRole('link', { name: s.name })).toBeVisible();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await page.goto(`/stations/${s.id}`);
  const pageWidths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(pageWidths[0]).toBeLessThanOrEqual(pageWidths[1]!);
});
