import { randomUUID } from 'node:crypto';
import { asAdmin, testDb } from '../admin-fixtures';
import { expect, seedStation, test } from '../fixtures';
import { field, freePoint, saveAndWait } from './stations-helpers';

// Every text field of a station is shown as text on the admin pages, never as HTML.

test('markup in every text field renders as text on the list, edit and history pages', async ({ page }) => {
  const county = '361025'; // 乐安县
  await asAdmin(page, 'county', county);
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const token = randomUUID().slice(0, 8);
  const evil = (n: number) => `X${token}<img src=x onerror="window.__xss=${n}"><script>window.__xss=${n}</script>"'&amp;`;
  const s = await seedStation({
    ...(await freePoint(county)), countyCode: county, name: evil(1), address: evil(2), operator: evil(3), phone: '0794-1234567',
  });
  await testDb().station.update({ where: { id: s.id }, data: { notes: evil(4) } });

  await page.goto(`/admin?q=X${token}`);
  await expect(page.getByRole('link', { name: evil(1) })).toBeVisible();
  await page.getByRole('link', { name: evil(1) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`编辑站点：${evil(1)}`);
  await expect(field(page, '名称')).toHaveValue(evil(1));
  await expect(field(page, '地址')).toHaveValue(evil(2));
  await expect(field(page, '管理单位（工会）')).toHaveValue(evil(3));
  await expect(field(page, '备注（仅管理员可见）')).toHaveValue(evil(4));

  await field(page, '名称').fill(evil(5));
  await saveAndWait(page);
  await page.getByRole('link', { name: '修改历史' }).click();
  await expect(page.getByRole('table').getByRole('listitem')).toHaveText([`名称: ${evil(1)} → ${evil(5)}`]);

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
