import { randomUUID } from 'node:crypto';
import { expect, offset, spot, test } from '../fixtures';
import { asAdmin, testDb } from '../admin-fixtures';
import { fromWgs84 } from '../../lib/geo/crs';

// A union list as it comes (issue 17, item 6): GCJ-02 columns named as such, a
// header the importer does not know (服务时段), a kind word it does not know
// (司机之家), Chinese hours and a masked phone. The admin maps the header and
// the word in the preview, dry-runs again, imports; the next dry run of the
// same file reads it with the remembered choices.

test('map an unknown header and an unknown kind word in the preview, then import', async ({ page }, info) => {
  test.setTimeout(90_000);
  await asAdmin(page, 'province');
  await page.goto('/admin/import');

  const tag = randomUUID().slice(0, 8);
  const a = spot(24, info);
  const b = offset(a, 250, -150);
  const gcj = (p: { lat: number; lng: number }) => fromWgs84(p.lng, p.lat, 'gcj02').join(',');
  const csv = [
    '站点名称,类型,gcj02_lng,gcj02_lat,服务时段,联系电话',
    `司机驿站${tag},司机之家,${gcj(a)},周一至周五 09:00-17:00,138****5596`,
    `爱心驿站${tag},爱心驿站,${gcj(b)},24小时,`,
  ].join('\r\n');
  const file = { name: `工会名单-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) };

  await page.getByLabel('文件', { exact: true }).setInputFiles(file);
  // The file's headers name GCJ-02: that wins over this setting, and the preview says so.
  await page.getByLabel('文件中的坐标系').selectOption('wgs84');
  await page.getByRole('button', { name: '试运行' }).click();
  const preview = page.getByRole('region', { name: `试运行结果：${file.name}` });
  await expect(preview).toContainText('共 2 行：新增 1，更新 0，不变 0，拒绝 1');
  await expect(preview).toContainText('表头“gcj02_lng”注明了坐标系');
  await expect(preview.getByRole('row').filter({ hasText: '司机之家' }).getByRole('cell')).toHaveText(['2', '类型', '未知的类型“司机之家”。']);
  const masked = preview.getByRole('table', { name: /警告/u }).getByRole('row').filter({ hasText: '138****5596' });
  await expect(masked.getByRole('cell')).toHaveText(['2', '联系电话', '电话“138****5596”被打码，无法使用：留空。']);

  const mapping = page.getByRole('form', { name: '对应关系' });
  await expect(mapping.getByRole('row').filter({ hasText: '司机之家' })).toContainText('1');
  await mapping.getByLabel('服务时段', { exact: true }).selectOption('openingHours');
  await mapping.getByLabel('类型“司机之家”').selectOption('station');
  await mapping.getByRole('button', { name: '按这些对应关系重新试运行' }).click();

  await expect(preview).toContainText('共 2 行：新增 2，更新 0，不变 0，拒绝 0');
  await expect(preview.getByRole('table', { name: /被拒绝|拒绝/u })).toHaveCount(0);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('region', { name: `已导入：${file.name}` })).toContainText('新增 2');

  const driver = await testDb().station.findFirstOrThrow({ where: { name: `司机驿站${tag}` } });
  expect(driver).toMatchObject({ kind: 'station', openingHours: 'Mo-Fr 09:00-17:00', phone: null });
  expect(Math.abs(driver.lat - a.lat)).toBeLessThan(2e-5);
  expect(Math.abs(driver.lng - a.lng)).toBeLessThan(2e-5);
  expect(await testDb().station.findFirstOrThrow({ where: { name: `爱心驿站${tag}` } })).toMatchObject({ kind: 'station', openingHours: '24/7' });

  // The same file again: the choices are remembered in this browser, and the preview says which were used.
  await page.getByLabel('文件', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: '试运行' }).click();
  await expect(preview).toContainText('共 2 行：新增 0，更新 0，不变 2，拒绝 0');
  await expect(page.getByText('已按你之前的选择读取：类型“司机之家” → 工会驿站')).toBeVisible();
  await expect(page.getByRole('form', { name: '对应关系' }).getByLabel('服务时段', { exact: true })).toHaveValue('openingHours');
});
