import { randomUUID } from 'node:crypto';
import { asAdmin, testDb } from '../admin-fixtures';
import { expect, offset, test } from '../fixtures';
import { countyAt } from '../../lib/divisions/locate';
import { fromWgs84 } from '../../lib/geo/crs';
import { countsIn } from '../support/stats-table';

// Issue 17's walk-through: a Henan province admin imports a Henan union sheet
// as such sheets come (GCJ-02 columns named so, Chinese hours, a masked phone,
// the union's own words); the stations show on the map, in pinyin search, on
// /stats and in English; a Jiangxi county admin cannot open them.

const ERQI = '410103';

test('a Henan file: imported by a Henan admin, on the map, in search, on /stats, in English; not editable from Jiangxi', async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  await asAdmin(page, 'province', '410000');
  const tag = randomUUID().replace(/-/g, '').slice(0, 8);
  const a = info.project.name === 'phone' ? { lng: 113.615, lat: 34.705 } : { lng: 113.63, lat: 34.715 };
  const b = offset(a, 400, 300);
  expect([countyAt(a.lng, a.lat), countyAt(b.lng, b.lat)]).toEqual([ERQI, ERQI]);
  const gcj = (p: { lat: number; lng: number }) => fromWgs84(p.lng, p.lat, 'gcj02').map((v) => v.toFixed(6));
  const [nameA, nameB] = [`二七驿站${tag}`, `郑州暖心驿站${tag}`];
  const names = [nameA, nameB];
  const csv = [
    '编号,站点名称,类型,状态,gcj02_lng,gcj02_lat,地址,开放时间,联系电话,设施',
    `hn-${tag}-1,${nameA},爱心驿站,使用中,${gcj(a).join(',')},郑州市二七区测试路1号,"周一至周五 08:30-12:00,13:00-17:30",138****5596,饮水、手机充电`,
    `hn-${tag}-2,${nameB},暖心驿站,使用中,${gcj(b).join(',')},郑州市二七区测试路2号,24小时,0371-66668888,急救箱`,
  ].join('\r\n');
  const file = { name: `郑州驿站-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) };

  await page.goto('/admin/import');
  await page.getByLabel('文件', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: '试运行' }).click();
  const preview = page.getByRole('region', { name: `试运行结果：${file.name}` });
  await expect(preview).toContainText('共 2 行：新增 2，更新 0，不变 0，拒绝 0');
  await expect(preview).toContainText('138****5596');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('region', { name: `已导入：${file.name}` })).toContainText('新增 2');

  const rows = await testDb().station.findMany({ where: { name: { in: names } }, orderBy: { name: 'asc' } });
  expect(rows.map((r) => [r.countyCode, r.openingHours, r.phone])).toEqual(expect.arrayContaining([
    [ERQI, 'Mo-Fr 08:30-12:00,13:00-17:30', null],
    [ERQI, '24/7', '0371-66668888'],
  ]));
  const first = rows.find((r) => r.name === nameA)!;
  expect(Math.abs(first.lat - a.lat) + Math.abs(first.lng - a.lng)).toBeLessThan(4e-5);

  await page.goto(`/?at=${a.lat},${a.lng},16`);
  await expect(page.getByRole('button', { name: nameA })).toBeVisible();

  const search = page.getByRole('searchbox', { name: '搜索区县、城市或站点' });
  await expect(async () => {
    await search.fill(`erqi yizhan ${tag}`);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: nameA })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });

  // Other tests add stations in 二七区 meanwhile: compare again after a reload until both agree.
  await expect(async () => {
    await page.goto('/stats?region=410100');
    const inErqi = await testDb().station.count({ where: { archivedAt: null, countyCode: ERQI } });
    expect((await countsIn(page, 'counties', 0, 3))[ERQI]).toBe(inErqi);
  }).toPass({ timeout: 20_000 });

  await page.goto(`/en/stations/${first.id}`);
  await expect(page.getByRole('heading', { level: 1, name: nameA })).toBeVisible();
  await expect(page.getByText('Erqi District, Zhengzhou City, Henan')).toBeVisible();

  const jiangxi = await browser.newPage();
  await asAdmin(jiangxi, 'county', '360102');
  await jiangxi.goto(`/admin/stations/${first.id}`);
  await expect(jiangxi.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(jiangxi.getByText(nameA)).toHaveCount(0);
  await jiangxi.close();
});
