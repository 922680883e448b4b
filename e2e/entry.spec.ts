import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { asAdmin, testDb } from './admin-fixtures';
import { field, freePoint, save, saveAndWait } from './admin/stations-helpers';
import { bumpVersion, expect, offset, seedStation, test } from './fixtures';
import { whenHydrated } from './support/tamper';

// How to get in: a county admin says a station has a PIN lock (with a note);
// the public page shows it under the open badge, and the map's "no smartphone
// needed" filter hides it while a staffed station next to it stays.

test.describe.configure({ timeout: 60_000 });

async function nearby(request: APIRequestContext, p: { lat: number; lng: number }, query = ''): Promise<{ id: string; entry: string | null }[]> {
  const res = await request.get(`/api/stations/nearest?lat=${p.lat}&lng=${p.lng}&limit=50${query}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { stations: { id: string; entry: string | null }[] }).stations;
}
const noPhoneIds = async (request: APIRequestContext, p: { lat: number; lng: number }) => (await nearby(request, p, '&noPhone=1')).map((s) => s.id);

test('an admin sets the way in; the station page shows it and "no smartphone needed" hides a PIN lock', async ({ page }) => {
  const county = '360734'; // 寻乌县
  const at = await freePoint(county, 3);
  const tag = randomUUID().slice(0, 8);
  const pin = await seedStation({ ...at, name: `密码驿站 ${tag}`, countyCode: county });
  const staffed = await seedStation({ ...offset(at, 150, 0), name: `值守驿站 ${tag}`, countyCode: county });
  const unknown = await seedStation({ ...offset(at, 0, 150), name: `未知驿站 ${tag}`, countyCode: county });
  await testDb().station.update({ where: { id: staffed.id }, data: { entry: 'staffed' } });
  await bumpVersion(staffed.id);
  await expect.poll(() => noPhoneIds(page.request, at)).toContain(staffed.id);
  expect(await noPhoneIds(page.request, at)).not.toContain(unknown.id);

  // The admin's form: a forged way in is refused beside the field, then a PIN lock with a note is saved.
  const admin = await asAdmin(page, 'county', county);
  await page.goto(`/admin/stations/${pin.id}`);
  const entry = field(page, '进门方式');
  await expect(entry).toHaveValue('');
  await whenHydrated(entry);
  await entry.evaluate((el) => { const o = document.createElement('option'); o.value = 'wechat'; o.text = 'x'; el.append(o); });
  await entry.selectOption('wechat');
  await save(page);
  await expect(page.locator('#err-entry')).toHaveText('进门方式: 请从列表中选择。');
  expect((await testDb().station.findUniqueOrThrow({ where: { id: pin.id } })).version).toBe(1);
  await entry.selectOption({ label: '密码锁' });
  await field(page, '进门说明').fill('密码在值班室，按门铃');
  await saveAndWait(page);
  await expect(field(page, '进门方式')).toHaveValue('pin');
  await expect(field(page, '进门说明')).toHaveValue('密码在值班室，按门铃');
  expect(await testDb().station.findUniqueOrThrow({ where: { id: pin.id } })).toMatchObject({ entry: 'pin', entryNote: '密码在值班室，按门铃', version: 2 });
  const edit = await testDb().auditEntry.findFirstOrThrow({ where: { stationId: pin.id, action: 'edit' } });
  expect(edit.actorId).toBe(admin.id);
  expect([JSON.parse(edit.before!), JSON.parse(edit.after!)]).toEqual([{ entry: null, entryNote: null }, { entry: 'pin', entryNote: '密码在值班室，按门铃' }]);

  // The history names the field and the way in in words.
  await page.getByRole('link', { name: '修改历史' }).click();
  await expect(page.getByRole('table').getByRole('row').nth(1).getByRole('listitem')).toHaveText([
    '进门方式: （空） → 密码锁', '进门说明: （空） → 密码在值班室，按门铃',
  ]);

  // The public station page, in both languages, right under the open badge.
  await page.goto(`/stations/${pin.id}`);
  const line = page.locator('.station-details .entry-line');
  await expect(line).toHaveText('🚪 进门方式：密码锁 · 密码在值班室，按门铃');
  await page.goto(`/en/stations/${pin.id}`);
  await expect(line).toHaveText('🚪 How to get in: PIN lock · 密码在值班室，按门铃');
  await page.goto(`/stations/${staffed.id}`);
  await expect(line).toHaveText('🚪 进门方式：有人值守');
  await page.goto(`/stations/${unknown.id}`);
  await expect(line).toHaveText('🚪 进门方式未知');

  // The map's list: each way in in a word; "no smartphone needed" keeps only the staffed station.
  // The list comes from the server's index, which reloads a moment after the save.
  await expect.poll(async () => (await nearby(page.request, at)).find((s) => s.id === pin.id)?.entry).toBe('pin');
  await page.goto(`/?near=${at.lat},${at.lng}&place=${encodeURIComponent('测试地点')}`);
  const list = page.locator('.station-list');
  const item = (name: string) => list.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  for (const s of [pin, staffed, unknown]) await expect(item(s.name)).toBeVisible();
  await expect(item(pin.name)).toContainText('进门：密码锁');
  await expect(item(staffed.name)).toContainText('进门：有人值守');
  await expect(item(unknown.name)).not.toContainText('进门：');

  const filters = page.getByRole('form', { name: '筛选' });
  await filters.getByRole('checkbox', { name: '无需智能手机' }).check();
  await expect(page).toHaveURL(/noPhone=1/);
  await expect(list.getByRole('link', { name: pin.name })).toHaveCount(0);
  await expect(list.getByRole('link', { name: unknown.name })).toHaveCount(0);
  await expect(list.getByRole('link', { name: staffed.name })).toBeVisible();

  // The server-rendered list of a shared link obeys the filter too.
  await page.reload();
  await expect(filters.getByRole('checkbox', { name: '无需智能手机' })).toBeChecked();
  await expect(list.getByRole('link', { name: staffed.name })).toBeVisible();
  await expect(list.getByRole('link', { name: pin.name })).toHaveCount(0);
});
