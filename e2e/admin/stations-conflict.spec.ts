import { randomUUID } from 'node:crypto';
import { createTestAdmin, signIn, testDb } from '../admin-fixtures';
import { expect, seedStation, test } from '../fixtures';
import { field, freePoint, save, saveAndWait, stubTiles } from './stations-helpers';

// Two admins edit the same station at once: the second save is refused with
// what the first changed, and nothing of either is lost.

test.describe.configure({ timeout: 60_000 });

test('the second of two concurrent edits gets the conflict and loses nothing', async ({ page, browser }) => {
  const county = '360981'; // 丰城市
  const at = await freePoint(county);
  const s = await seedStation({ ...at, name: `并发驿站 ${randomUUID().slice(0, 8)}`, countyCode: county, phone: '0795-1111111' });
  const [first, second] = [await createTestAdmin('county', county), await createTestAdmin('city', '360900')];
  await signIn(page, first);
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await stubTiles(page2);
  await signIn(page2, second);
  await page.goto(`/admin/stations/${s.id}`);
  await page2.goto(`/admin/stations/${s.id}`);

  const theirName = `${s.name} 改`;
  await field(page, '名称').fill(theirName);
  await field(page, '地址').fill('第一人写的地址');
  await saveAndWait(page);

  await field(page2, '电话').fill('0795-2222222');
  await field(page2, '地址').fill('第二人写的地址');
  await save(page2);
  const notice = page2.getByRole('alert').filter({ has: page2.getByRole('heading', { name: '在你编辑期间，其他人已保存了这个站点' }) });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`最近一次修改：${first.email}`);
  await expect(notice.getByRole('row', { name: /名称/ })).toContainText(theirName);
  await expect(notice.getByRole('row', { name: /地址/ }).getByRole('cell').nth(0)).toHaveText('第二人写的地址 (你也改过这个字段)');
  await expect(notice.getByRole('row', { name: /地址/ }).getByRole('cell').nth(1)).toHaveText('第一人写的地址');

  // Refused: the first admin's save stands untouched.
  expect(await testDb().station.findUniqueOrThrow({ where: { id: s.id } }))
    .toMatchObject({ name: theirName, address: '第一人写的地址', phone: '0795-1111111', version: 2 });
  // The second form kept its own input and took over the name it had not touched.
  await expect(field(page2, '电话')).toHaveValue('0795-2222222');
  await expect(field(page2, '地址')).toHaveValue('第二人写的地址');
  await expect(field(page2, '名称')).toHaveValue(theirName);

  // Saving again, deliberately, keeps the first's name and adds the second's changes.
  await saveAndWait(page2);
  expect(await testDb().station.findUniqueOrThrow({ where: { id: s.id } }))
    .toMatchObject({ name: theirName, address: '第二人写的地址', phone: '0795-2222222', version: 3 });
  const edits = await testDb().auditEntry.findMany({ where: { stationId: s.id, action: 'edit' }, orderBy: { at: 'asc' } });
  expect(edits.map((e) => [e.actorEmail, JSON.parse(e.after!)])).toEqual([
    [first.email, { name: theirName, address: '第一人写的地址' }],
    [second.email, { address: '第二人写的地址', phone: '0795-2222222' }],
  ]);
  await other.close();
});
