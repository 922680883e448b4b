import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, offset, seedStation, spot, test } from '../fixtures';
import { counties } from '../../lib/divisions-data';
import { asAdmin } from '../admin-fixtures';
import { fromWgs84 } from '../../lib/geo/crs';

// A new admin downloads the template, fills in rows in Chinese with GCJ-02
// coordinates (as copied from an Amap picker), dry-runs, applies, finds the
// stations at the right WGS-84 places, and re-imports with no change.

test('template → dry run naming the bad row → apply → stations in place → re-import unchanged', async ({ page }, info) => {
  test.setTimeout(60_000);
  await asAdmin(page, 'province');
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { name: '批量导入站点' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '中文模板（CSV）' }).click();
  const header = (await readFile(await (await download).path())).toString('utf8').replace(/^\uFEFF/u, '').trim();
  expect(header.split(',')).toEqual(expect.arrayContaining(['名称', '类型', '经度', '纬度', '开放时间', '设施', '编号']));

  const tag = randomUUID().slice(0, 8);
  const a = spot(23, info);
  const b = offset(a, 300, 200);
  const gcj = (p: { lat: number; lng: number }) => fromWgs84(p.lng, p.lat, 'gcj02');
  const [aLng, aLat] = gcj(a);
  const [bLng, bLat] = gcj(b);
  const csv = [
    header,
    row(header, { 编号: `e2e-${tag}-1`, 名称: `导入驿站甲${tag}`, 类型: '工会驿站', 经度: aLng, 纬度: aLat, 开放时间: '24/7', 设施: '饮用水、卫生间' }),
    row(header, { 编号: `e2e-${tag}-2`, 名称: `导入驿站乙${tag}`, 类型: '职工之家', 状态: '使用中', 经度: bLng, 纬度: bLat, 开放时间: 'Mo-Fr 08:00-18:00' }),
    row(header, { 编号: `e2e-${tag}-3`, 名称: `导入驿站丙${tag}`, 类型: '神秘站', 经度: aLng, 纬度: aLat }),
  ].join('\r\n');
  const file = { name: `驿站-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) };

  await page.getByLabel('文件', { exact: true }).setInputFiles(file);
  await page.getByLabel('文件中的坐标系').selectOption('gcj02');
  await page.getByRole('button', { name: '试运行' }).click();
  const preview = page.getByRole('region', { name: `试运行结果：${file.name}` });
  await expect(preview).toContainText('共 3 行：新增 2，更新 0，不变 0，拒绝 1');
  const bad = preview.getByRole('row').filter({ hasText: '神秘站' });
  await expect(bad.getByRole('cell')).toHaveText(['4', '类型', '未知的类型“神秘站”。']);

  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('region', { name: `已导入：${file.name}` })).toContainText('新增 2');

  for (const [name, p] of [[`导入驿站甲${tag}`, a], [`导入驿站乙${tag}`, b]] as const) {
    await expect.poll(async () => {
      const res = await page.request.get(`/api/stations/nearest?lat=${p.lat}&lng=${p.lng}&limit=50`);
      const s = ((await res.json()) as { stations: { name: string; lat: number; lng: number }[] }).stations.find((x) => x.name === name);
      return s ? Math.max(Math.abs(s.lat - p.lat), Math.abs(s.lng - p.lng)) < 2e-5 : false;
    }).toBe(true);
  }

  await page.getByLabel('文件', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: '试运行' }).click();
  await expect(page.getByRole('region', { name: `试运行结果：${file.name}` })).toContainText('新增 0，更新 0，不变 2，拒绝 1');
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
});

test('a county admin exports their stations and re-imports them with no change', async ({ page }) => {
  // 乐平市: a county no other test seeds into, so every exported row is consistent data.
  const home = counties.find((c) => c.code === '360281')!;
  for (let i = 0; i < 3; i++) {
    await seedStation({ ...offset(home, 40 * i, 0), countyCode: '360281', name: `导出往返 ${i} ${randomUUID().slice(0, 6)}`, address: `=SUM(A${i})` });
  }
  await asAdmin(page, 'county', '360281');
  await page.goto('/admin/export?kind=station');
  const href = await page.getByRole('link', { name: 'CSV（Excel 可直接打开）' }).getAttribute('href');
  expect(href).toContain('kind=station');
  const res = await page.request.get(href!);
  expect(res.headers()['content-type']).toContain('text/csv');
  const body = await res.body();
  const lines = body.toString('utf8').trim().split('\r\n');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.includes(',360281,'))).toBe(true);

  await page.goto('/admin/import');
  await page.getByLabel('文件', { exact: true }).setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: body });
  await page.getByLabel('文件中的坐标系').selectOption('wgs84');
  await page.getByRole('button', { name: '试运行' }).click();
  await expect(page.getByRole('region', { name: '试运行结果：export.csv' }))
    .toContainText(`共 ${lines.length - 1} 行：新增 0，更新 0，不变 ${lines.length - 1}，拒绝 0`);
});

function row(header: string, values: Record<string, string | number>): string {
  return header.split(',').map((h) => String(values[h] ?? '')).join(',');
}
