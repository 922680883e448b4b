import { createHash, randomInt, randomUUID } from 'node:crypto';
import { dueDayLabel } from '../../lib/complaints/due';
import { createTestAdmin, signIn, testDb } from '../admin-fixtures';
import { queuePageWith } from '../admin/security-world';
import { expect, seedStation, spot, test } from '../fixtures';

// A worker on a phone reports a problem on a station's page: it is a
// complaint with a due date, and the worker gets a private link to follow it.
// The county union marks it in progress, then answers; the link shows each
// step and the answer. The worker is a device of its own (X-Forwarded-For:
// the suite's server trusts loopback as its proxy).

const fakeIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

test('a problem report is a complaint the sender follows to its answer', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(60_000);
  const s = await seedStation({ ...spot(52, info), countyCode: '360102', name: `投诉驿站 ${info.project.name}-${randomUUID().slice(0, 8)}` });
  const text = `下午三点门锁着，牌子写 9–17 点 ${randomUUID().slice(0, 6)}`;

  // The worker sends it from the station page.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await page.goto(`/stations/${s.id}`);
  await page.getByText('报告问题', { exact: true }).click();
  const form = page.getByRole('form', { name: '报告这个站点的问题' });
  await form.getByRole('radio', { name: '已关闭' }).check();
  await form.getByLabel(/详细说明/).fill(text);
  await form.getByRole('button', { name: '提交反馈' }).click();
  const receipt = page.getByRole('status').filter({ hasText: '已受理' });
  await expect(receipt).toBeVisible();
  const report = await testDb().report.findFirstOrThrow({ where: { stationId: s.id } });
  expect(report).toMatchObject({ category: 'closed', text, status: 'open', progress: 'received', countyCode: '360102' });
  const due = dueDayLabel(report.dueAt!, 'zh-CN');
  await expect(receipt).toContainText(`县总工会将在 ${due} 前答复`);
  await expect(receipt).toContainText('唯一方式');
  const link = receipt.getByRole('link', { name: '跟进这条投诉' });
  await expect(link).toHaveAttribute('href', /^\/complaints\/[A-Za-z0-9_-]{43}$/);
  const path = (await link.getAttribute('href'))!;
  // Only the token's hash is kept.
  expect(report.trackHash).toBe(createHash('sha256').update(path.split('/').pop()!).digest('hex'));

  // The private page: received, due, not indexed, no Referer.
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1, name: '投诉进度' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('已受理');
  await expect(main).toContainText(due);
  await expect(main.getByText(text)).toBeVisible();
  await expect(main.getByRole('link', { name: s.name })).toHaveAttribute('href', `/stations/${s.id}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  const headers = (await page.request.get(path)).headers();
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-robots-tag']).toContain('noindex');

  // The county union, at its desk: in progress, then the answer.
  const admin = await createTestAdmin('county', '360102');
  const desk = await (await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(desk, admin);
  await desk.goto((await queuePageWith(desk, text))!);
  const row = desk.getByRole('row').filter({ hasText: text });
  await expect(row).toContainText('已受理');
  await row.getByRole('button', { name: '标为处理中' }).click();
  await expect(desk.getByRole('status').filter({ hasText: '已标为处理中' })).toBeVisible();
  await desk.goto((await queuePageWith(desk, text))!);
  const again = desk.getByRole('row').filter({ hasText: text });
  await expect(again).toContainText('处理中');
  await expect(again.getByRole('button', { name: '标为处理中' })).toHaveCount(0);
  await again.getByLabel(/给投诉人的答复/).fill('已联系站点，工作时间恢复开门。<b>谢谢</b>');
  await again.getByRole('button', { name: '答复', exact: true }).click();
  await expect(desk.getByRole('status').filter({ hasText: '已答复' })).toBeVisible();
  await desk.context().close();

  // The link now shows each step and the answer, as text.
  await page.reload();
  await expect(main).toContainText('已答复');
  const steps = main.getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(1)).toContainText('处理中');
  await expect(steps.nth(1)).not.toContainText('尚未开始');
  await expect(main.getByRole('region', { name: '县总工会的答复' })).toContainText('已联系站点，工作时间恢复开门。<b>谢谢</b>');
  expect(await page.locator('main b').count()).toBe(0);
  expect(await testDb().auditEntry.findMany({ where: { stationId: s.id }, orderBy: { at: 'asc' }, select: { action: true } }))
    .toEqual([{ action: 'complaint_progress' }, { action: 'report_resolve' }]);
});

test('a private link that is malformed or unknown is a plain 404', async ({ page }) => {
  for (const path of ['/complaints/not-a-token', `/complaints/${'A'.repeat(43)}`, `/en/complaints/${'b'.repeat(43)}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('投诉');
});
