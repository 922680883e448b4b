import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';
import { asAdmin, testDb } from '../admin-fixtures';

// The whole audit log for national admins: filters, keyset pages, readable
// before/after diffs rendered as text. Each test writes its own entries under
// a unique actor email.

const actorEmail = () => `actor-${randomUUID().slice(0, 8)}@e2e.yizhan.test`;
type Seed = { action: string; at: string; stationId?: string; countyCode?: string; before?: unknown; after?: unknown; note?: string; clientAddress?: string };

async function seed(actor: string, entries: Seed[]) {
  for (const e of entries) {
    await testDb().auditEntry.create({
      data: {
        actorId: null, actorEmail: actor, action: e.action, at: new Date(e.at), stationId: e.stationId ?? null, countyCode: e.countyCode ?? null,
        before: e.before === undefined ? null : JSON.stringify(e.before), after: e.after === undefined ? null : JSON.stringify(e.after), note: e.note ?? null,
        clientAddress: e.clientAddress ?? null,
      },
    });
  }
}

test('filters by actor, action, station, county and dates; diffs are readable text', async ({ page }) => {
  await asAdmin(page, 'province');
  const actor = actorEmail();
  const s1 = `e2e-audit-${randomUUID().slice(0, 8)}`;
  const xss = '<img src=x onerror="document.body.dataset.pwned=1">';
  await seed(actor, [
    { action: 'edit', at: '2026-03-01T10:00:00+08:00', stationId: s1, countyCode: '360102', before: { name: '旧名', phone: null, version: 1 }, after: { name: '新名', phone: '0791-1', version: 2 }, clientAddress: '198.51.100.7' },
    { action: 'verify', at: '2026-03-05T23:30:00+08:00', stationId: `${s1}-b`, countyCode: '360103', before: { lastVerifiedAt: null }, after: { lastVerifiedAt: '2026-03-05' } },
    { action: 'report_dismiss', at: '2026-03-06T00:30:00+08:00', stationId: `${s1}-c`, countyCode: '360103', after: { text: xss }, note: xss },
  ]);
  await page.goto(`/admin/audit?actor=${encodeURIComponent(actor.toUpperCase())}`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('驳回反馈');
  await expect(rows.nth(2)).toContainText('核实站点');
  await expect(rows.nth(3)).toContainText('编辑站点');
  const edit = rows.nth(3);
  await expect(edit).toContainText('来自 198.51.100.7');
  await expect(edit.getByRole('link', { name: `站点 ${s1}` })).toHaveAttribute('href', `/admin/stations/${s1}/history`);
  await expect(edit).toContainText('南昌市东湖区');
  await expect(edit.getByRole('listitem')).toHaveText(['名称: 旧名 → 新名', '电话: （空） → 0791-1', '版本: 1 → 2']);
  await expect(rows.nth(1).getByRole('listitem')).toHaveText([`反馈内容: （空） → ${xss}`]);
  await expect(rows.nth(1)).toContainText(`备注：${xss}`);
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  const filters = page.getByRole('form', { name: '筛选操作日志' });
  await filters.getByLabel('操作', { exact: true }).selectOption({ label: '编辑站点' });
  await filters.getByRole('button', { name: '筛选' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('编辑站点');

  await filters.getByLabel('操作', { exact: true }).selectOption('');
  await filters.getByLabel('县（区）').selectOption({ label: '西湖区' });
  await filters.getByRole('button', { name: '筛选' }).click();
  await expect(rows).toHaveCount(3);

  // Whole days in China time: 23:30 on the 5th is the 5th, 00:30 on the 6th is not.
  await filters.getByLabel('县（区）').selectOption('');
  await filters.getByLabel('开始日期').fill('2026-03-02');
  await filters.getByLabel('结束日期').fill('2026-03-05');
  await filters.getByRole('button', { name: '筛选' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('核实站点');

  await page.goto(`/admin/audit?station=${s1}`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('编辑站点');
});

test('pages through the log newest first with no entry lost or repeated', async ({ page }) => {
  await asAdmin(page, 'national');
  const actor = actorEmail();
  // Many entries share a timestamp, so the order must fall back on the id.
  await seed(actor, Array.from({ length: 57 }, (_, i) => ({
    action: 'edit', at: new Date(Date.UTC(2026, 4, 1, 0, Math.floor(i / 10))).toISOString(), note: `#${i}`,
  })));
  await page.goto(`/admin/audit?actor=${actor}`);
  const notes = () => page.locator('.audit-note').allTextContents();
  const times = () => page.locator('tbody time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  await expect(page.locator('tbody tr')).toHaveCount(50);
  const first = await notes();
  const firstTimes = await times();
  await page.getByRole('link', { name: '更早的记录' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(7);
  const second = await notes();
  const all = [...first, ...second];
  expect(new Set(all).size).toBe(57);
  const allTimes = [...firstTimes, ...(await times())];
  expect(allTimes).toEqual([...allTimes].sort().reverse());
  await expect(page.getByRole('link', { name: '更早的记录' })).toHaveCount(0);
  await page.getByRole('link', { name: '回到最新' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(50);
  expect(await notes()).toEqual(first);
});

test('bad filters are named beside their field, never a 500', async ({ page }) => {
  await asAdmin(page, 'national');
  const res = await page.goto('/en/admin/audit?county=999999&from=2026-13-45&action=drop&after=junk');
  expect(res?.status()).toBe(200);
  const filters = page.getByRole('form', { name: 'Filter the audit log' });
  await expect(filters.getByLabel('County')).toHaveAccessibleDescription('Choose a county from the list.');
  await expect(filters.getByLabel('From date')).toHaveAccessibleDescription('Use the form year-month-day.');
  await expect(filters.getByLabel('Action', { exact: true })).toHaveAccessibleDescription('No such action.');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
});

test("a province admin reads its own province's entries, a national admin everyone's", async ({ page }) => {
  const actor = actorEmail();
  const tag = randomUUID().slice(0, 8);
  await seed(actor, [
    { action: 'edit', at: '2026-04-01T10:00:00+08:00', stationId: `e2e-henan-${tag}`, countyCode: '410103', after: { name: '郑州' } },
    { action: 'edit', at: '2026-04-01T11:00:00+08:00', stationId: `e2e-jiangxi-${tag}`, countyCode: '360102', after: { name: '南昌' } },
  ]);
  const rows = page.getByRole('table').getByRole('row');
  await asAdmin(page, 'province', '410000');
  await page.goto(`/admin/audit?actor=${encodeURIComponent(actor)}`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`e2e-henan-${tag}`);
  await expect(page.getByRole('form', { name: '筛选操作日志' }).getByLabel('县（区）').getByRole('option', { name: '二七区' })).toHaveCount(1);
  await asAdmin(page, 'national');
  await page.goto(`/admin/audit?actor=${encodeURIComponent(actor)}`);
  await expect(rows).toHaveCount(3);
});
