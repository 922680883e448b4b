import { readFileSync } from 'node:fs';
import { testDb } from './admin-fixtures';
import { expect, seedStation, spot, test } from './fixtures';

// /stats: every chart's table must say what the database says. Other specs add
// stations while this runs, so each comparison re-reads both until they agree.

// One read of the whole table: cell by cell, a 100-row table took seconds,
// long enough for other specs' new stations to land between two reads.
const countsIn = (page: import('@playwright/test').Page, dataset: string, keyCol: number, valueCol: number) =>
  page.locator(`table[data-dataset="${dataset}"] tbody tr`).evaluateAll((rows, [k, v]) => Object.fromEntries(rows.map((r) => {
    const cells = r.querySelectorAll('td');
    return [cells[k]?.textContent ?? '', Number(cells[v]?.getAttribute('data-value'))];
  })), [keyCol, valueCol] as const);

test('the tables of /stats equal the counts in the database', async ({ page }) => {
  const db = testDb();
  const live = { archivedAt: null };
  await expect(async () => {
    const [byCounty, byKind, byStatus, inUse] = await Promise.all([
      db.station.groupBy({ by: ['countyCode'], where: live, _count: { _all: true } }),
      db.station.groupBy({ by: ['kind'], where: live, _count: { _all: true } }),
      db.station.groupBy({ by: ['status'], where: live, _count: { _all: true } }),
      db.station.findMany({ where: { ...live, status: 'in_use' }, select: { amenities: true } }),
    ]);
    // All of China: other specs seed stations outside Jiangxi too.
    await page.goto('/stats?region=100000');
    const counties = await countsIn(page, 'counties', 0, 3);
    for (const g of byCounty) expect(counties[g.countyCode] ?? 0, g.countyCode).toBe(g._count._all);
    expect(Object.values(counties).reduce((a, b) => a + b, 0)).toBe(byCounty.reduce((a, g) => a + g._count._all, 0));
    const kinds = await countsIn(page, 'kinds', 0, 2);
    for (const g of byKind) expect(kinds[g.kind]).toBe(g._count._all);
    const statuses = await countsIn(page, 'statuses', 0, 2);
    for (const g of byStatus) expect(statuses[g.status]).toBe(g._count._all);
    const amenities = await countsIn(page, 'amenities', 0, 2);
    expect(amenities.toilet).toBe(inUse.filter((s) => s.amenities.split(',').includes('toilet')).length);
    const hours = await countsIn(page, 'hours24', 0, 2);
    expect(hours['100000']).toBe(inUse.length);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('img', { name: '各省（区、市）站点数' })).toBeVisible();
  await expect(page.getByRole('img', { name: '每月新增站点' })).toBeVisible();
});

test('a new station shows up in its county’s count', async ({ page }, info) => {
  const p = spot(13, info);
  const row = await seedStation({ ...p });
  const count = async () => {
    await page.goto('/stats');
    return (await countsIn(page, 'counties', 0, 3))[row.countyCode];
  };
  const expected = () => testDb().station.count({ where: { archivedAt: null, countyCode: row.countyCode } });
  await expect(async () => expect(await count()).toBe(await expected())).toPass({ timeout: 20_000 });
});

test('each dataset downloads as CSV with the page’s labels', async ({ page }) => {
  await page.goto('/stats');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载“各设区市站点数” CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('yizhan-cities.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF代码,设区市,站点数,在用\r\n')).toBe(true);
  expect(text.trim().split('\r\n')).toHaveLength(12);
  const en = await page.request.get('/en/stats/csv?dataset=kinds');
  expect(en.headers()['content-type']).toContain('text/csv');
  expect(await en.text()).toContain('station,Outdoor-worker station,');
  const bad = await page.request.get('/stats/csv?dataset=nope');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.field).toBe('dataset');
});

test('English statistics page', async ({ page }) => {
  await page.goto('/en/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Station statistics' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Stations by kind: table' })).toContainText('Outdoor-worker station');
  await expect(page.getByRole('img', { name: 'Amenities' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download “Stations by status” as CSV' })).toHaveAttribute('href', '/en/stats/csv?dataset=statuses');
});
