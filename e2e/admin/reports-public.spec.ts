import { randomInt, randomUUID } from 'node:crypto';
import { testDb } from '../admin-fixtures';
import { archiveStation, expect, seedStation, test } from '../fixtures';

// The public "Report a problem" form: no sign-in, on the station page without
// JavaScript and in the map's panel; a honeypot; five reports per address per
// hour. Every test sends its own X-Forwarded-For, so each has its own limit
// although all of them come from 127.0.0.1.

const fakeIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const station = (label: string) => seedStation({ lat: 28.67, lng: 115.9, countyCode: '360102', name: `${label} ${randomUUID().slice(0, 8)}` });
const reportsOf = (stationId: string) => testDb().report.findMany({ where: { stationId }, orderBy: { createdAt: 'asc' } });

test('a report from the station page works without JavaScript', async ({ browser }) => {
  const s = await station('无脚本报告驿站');
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });
  const page = await context.newPage();
  await page.goto(`/stations/${s.id}`);
  await page.getByText('报告问题', { exact: true }).click();
  const form = page.getByRole('form', { name: '报告这个站点的问题' });
  await form.getByRole('radio', { name: '开放时间不对' }).check();
  await form.getByLabel(/详细说明/).fill('周日 9 点才开门，\n不是 24 小时。');
  await form.getByRole('button', { name: '提交反馈' }).click();
  await expect(page.getByRole('status')).toHaveText(/谢谢/);
  const [report] = await reportsOf(s.id);
  expect(report).toMatchObject({ category: 'wrong_hours', text: '周日 9 点才开门，\n不是 24 小时。', status: 'open', countyCode: '360102' });
  await context.close();
});

test('a report from the map panel, in English; "other" needs details', async ({ page }) => {
  const s = await station('Panel report station');
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await page.goto(`/en?s=${s.id}&at=${s.lat},${s.lng},16`);
  await expect(page.getByRole('article', { name: s.name })).toBeVisible();
  await page.getByText('Report a problem', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Report a problem with this station' });
  await form.getByRole('radio', { name: 'Other' }).check();
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect(form.getByText('Describe the problem.')).toBeVisible();
  await expect(form.getByRole('radio', { name: 'Other' })).toBeChecked();
  expect(await reportsOf(s.id)).toHaveLength(0);
  await form.getByLabel(/Details/).fill('The door has a new code.');
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
  expect(await reportsOf(s.id)).toMatchObject([{ category: 'other', text: 'The door has a new code.' }]);
});

test('a filled honeypot looks accepted but stores nothing; people never see it', async ({ page }) => {
  const s = await station('蜜罐驿站');
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await page.goto(`/stations/${s.id}`);
  await page.getByText('报告问题', { exact: true }).click();
  const form = page.getByRole('form', { name: '报告这个站点的问题' });
  // Hidden from the accessibility tree and the tab order.
  await expect(form.getByRole('textbox', { name: '请留空' })).toHaveCount(0);
  const trap = form.locator('input[name="website"]');
  await expect(trap).toHaveAttribute('tabindex', '-1');
  await trap.fill('http://spam.example', { force: true });
  await form.getByRole('radio', { name: '已关闭' }).check();
  await form.getByRole('button', { name: '提交反馈' }).click();
  await expect(page.getByRole('status')).toHaveText(/谢谢/);
  expect(await reportsOf(s.id)).toHaveLength(0);
});

test('the sixth report from one address within the hour is refused', async ({ page }) => {
  const s = await station('限流驿站');
  const ip = fakeIp();
  await testDb().rateLimit.deleteMany({ where: { key: `report_ip:${ip}` } });
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
  for (let i = 1; i <= 6; i++) {
    await page.goto(`/stations/${s.id}`);
    await page.getByText('报告问题', { exact: true }).click();
    const form = page.getByRole('form', { name: '报告这个站点的问题' });
    await form.getByRole('radio', { name: '服务设施缺失或有误' }).check();
    await form.getByLabel(/详细说明/).fill(`第 ${i} 次`);
    await form.getByRole('button', { name: '提交反馈' }).click();
    if (i < 6) await expect(page.getByRole('status')).toHaveText(/谢谢/);
  }
  await expect(page.getByRole('alert').filter({ hasText: '提交的反馈太多' })).toContainText('分钟后再试');
  expect((await reportsOf(s.id)).map((r) => r.text)).toEqual(['第 1 次', '第 2 次', '第 3 次', '第 4 次', '第 5 次']);
  // Another address is not affected.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await page.goto(`/stations/${s.id}`);
  await page.getByText('报告问题', { exact: true }).click();
  await page.getByRole('radio', { name: '位置不对' }).check();
  await page.getByRole('button', { name: '提交反馈' }).click();
  await expect(page.getByRole('status')).toHaveText(/谢谢/);
});

test('an archived station takes no reports', async ({ page }) => {
  const s = await station('归档报告驿站');
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await page.goto(`/stations/${s.id}`);
  await archiveStation(s.id);
  await page.getByText('报告问题', { exact: true }).click();
  await page.getByRole('radio', { name: '已关闭' }).check();
  await page.getByRole('button', { name: '提交反馈' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '找不到这个站点' })).toBeVisible();
  expect(await reportsOf(s.id)).toHaveLength(0);
});
