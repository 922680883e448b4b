import { expect, test } from './fixtures';

// Chinese at "/", English at "/en", switched from the header; every visible string translated.
test('switching to English translates the page and keeps working', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('示例数据：')).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en(\?|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /Locate me/ })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
  await expect(page.getByText(/^Sample data:/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Stations in the map view/ })).toBeVisible();
  // No Chinese UI text is left outside the data (station and place names).
  const chrome = await page.locator('.brand, form, .list-heading, .circle-control, .assumptions, .sample-notice').allInnerTexts();
  expect(chrome.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  await page.locator('.station-list a').first().click();
  await expect(page.getByRole('navigation', { name: 'Navigate' }).getByRole('link', { name: 'Baidu Maps' })).toBeVisible();
  await expect(page.getByText('Opening hours')).toBeVisible();
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
