import { randomUUID } from 'node:crypto';
import { asAdmin, testDb } from '../admin-fixtures';
import { expect, seedStation, test } from '../fixtures';
import { field, freePoint, save, typePoint } from './stations-helpers';
import { tamper, whenHydrated } from '../support/tamper';

// A county admin cannot read or change another county's station, whatever
// the URL or the form says; the database stays as it was.

const mine = '360825'; // 永丰县
const theirs = '360824'; // 新干县

async function snapshot(id: string) {
  const { updatedAt, version, name, lastVerifiedAt, archivedAt, countyCode } = await testDb().station.findUniqueOrThrow({ where: { id } });
  return { updatedAt, version, name, lastVerifiedAt, archivedAt, countyCode, audit: await testDb().auditEntry.count({ where: { stationId: id } }) };
}

test('another county’s station: pages not found, tampered posts refused, nothing written', async ({ page }) => {
  await asAdmin(page, 'county', mine);
  const own = await seedStation({ ...(await freePoint(mine)), name: `本县驿站 ${randomUUID().slice(0, 8)}`, countyCode: mine });
  const foreignAt = await freePoint(theirs);
  const foreign = await seedStation({ ...foreignAt, name: `外县驿站 ${randomUUID().slice(0, 8)}`, countyCode: theirs });
  const [ownBefore, foreignBefore] = [await snapshot(own.id), await snapshot(foreign.id)];

  for (const path of [`/admin/stations/${foreign.id}`, `/admin/stations/${foreign.id}/history`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expect(page.getByText(foreign.name)).toHaveCount(0);
  }
  await page.goto(`/admin?q=${encodeURIComponent(foreign.name)}`);
  await expect(page.getByText('没有符合条件的站点。')).toBeVisible();
  await page.goto(`/admin?county=${theirs}`);
  await expect(page.getByText('没有符合条件的站点。')).toBeVisible();

  // The edit form of an own station, with the id swapped for the foreign one
  // just before each submit (React restores controlled values on re-render).
  const swapId = (form: string) => tamper(page.locator(`${form} input[name="id"]`), foreign.id);
  const refusal = page.getByRole('alert').filter({ hasText: '你没有权限修改这个站点。' });
  await page.goto(`/admin/stations/${own.id}`);
  await field(page, '名称').fill('被篡改的名字');
  await swapId('form:has(input[name="version"])');
  await save(page);
  await expect(refusal).toHaveCount(1);
  await swapId('form:has(input[name="mark"][value="verify"])');
  await page.getByRole('button', { name: '标记为今天已核实' }).click();
  await expect(refusal).toHaveCount(2);
  await page.reload();
  await swapId('form:has(input[name="mark"][value="archive"])');
  await page.getByRole('button', { name: '归档（从公开地图上移除）' }).click();
  await expect(refusal).toHaveCount(1);

  // Moving an own station into the other county is refused too.
  await page.reload();
  await typePoint(page, foreignAt);
  await expect(page.getByText('这个点位于新干县，不在你的管辖范围内。')).toBeVisible();
  await save(page);
  await expect(page.locator('#err-countyCode')).toContainText('它位于新干县');

  expect(await snapshot(own.id)).toEqual(ownBefore);
  expect(await snapshot(foreign.id)).toEqual(foreignBefore);
});

test('a new station in another county is refused, whatever the county field says', async ({ page }) => {
  await asAdmin(page, 'county', mine);
  const at = await freePoint(theirs, 3);
  const name = `越界新增 ${randomUUID().slice(0, 8)}`;
  await page.goto('/admin/stations/new');
  await field(page, '名称').fill(name);
  await typePoint(page, at);
  await expect(page.getByText('这个点位于新干县，不在你的管辖范围内。')).toBeVisible();
  // Forge the county select to name the point's own county.
  await whenHydrated(field(page, '所属区县'));
  await field(page, '所属区县').evaluate((el, code) => { const o = document.createElement('option'); o.value = code; o.text = 'x'; el.append(o); }, theirs);
  await field(page, '所属区县').selectOption(theirs);
  await save(page);
  await expect(page.locator('#err-countyCode')).toHaveText('所属区县: 新干县不在你的管辖范围内。');
  expect(await testDb().station.count({ where: { name } })).toBe(0);
});
