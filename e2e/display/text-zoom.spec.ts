import type { Page } from '@playwright/test';
import { expect, seedStation, test } from '../fixtures';
import { expectFits, expectNoHorizontalScroll, expectNoOverlap } from './layout-helpers';

// WCAG 1.4.4: text enlarged to 200 % (the browser's text-size setting scales
// the root font size, which every rem and em in the CSS follows) must not
// push the page sideways, cut words off or stack controls on each other.

async function enlargeText(page: Page) {
  await page.addStyleTag({ content: 'html { font-size: 200% }' });
  // The setting really took: body text is now 32 px.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
}

async function expectHeaderFits(page: Page) {
  const nav = page.getByRole('navigation', { name: '主导航' });
  const links = ['地图', '15分钟服务圈覆盖', '统计', '开放接口'].map((name) => nav.getByRole('link', { name }));
  for (const link of links) await expectFits(page, link);
  await expectFits(page, page.getByRole('link', { name: 'English' }));
  await expectNoOverlap([...links, page.getByRole('link', { name: 'English' })]);
}

test('the map page at 200 % text: list, locate and filters usable, nothing sideways', async ({ page }) => {
  await page.goto('/');
  await enlargeText(page);
  await expectNoHorizontalScroll(page);
  await expectHeaderFits(page);
  const list = page.getByRole('region', { name: /地图范围内的站点/ });
  await expectFits(page, list.getByRole('heading', { level: 2 }));
  await expectFits(page, page.getByRole('button', { name: '定位我' }));
  const filters = page.getByRole('form', { name: '筛选' });
  await filters.scrollIntoViewIfNeeded();
  await expectFits(page, filters.getByRole('combobox', { name: '类型' }));
  await expectFits(page, filters.getByRole('button', { name: '应用筛选' }));
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expectFits(page, list.getByRole('listitem').first());
  await expectNoHorizontalScroll(page);
});

test('a station page at 200 % text', async ({ page }, info) => {
  const s = await seedStation({ name: `放大文字驿站 ${info.project.name}`, lat: 28.62, lng: 115.94, amenities: ['toilet', 'drinking_water', 'first_aid'] });
  await page.goto(`/stations/${s.id}`);
  await enlargeText(page);
  await expectNoHorizontalScroll(page);
  await expectHeaderFits(page);
  await expectFits(page, page.getByRole('heading', { level: 1, name: s.name }));
  await expectFits(page, page.getByRole('link', { name: /回到地图/ }));
  const navLinks = page.getByRole('navigation', { name: '导航前往' }).getByRole('link');
  expect(await navLinks.count()).toBeGreaterThan(0);
  for (const link of await navLinks.all()) await expectFits(page, link);
  await expectNoOverlap(await navLinks.all());
});

test('the coverage page at 200 % text: tables scroll in their own box, the page does not', async ({ page }) => {
  await page.goto('/coverage');
  await enlargeText(page);
  await expectNoHorizontalScroll(page);
  await expectHeaderFits(page);
  await expectFits(page, page.getByRole('heading', { level: 1 }));
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});
