import { randomUUID } from 'node:crypto';
import { asAdmin, testDb } from '../admin-fixtures';
import { countyApi } from '../coverage-helpers';
import { expect, test } from '../fixtures';
import { field, saveAndWait } from './stations-helpers';

// Issue 5's "done when": from the worst gaps of a county, an admin turns a
// suggestion into a planned station in one step; once it is in use, the
// county's coverage figure rises by what the suggestion promised.
test('a suggestion becomes a planned station, and in use it raises the county figure', async ({ page }) => {
  test.setTimeout(60_000);
  const code = '360983'; // 高安市: no other test plans or seeds here
  await asAdmin(page, 'province');
  const before = await countyApi(page.request, code);
  const site = before.suggestions[0]!;
  await page.goto(`/coverage?county=${code}`);
  await page.getByRole('link', { name: /在第 1 处规划站点/ }).click();
  await expect(page).toHaveURL(/\/admin\/stations\/new\?/);
  expect(Number(await field(page, '纬度').inputValue())).toBeCloseTo(site.lat, 5);
  expect(Number(await field(page, '经度').inputValue())).toBeCloseTo(site.lng, 5);
  await expect(field(page, '所属区县')).toHaveValue(code);
  await expect(field(page, '状态')).toHaveValue('planned');
  const name = `规划驿站 ${randomUUID().slice(0, 8)}`;
  await field(page, '名称').fill(name);
  const id = await saveAndWait(page);
  const row = await testDb().station.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ name, status: 'planned', countyCode: code, kind: 'station' });
  // Planned stations do not count yet.
  expect((await countyApi(page.request, code)).county.coveredKm2).toBeCloseTo(before.county.coveredKm2!, 6);
  // Built and opened (the lifecycle's later steps, done here directly).
  await testDb().station.update({ where: { id }, data: { status: 'in_use' } });
  await testDb().appState.update({ where: { key: 'dataVersion' }, data: { value: `plan-${id}` } });
  const promised = before.county.coveredKm2! + site.addsKm2;
  await expect.poll(async () => Math.abs((await countyApi(page.request, code)).county.coveredKm2! - promised)).toBeLessThan(0.3);
});
