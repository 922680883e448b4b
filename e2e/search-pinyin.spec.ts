import { test, expect } from '@playwright/test';

// The search box finds places by pinyin and shows division names in the page's language.

test('in English, "duchang" lists Duchang County and its stations, and centres the list on it', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('searchbox', { name: 'Search a county, city or station' }).fill('duchang');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.getByRole('list', { name: 'Search results' });
  const county = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Duchang County', exact: true }) });
  await expect(county).toContainText('Jiujiang City');
  // 都 read du as in the place's name, in station names too (the sample has stations named 都昌县…).
  await expect(results.getByRole('link', { name: /^都昌县/u }).first()).toBeVisible();
  await county.getByRole('link', { name: 'Duchang County', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Duchang County/ })).toBeVisible();
  await expect(page).toHaveURL(/place=Duchang(%20|\+)County/);
});

test('in Chinese, pinyin finds a city of another province, shown by its Chinese name', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: '搜索区县、城市或站点' }).fill('zhengzhou');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  const first = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText('郑州市');
  await expect(first).toContainText('河南省');
});
