import { randomInt, randomUUID } from 'node:crypto';
import { createTestAdmin, signIn, testDb } from '../admin-fixtures';
import { expect, seedStation, spot, test } from '../fixtures';

// A worker on a phone grades a station on its page; the review waits for the
// county union's moderation, then shows with the union's reply and the
// station's grade, on the page and in the API. A low grade is a complaint the
// sender can follow on a private link. Each worker is a device of its own (its
// own X-Forwarded-For: the suite's server trusts loopback as its proxy).

const fakeIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

test('a review waits for moderation, then shows with the reply and the grade', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(60_000);
  const s = await seedStation({ ...spot(46, info), countyCode: '360102', name: `评价驿站 ${info.project.name}-${randomUUID().slice(0, 8)}` });
  const text = `热水很足，师傅很热情 ${randomUUID().slice(0, 6)}`;

  // The worker, on the station page a shared link opens.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await page.goto(`/stations/${s.id}`);
  const section = page.getByRole('region', { name: '评价', exact: true });
  await expect(section.getByText('还没有评价。')).toBeVisible();
  await section.getByText('写评价', { exact: true }).click();
  const form = section.getByRole('form', { name: '评价这个站点' });
  await expect(form.getByRole('group', { name: '打几颗星？' })).toBeVisible();
  await form.getByRole('radio', { name: '4 星 · 较好' }).check();
  await form.getByLabel(/说说你的体验/).fill(text);
  await form.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByRole('status').filter({ hasText: '谢谢，评价经审核后显示' })).toBeVisible();
  await expect(page.getByRole('link', { name: '查看投诉处理进度' })).toHaveCount(0);
  await expect(page.getByText(text)).toHaveCount(0);
  await page.goto(`/stations/${s.id}`);
  await expect(page.getByText(text)).toHaveCount(0);
  await expect(page.getByRole('region', { name: '评价', exact: true }).getByText('还没有评价。')).toBeVisible();
  expect(await testDb().review.findFirst({ where: { stationId: s.id } })).toMatchObject({ stars: 4, text, status: 'pending', countyCode: '360102' });

  // The county union publishes it and answers, at its desk.
  const admin = await createTestAdmin('county', '360102');
  const desk = await (await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(desk, admin);
  await desk.goto('/admin');
  await desk.getByRole('link', { name: /^评价（\d+）$/ }).click();
  await expect(desk).toHaveURL(/\/admin\/reviews$/);
  const pending = desk.getByRole('row').filter({ hasText: s.name });
  await expect(pending).toContainText(text);
  await expect(pending.getByRole('cell', { name: '4 星' })).toBeVisible();
  await pending.getByRole('button', { name: '发布', exact: true }).click();
  await expect(desk.getByRole('status').filter({ hasText: '评价已发布。' })).toBeVisible();
  const published = desk.getByRole('row').filter({ hasText: s.name });
  await published.getByLabel(/公开回复/).fill('谢谢，我们会继续保持。');
  await published.getByRole('button', { name: '发布回复', exact: true }).click();
  await expect(desk.getByRole('status').filter({ hasText: '回复已公开。' })).toBeVisible();
  await expect(desk.getByRole('row').filter({ hasText: s.name })).toContainText(`${admin.email} 于`);
  await desk.context().close();

  // Everyone now sees it: the review, the reply under it, the grade.
  await page.goto(`/stations/${s.id}`);
  const shown = page.getByRole('region', { name: '评价', exact: true });
  await expect(shown.getByText('★ 4.0 · 1 条评价')).toBeVisible();
  const item = shown.getByRole('listitem').filter({ hasText: text });
  await expect(item.getByRole('img', { name: '4 星（满分 5 星）' })).toBeVisible();
  await expect(item.getByText('工会回复')).toBeVisible();
  await expect(item.getByText('谢谢，我们会继续保持。')).toBeVisible();
  const api = (await (await page.request.get(`/api/stations/${s.id}`)).json()) as { station: { grade: unknown } };
  expect(api.station.grade).toEqual({ stars: 4, count: 1 });
  const audit = await testDb().auditEntry.findMany({ where: { stationId: s.id }, orderBy: { at: 'asc' } });
  expect(audit.map((a) => a.action)).toEqual(['review_publish', 'review_reply']);
});

test('a low grade needs a reason, then gives the private link to follow the complaint, without JavaScript', async ({ browser }, info) => {
  const s = await seedStation({ ...spot(47, info), countyCode: '360102', name: `差评驿站 ${info.project.name}-${randomUUID().slice(0, 8)}` });
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });
  const page = await context.newPage();
  await page.goto(`/stations/${s.id}`);
  await page.getByText('写评价', { exact: true }).click();
  const form = page.getByRole('form', { name: '评价这个站点' });
  await form.getByRole('radio', { name: '1 星 · 很差' }).check();
  await form.getByRole('button', { name: '提交评价' }).click();
  await expect(form.getByText('两星及以下请写明哪里不好')).toBeVisible();
  await expect(form.getByRole('radio', { name: '1 星 · 很差' })).toBeChecked();
  await form.getByLabel(/说说你的体验/).fill('下午三点门锁着，电话没人接 abc.com');
  await form.getByRole('button', { name: '提交评价' }).click();
  await expect(form.getByText('评价里不能有链接或网址。')).toBeVisible();
  expect(await testDb().review.count({ where: { stationId: s.id } })).toBe(0);
  await form.getByLabel(/说说你的体验/).fill('下午三点门锁着，电话没人接');
  await form.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByRole('status')).toContainText('谢谢，评价经审核后显示');
  const link = page.getByRole('link', { name: '查看投诉处理进度' });
  await expect(link).toHaveAttribute('href', /^\/complaints\/[A-Za-z0-9_-]{43}$/);
  const review = await testDb().review.findFirstOrThrow({ where: { stationId: s.id } });
  expect(await testDb().report.findFirst({ where: { reviewId: review.id } })).toMatchObject({ category: 'review', countyCode: '360102', status: 'open' });
  await link.click();
  await expect(page).toHaveURL(/\/complaints\//);
  await expect(page.getByText('下午三点门锁着，电话没人接')).toBeVisible();
  await context.close();
});
