import { countiesWithin } from '../lib/divisions/catalog';
import { countyAt } from '../lib/divisions/locate';
import { testDb } from './admin-fixtures';
import { expect, seedStation, test } from './fixtures';
import { fromAddress } from './support/client-address';
import { countsIn } from './support/stats-table';

// /stats and /api/coverage for Henan: a province and a city far from the
// Jiangxi seed, each showing a station this test seeds in Zhengzhou.

// Points in Zhengzhou's districts, one per project so both can run at once.
const henanSpot = (project: string) => (project === 'phone' ? { lng: 113.66, lat: 34.76 } : { lng: 113.6, lat: 34.74 });

test('a station seeded in Zhengzhou counts on /stats of Henan and of Zhengzhou, in English too', async ({ page }, info) => {
  const p = henanSpot(info.project.name);
  const countyCode = countyAt(p.lng, p.lat)!;
  expect(countyCode).toMatch(/^4101/);
  await seedStation({ ...p, countyCode, name: `郑州测试驿站 ${Date.now()}` });
  const expected = () => testDb().station.count({ where: { archivedAt: null, countyCode } });
  const cityExpected = () => testDb().station.count({ where: { archivedAt: null, countyCode: { startsWith: '4101' } } });

  await expect(async () => {
    await page.goto('/stats?region=410000');
    expect((await countsIn(page, 'counties', 0, 3))[countyCode]).toBe(await expected());
    expect((await countsIn(page, 'cities', 0, 2))['410100']).toBe(await cityExpected());
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: '站点统计：河南省' })).toBeVisible();
  await expect(page.getByRole('img', { name: '各设区市站点数' })).toBeVisible();

  await page.getByRole('navigation', { name: '下一级统计' }).getByRole('link', { name: '郑州市' }).click();
  await expect(page).toHaveURL(/region=410100/);
  await expect(page.getByRole('heading', { level: 1, name: '站点统计：郑州市' })).toBeVisible();
  // Other tests add stations in Zhengzhou meanwhile: compare again after a reload until both agree.
  await expect(async () => {
    await page.goto('/stats?region=410100');
    expect((await countsIn(page, 'counties', 0, 3))[countyCode]).toBe(await expected());
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('navigation', { name: '地区' }).getByRole('link', { name: '河南省' })).toHaveAttribute('href', /region=410000/);

  await page.goto('/en/stats/410100');
  await expect(page).toHaveURL(/\/en\/stats\?region=410100/);
  await expect(page.getByRole('heading', { level: 1, name: 'Station statistics: Zhengzhou City' })).toBeVisible();
  await expect(page.locator('table[data-dataset="counties"]')).toContainText('Zhongyuan District');
});

test('/api/coverage?within=410000 lists every Henan county with English names and counts the seeded station', async ({ request }, info) => {
  const p = henanSpot(info.project.name);
  const countyCode = countyAt(p.lng, p.lat)!;
  await seedStation({ ...p, countyCode, name: `郑州覆盖测试 ${Date.now()}` });
  const inUse = () => testDb().station.count({ where: { archivedAt: null, status: 'in_use', countyCode } });
  type Body = { level: string; region: { nameEn: string }; counties: { code: string; nameEn: string; stationsInUse: number; coveredKm2: number | null }[]; parts: { code: string }[] };
  await expect(async () => {
    const res = await request.get('/api/coverage?within=410000', fromAddress());
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.level).toBe('province');
    expect(body.region.nameEn).toBe('Henan');
    expect(body.counties.map((c) => c.code).sort()).toEqual(countiesWithin('410000').map((c) => c.code).sort());
    expect(body.counties.every((c) => /^[A-Z]/.test(c.nameEn))).toBe(true);
    const mine = body.counties.find((c) => c.code === countyCode)!;
    expect(mine.stationsInUse).toBe(await inUse());
    expect(mine.coveredKm2).toBeGreaterThan(0);
    expect(body.parts.map((x) => x.code)).toContain('410100');
  }).toPass({ timeout: 30_000 });

  const bad = await request.get('/api/coverage?within=4100', fromAddress());
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.field).toBe('within');
  expect((await request.get('/api/coverage?within=990000', fromAddress())).status()).toBe(404);
});
