import { expect, seedStation, test } from './fixtures';
import { countyApi, parseShare, provinceApi, worstOf } from './coverage-helpers';

// The coverage view as a planner uses it: find the worst-covered county in the
// table, open it, see its gaps and three suggestions on the map and in the list.

test('the worst-covered county: sorted table, its gaps and three suggestions', async ({ page }) => {
  await page.goto('/coverage');
  const table = page.getByRole('table', { name: /各县（市、区）步行15分钟覆盖面积占比/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(100);
  // Worst first by default: the share column never goes down (counties without an area last).
  const shares = (await rows.locator('td:nth-of-type(2)').allTextContents()).map(parseShare);
  const known = shares.filter((s) => s !== null);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  expect(shares.slice(known.length).every((s) => s === null)).toBe(true);
  await expect(table.getByRole('columnheader', { name: /覆盖率/ })).toHaveAttribute('aria-sort', 'ascending');

  // The first row is the API's worst county (other specs may add stations meanwhile: re-read both).
  let worst = worstOf((await provinceApi(page.request)).counties);
  await expect(async () => {
    worst = worstOf((await provinceApi(page.request)).counties);
    await page.reload();
    await expect(rows.first().locator('th')).toHaveText(worst.name, { timeout: 1000 });
  }).toPass();

  await rows.first().getByRole('link', { name: worst.name }).click();
  await expect(page).toHaveURL(new RegExp(`county=${worst.code}`));
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(worst.name) })).toBeVisible();
  await expect(page.locator('.figure-list')).toContainText('最大连片空白');

  // Three suggestions in the list, each linking to the admin form with its coordinates.
  const api = await countyApi(page.request, worst.code);
  expect(api.suggestions).toHaveLength(3);
  const plan = page.getByRole('link', { name: /在第 \d 处规划站点/ });
  await expect(plan).toHaveCount(3);
  for (const [i, s] of api.suggestions.entries()) {
    const href = new URL((await plan.nth(i).getAttribute('href'))!, 'http://x');
    expect(href.pathname).toBe('/admin/stations/new');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ kind: 'station', status: 'planned' });
    expect(Number(href.searchParams.get('lat'))).toBeCloseTo(s.lat, 4);
    expect(Number(href.searchParams.get('lng'))).toBeCloseTo(s.lng, 4);
  }

  // And on the map: the covered and uncovered cells, the three numbered sites.
  await expect(page.locator('img.coverage-grid')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon.coverage-suggestion')).toHaveCount(3);
  await expect(page.getByRole('button', { name: /建议位置 1：新增 [\d.]+ km²/ })).toBeVisible();
  await expect(page.getByRole('list', { name: '图例' })).toContainText('最大空白');
});

test('any column sorts with its header button, both ways', async ({ page }) => {
  await page.goto('/coverage');
  const table = page.getByRole('table', { name: /覆盖面积占比/ });
  await table.getByRole('button', { name: /在用站点/ }).click();
  await expect(page).toHaveURL(/sort=stations-asc/);
  const header = table.getByRole('columnheader', { name: /在用站点/ });
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const read = async () => (await table.locator('tbody tr td:nth-of-type(5)').allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
  const up = await read();
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await table.getByRole('button', { name: /在用站点/ }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const down = await read();
  expect(down).toEqual([...down].sort((a, b) => b - a));
});

test('e-bike and "open now" switch the figures, and keep the URL', async ({ page }) => {
  await page.goto('/coverage?county=360102');
  await page.getByRole('link', { name: '电动自行车' }).click();
  await expect(page).toHaveURL(/mode=ebike/);
  await expect(page).toHaveURL(/county=360102/);
  await expect(page.getByRole('table', { name: /电动自行车15分钟覆盖面积占比/ })).toBeVisible();
  const [walk, ebike] = await Promise.all([countyApi(page.request, '360102'), countyApi(page.request, '360102', 'ebike')]);
  expect(ebike.county.coveredKm2!).toBeGreaterThan(walk.county.coveredKm2!);
  await page.getByRole('link', { name: /只计算现在开放的站点/ }).click();
  await expect(page).toHaveURL(/openNow=1/);
  await expect(page.getByRole('link', { name: '电动自行车' })).toHaveAttribute('aria-current', 'true');
});

test('a station built at a suggested site raises the county’s coverage by what was promised', async ({ page }, info) => {
  // A county per project, so desktop and phone can run at once.
  const code = info.project.name === 'phone' ? '360982' : '360981';
  const before = await countyApi(page.request, code);
  const site = before.suggestions[0]!;
  await seedStation({ lat: site.lat, lng: site.lng, countyCode: code, name: `覆盖测试 ${info.project.name}` });
  // Cells exactly one reach away from the site may flip with the coordinates' rounding: allow a few.
  const promised = before.county.coveredKm2! + site.addsKm2;
  await expect.poll(async () => Math.abs((await countyApi(page.request, code)).county.coveredKm2! - promised)).toBeLessThan(0.3);
  const after = await countyApi(page.request, code);
  expect(after.county.stationsInUse).toBe(before.county.stationsInUse + 1);
  expect(after.suggestions[0]).not.toEqual(site);
  await page.goto(`/coverage?county=${code}`);
  const share = page.locator('.figure-list div').filter({ hasText: '面积覆盖率' }).locator('dd');
  // The page shows one decimal of a per cent.
  expect(Math.abs(parseShare((await share.textContent())!)! - after.county.coveredShare!)).toBeLessThanOrEqual(0.00051);
});

test('the printable county report has both modes, a map and no admin links', async ({ page }) => {
  await page.goto('/coverage/360424/report');
  await expect(page.getByRole('heading', { level: 1, name: '修水县 15分钟服务圈报告' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /步行|电动自行车/ })).toHaveCount(2);
  await expect(page.getByRole('img', { name: /修水县网格/ })).toHaveCount(2);
  await expect(page.getByRole('link', { name: /规划站点/ })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await expect(page.locator('.sample-notice')).toBeVisible();
});

test('English coverage page, county view and links', async ({ page }) => {
  await page.goto('/en/coverage?county=360424');
  await expect(page.getByRole('heading', { level: 1, name: '15-minute service circle: Xiushui County' })).toBeVisible();
  await expect(page.getByRole('table', { name: /share of area within 15 minutes by walking/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Where to build next: the 3 best sites/ })).toBeVisible();
  const plan = page.getByRole('link', { name: 'Plan a station at site 1 (admins)' });
  await expect(plan).toHaveAttribute('href', /^\/en\/admin\/stations\/new\?lat=/);
  await expect(page.getByRole('heading', { name: 'How coverage is measured' })).toBeVisible();
  await page.getByRole('link', { name: 'Whole province' }).click();
  await expect(page).toHaveURL(/\/en\/coverage$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Jiangxi province' })).toBeVisible();
});
