import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { asAdmin, testDb } from '../admin-fixtures';
import { expect, seedStation, test, waitForStation } from '../fixtures';
import { field, freePoint, save, saveAndWait } from './stations-helpers';
import { whenHydrated } from '../support/tamper';

// Editing hours with the editor, verifying, archiving and restoring, and the
// station's history, as a county admin.

const ALL = 'planned,under_construction,in_use,suspended,closed';
async function servedNear(request: APIRequestContext, id: string, p: { lat: number; lng: number }) {
  const res = await request.get(`/api/stations/nearest?lat=${p.lat}&lng=${p.lng}&limit=50&status=${ALL}`);
  return ((await res.json()) as { stations: { id: string }[] }).stations.some((s) => s.id === id);
}

// Signing in (argon2) and a production build shared with other suites make these slower than the default budget.
test.describe.configure({ timeout: 60_000 });

test('the hours editor writes opening_hours and shows it in words; invalid text is refused', async ({ page }) => {
  const county = '360827'; // 遂川县
  await asAdmin(page, 'county', county);
  const at = await freePoint(county);
  const s = await seedStation({ ...at, name: `时间驿站 ${randomUUID().slice(0, 8)}`, countyCode: county, openingHours: '24/7' });
  // The public page in both languages, as a shared link opens it: now kept in the page cache.
  const publicPages = async () => Promise.all(['', '/en'].map(async (l) => (await page.request.get(`${l}/stations/${s.id}`)).text()));
  for (const html of await publicPages()) expect(html).toContain('<code class="hours-raw">24/7</code>');
  await page.goto(`/admin/stations/${s.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`编辑站点：${s.name}`);

  // A hand-typed invalid string is refused with the parser's message.
  const raw = field(page, 'opening_hours 文本（高级）');
  await raw.fill('Mo-Fr 25:00-26:00');
  await expect(page.getByTestId('hours-words')).toContainText('开放时间无效');
  await save(page);
  await expect(page.locator('#err-openingHours')).toContainText('开放时间: 开放时间无效：');
  expect((await testDb().station.findUniqueOrThrow({ where: { id: s.id } })).version).toBe(1);

  // The editor writes the string and shows it in words.
  await page.getByRole('button', { name: '用编辑器重新设置' }).click();
  const row = page.getByRole('group', { name: '第 1 组时间' });
  await row.getByLabel('开始').fill('09:00');
  await row.getByLabel('周六').check();
  await expect(raw).toHaveValue('Mo-Sa 09:00-18:00');
  await expect(page.getByTestId('hours-words')).toHaveText('即：周一至周六 09:00–18:00；周日 休息');
  await page.getByLabel('24小时开放').check();
  await expect(raw).toHaveValue('24/7');
  await expect(page.getByTestId('hours-words')).toHaveText('即：24小时开放');
  await page.getByLabel('24小时开放').uncheck();
  await row.getByLabel('开始').fill('09:00');
  await row.getByLabel('周六').check();
  await expect(page.getByTestId('hours-words')).toHaveText('即：周一至周六 09:00–18:00；周日 休息');
  await saveAndWait(page);
  expect(await testDb().station.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ openingHours: 'Mo-Sa 09:00-18:00', version: 2 });
  await expect(page.getByTestId('hours-words')).toHaveText('即：周一至周六 09:00–18:00；周日 休息');
  const entry = await testDb().auditEntry.findFirstOrThrow({ where: { stationId: s.id, action: 'edit' } });
  expect([JSON.parse(entry.before!), JSON.parse(entry.after!)]).toEqual([{ openingHours: '24/7' }, { openingHours: 'Mo-Sa 09:00-18:00' }]);
  // The very next request for the public page shows the edit, in both languages.
  for (const html of await publicPages()) expect(html).toContain('<code class="hours-raw">Mo-Sa 09:00-18:00</code>');
});

test('verify, archive (gone from the public API) and restore, then the history', async ({ page }) => {
  const county = '360222'; // 浮梁县
  const admin = await asAdmin(page, 'county', county);
  const at = await freePoint(county);
  const s = await seedStation({ ...at, name: `核实驿站 ${randomUUID().slice(0, 8)}`, countyCode: county, lastVerifiedAt: null });
  await page.goto(`/admin/stations/${s.id}`);
  await expect(page.getByText('尚未核实')).toBeVisible();
  await field(page, '电话').fill('0796-7654321');
  await saveAndWait(page);

  // Verify: the date the public sees.
  const before = Date.now();
  await page.getByRole('button', { name: '标记为今天已核实' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已标记为今天核实。' })).toBeVisible();
  const verified = (await testDb().station.findUniqueOrThrow({ where: { id: s.id } })).lastVerifiedAt!;
  expect(verified.getTime()).toBeGreaterThanOrEqual(before - 1000);
  const pub = (await (await page.request.get(`/api/stations/${s.id}`)).json()) as { station: { lastVerifiedAt: string } };
  expect(pub.station.lastVerifiedAt).toBe(verified.toISOString());

  // Archive: gone from the public API; restore: back.
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.getByRole('button', { name: '归档（从公开地图上移除）' }).click();
  await expect(page.getByText('这个站点已归档，不会出现在公开地图上。')).toBeVisible();
  await expect.poll(() => servedNear(page.request, s.id, at)).toBe(false);
  expect((await page.request.get(`/api/stations/${s.id}`)).status()).toBe(404);
  await page.goto('/admin?archived=1&q=' + encodeURIComponent(s.name));
  await expect(page.getByRole('link', { name: s.name })).toBeVisible();
  await page.getByRole('link', { name: s.name }).click();
  await page.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复。' })).toBeVisible();
  await expect.poll(() => servedNear(page.request, s.id, at)).toBe(true);

  // History: newest first, with who and what changed.
  await page.getByRole('link', { name: '修改历史' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`修改历史：${s.name}`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(5); // header + restore, archive, verify, edit
  await expect(rows.nth(1)).toContainText('恢复');
  await expect(rows.nth(2)).toContainText('归档');
  await expect(rows.nth(3)).toContainText('核实');
  await expect(rows.nth(4)).toContainText('编辑');
  await expect(rows.nth(4)).toContainText(admin.email);
  await expect(rows.nth(4).getByRole('listitem')).toHaveText(['电话: 0791-88886666 → 0796-7654321']);
  await expect(rows.nth(2).getByRole('listitem')).toHaveText([/^归档时间: （空） → \d{4}年/]);
  const entries = await testDb().auditEntry.findMany({ where: { stationId: s.id }, orderBy: { at: 'asc' } });
  expect(entries.map((e) => e.action)).toEqual(['edit', 'verify', 'archive', 'restore']);
  expect(entries.every((e) => e.actorId === admin.id && e.countyCode === county)).toBe(true);
});

test('the status follows the lifecycle', async ({ page }) => {
  const county = '361128'; // 鄱阳县
  await asAdmin(page, 'county', county);
  const at = await freePoint(county);
  const s = await seedStation({ ...at, name: `状态驿站 ${randomUUID().slice(0, 8)}`, countyCode: county, status: 'in_use' });
  await page.goto(`/admin/stations/${s.id}`);
  const status = field(page, '状态');
  await expect(status.getByRole('option')).toHaveText(['使用中', '暂停服务']);
  // A forged option is refused on the server.
  await whenHydrated(status);
  await status.evaluate((el) => { const o = document.createElement('option'); o.value = 'planned'; o.text = 'x'; el.append(o); });
  await status.selectOption('planned');
  await save(page);
  await expect(page.locator('#err-status')).toHaveText('状态: 状态不能从“使用中”直接改为“规划中”。');
  await status.selectOption('suspended');
  await saveAndWait(page);
  await expect(field(page, '状态').getByRole('option')).toHaveText(['使用中', '暂停服务', '已关闭']);
  expect((await testDb().station.findUniqueOrThrow({ where: { id: s.id } })).status).toBe('suspended');
});
