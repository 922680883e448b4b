import { randomInt, randomUUID } from 'node:crypto';
import { asAdmin, testDb } from '../admin-fixtures';
import { expect, seedStation, test } from '../fixtures';
import { tamper } from '../support/tamper';

// The complaints queue: each admin sees the reports of the stations in scope,
// answers or rejects them with a reply (audited in the same transaction), and
// cannot decide a report outside scope whatever the form says.

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

async function reportedStation(countyCode: string, label: string, text = '这里已经关门了') {
  const s = await seedStation({ lat: 28.67, lng: 115.9, countyCode, name: `${label} ${randomUUID().slice(0, 8)}` });
  const report = await testDb().report.create({ data: { stationId: s.id, countyCode, category: 'closed', text } });
  return { station: s, report };
}

const row = (page: import('@playwright/test').Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('a report sent from the station page shows in its county admin’s queue as text, and not in another county’s', async ({ page, browser }) => {
  const station = await seedStation({ lat: 28.67, lng: 115.9, countyCode: '360111', name: `队列驿站 ${randomUUID().slice(0, 8)}` });
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.9.${randomInt(256)}.${randomInt(1, 255)}` });
  await page.goto(`/stations/${station.id}`);
  await page.getByText('报告问题', { exact: true }).click();
  await page.getByRole('radio', { name: '已关闭' }).check();
  await page.getByLabel(/详细说明/).fill(`${XSS}\n第二行`);
  await page.getByRole('button', { name: '提交反馈' }).click();
  await expect(page.getByRole('status').filter({ hasText: '谢谢' })).toBeVisible();
  const report = await testDb().report.findFirstOrThrow({ where: { stationId: station.id } });
  expect(report).toMatchObject({ countyCode: '360111', category: 'closed', text: `${XSS}\n第二行` });
  await asAdmin(page, 'county', '360111');
  await page.goto('/admin');
  await page.getByRole('link', { name: /问题反馈（\d+）/ }).click();
  await expect(page).toHaveURL(/\/admin\/reports$/);
  const mine = row(page, station.name);
  await expect(mine).toHaveCount(1);
  await expect(mine.getByRole('link', { name: `编辑站点: ${station.name}` })).toHaveAttribute('href', `/admin/stations/${station.id}`);
  await expect(mine.getByRole('cell', { name: '已关闭' })).toBeVisible();
  await expect(mine.getByRole('cell', { name: `${XSS} 第二行` })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // The city admin of the same city sees it too; another county's admin does not.
  const city = await browser.newPage();
  await asAdmin(city, 'city', '360100');
  await city.goto('/admin/reports');
  await expect(row(city, station.name)).toHaveCount(1);
  const other = await browser.newPage();
  await asAdmin(other, 'county', '360112');
  await other.goto('/admin/reports');
  await expect(other.getByRole('heading', { name: /待处理/ })).toBeVisible();
  await expect(row(other, station.name)).toHaveCount(0);
  expect(await other.content()).not.toContain(report.id);
});

test('answer and reject are recorded in the audit log, each with its reply', async ({ page }) => {
  const a = await reportedStation('360121', '解决驿站');
  const b = await reportedStation('360121', '驳回驿站');
  const admin = await asAdmin(page, 'county', '360121');
  await page.goto('/admin/reports');
  await row(page, a.station.name).getByLabel(/给投诉人的答复/).fill('已改为关闭状态');
  await row(page, a.station.name).getByRole('button', { name: '答复', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已答复' })).toBeVisible();
  // A rejection needs its reason too: the browser asks for it, and so would the server.
  await row(page, b.station.name).getByRole('button', { name: '驳回', exact: true }).click();
  expect(await row(page, b.station.name).getByLabel(/给投诉人的答复/).evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing)).toBe(true);
  expect(await testDb().report.findUnique({ where: { id: b.report.id } })).toMatchObject({ status: 'open' });
  await row(page, b.station.name).getByLabel(/给投诉人的答复/).fill('站点周末本就不开放');
  await row(page, b.station.name).getByRole('button', { name: '驳回', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已驳回' })).toBeVisible();
  // Both now sit under "recently decided" with who decided.
  await expect(row(page, a.station.name)).toContainText(`${admin.email} 于`);
  await expect(row(page, a.station.name)).toContainText('已改为关闭状态');
  await expect(row(page, a.station.name).getByRole('button')).toHaveCount(0);
  const db = testDb();
  expect(await db.report.findUnique({ where: { id: a.report.id } })).toMatchObject({ status: 'resolved', decidedBy: admin.email, decisionNote: '已改为关闭状态' });
  expect(await db.report.findUnique({ where: { id: b.report.id } })).toMatchObject({ status: 'dismissed', decisionNote: '站点周末本就不开放' });
  const audit = await db.auditEntry.findMany({ where: { stationId: { in: [a.station.id, b.station.id] } }, orderBy: { at: 'asc' } });
  expect(audit).toMatchObject([
    { action: 'report_resolve', stationId: a.station.id, actorId: admin.id, actorEmail: admin.email, countyCode: '360121', note: '已改为关闭状态' },
    { action: 'report_dismiss', stationId: b.station.id, actorId: admin.id, countyCode: '360121', note: '站点周末本就不开放' },
  ]);
  expect(JSON.parse(audit[0]!.after!)).toEqual({ reportId: a.report.id, status: 'resolved' });
});

test('a county admin cannot dismiss another county’s report by editing the form', async ({ page }) => {
  const mine = await reportedStation('360123', '本县驿站');
  const theirs = await reportedStation('360124', '外县驿站');
  await asAdmin(page, 'county', '360123');
  await page.goto('/admin/reports');
  const form = row(page, mine.station.name);
  await tamper(form.locator('input[name="reportId"]'), theirs.report.id);
  await form.getByLabel(/给投诉人的答复/).fill('不属实');
  await form.getByRole('button', { name: '驳回', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('你没有权限执行这个操作。');
  const db = testDb();
  expect(await db.report.findUnique({ where: { id: theirs.report.id } })).toMatchObject({ status: 'open', decidedAt: null, decidedBy: null });
  expect(await db.report.findUnique({ where: { id: mine.report.id } })).toMatchObject({ status: 'open' });
  expect(await db.auditEntry.count({ where: { stationId: { in: [mine.station.id, theirs.station.id] } } })).toBe(0);
});
