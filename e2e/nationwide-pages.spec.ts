import { expect, seedStation, test, waitForStation } from './fixtures';

// Pages for any region of China, in both languages: a station in Zhengzhou's 二七区 (Henan), far from
// the Jiangxi sample data, on its own page, in the embed, and in the API.

const ERQI = '410103';
/** Points inside 二七区, one per project, so both projects can run at once. */
const zhengzhou = (project: string, n: number) => ({ lat: 34.7 - (project === 'phone' ? 0.02 : 0) - n * 0.004, lng: 113.63 - n * 0.004 });

test('the English page of a Henan station names its county, city and province in English', async ({ page }, info) => {
  const at = zhengzhou(info.project.name, 0);
  const s = await seedStation({ ...at, countyCode: ERQI, name: `郑州二七驿站 ${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/en/stations/${s.id}`);
  await expect(page.getByRole('heading', { level: 1, name: s.name })).toBeVisible();
  await expect(page.getByText('Erqi District, Zhengzhou City, Henan', { exact: true })).toBeVisible();
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /Erqi District, Zhengzhou City, Henan/);
  await page.goto(`/stations/${s.id}`);
  await expect(page.getByText('河南省郑州市二七区', { exact: true })).toBeVisible();
});

test('the API names a Henan station\'s divisions in both languages', async ({ page }, info) => {
  const at = zhengzhou(info.project.name, 1);
  const s = await seedStation({ ...at, countyCode: ERQI, name: `郑州接口驿站 ${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  const body = (await (await page.request.get(`/api/stations/${s.id}`)).json()) as { station: Record<string, unknown> };
  expect(body.station).toMatchObject({
    countyCode: ERQI, countyName: '二七区', countyNameEn: 'Erqi District', cityName: '郑州市', cityNameEn: 'Zhengzhou City',
    provinceCode: '410000', provinceName: '河南省', provinceNameEn: 'Henan',
  });
});

test('/embed?county=410103 lists a Henan station, titled by its county and city in the page language', async ({ page }, info) => {
  const at = zhengzhou(info.project.name, 2);
  const s = await seedStation({ ...at, countyCode: ERQI, name: `郑州嵌入驿站 ${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/embed?county=${ERQI}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('郑州市二七区的工会驿站');
  await expect(page.getByRole('link', { name: s.name })).toHaveAttribute('href', `/stations/${s.id}`);
  await page.goto(`/en/embed?county=${ERQI}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Union service stations in Erqi District, Zhengzhou City');
  await expect(page.getByRole('link', { name: s.name })).toHaveAttribute('href', `/en/stations/${s.id}`);
  // The whole city too; a Jiangxi county's embed does not list it.
  await page.goto('/embed?county=410100');
  await expect(page.getByRole('link', { name: s.name })).toBeVisible();
  await page.goto('/embed?county=360111');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('南昌市青山湖区的工会驿站');
  await expect(page.getByRole('link', { name: s.name })).toHaveCount(0);
});

test('the map can be opened on Henan and draws its cities', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'the live map at once is the wide layout');
  await page.goto('/?at=34.7,113.63,8');
  await expect(page.getByRole('region', { name: '站点地图' })).toBeVisible();
  // Zhengzhou and its neighbours: Henan's own layers, loaded as the map looks at the province.
  await expect.poll(() => page.locator('path.boundary-prefecture').count()).toBeGreaterThanOrEqual(17);
  await expect.poll(() => page.locator('path.boundary-county').count()).toBeGreaterThan(100);
});
