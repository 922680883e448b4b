import { randomInt } from 'node:crypto';
import { createTestAdmin, signIn } from '../admin-fixtures';
import { expect, seedStation, spot, test, waitForStation } from '../fixtures';

// A worker on a phone: "open, I'm here" on the station page, "locked" from the
// list beside the map; the map, the list and the API say "uncertain" until the
// county union checks and clears it. Each worker is a device of its own
// (its own X-Forwarded-For: the suite's server trusts loopback as its proxy).

const fakeIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

test('confirm open, report locked → uncertain in the list and on the map; the county admin clears it', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(60_000);
  const at = spot(40, info);
  const s = await seedStation({ ...at, name: `现场确认驿站 ${info.project.name}-${Date.now()}` });

  // Worker 1, on the station page a shared link opens.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await page.goto(`/stations/${s.id}`);
  await expect(page.getByText('还没有工友确认过现场情况')).toBeVisible();
  const pageForm = page.getByRole('form', { name: `现场情况 · ${s.name}` });
  await pageForm.getByRole('button', { name: '开着，我在这儿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '谢谢！已记下' })).toBeVisible();
  await expect(page.getByText(/今天 \d\d:\d\d 有工友确认开放 · 本周 1 人确认/)).toBeVisible();

  // Worker 2, at the door an hour's walk later, from the list beside the map.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeIp() });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/?at=${at.lat},${at.lng},16`);
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: s.name }) });
  await expect(entry.getByText('营业中')).toBeVisible();
  await entry.getByRole('form', { name: `现场情况 · ${s.name}` }).getByRole('button', { name: '锁了' }).click();
  await expect(entry.getByRole('status')).toContainText('锁着');
  await expect(entry.getByText('不确定是否开放')).toBeVisible();
  // What the server now says, for everyone: the list and the marker after a reload.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: s.name }) }).getByText('不确定是否开放')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: `${s.name} · 不确定是否开放` })).toBeVisible();

  // The county union checks and clears it.
  const admin = await createTestAdmin('county', s.countyCode);
  const desk = await (await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await signIn(desk, admin);
  await desk.goto('/admin');
  const locked = desk.getByRole('region', { name: /工友报告锁门的驿站/ });
  await expect(locked.getByRole('link', { name: s.name })).toBeVisible();
  await locked.getByRole('button', { name: `已核实开放：${s.name}` }).click();
  await expect(desk.getByRole('status').filter({ hasText: '已清除锁门报告' })).toBeVisible();
  const audit = await desk.request.get(`/api/stations/${s.id}`);
  expect(((await audit.json()) as { station: { openState: string; openNow: boolean } }).station).toMatchObject({ openState: 'open', openNow: true });
  await desk.context().close();

  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: s.name }) }).getByText('营业中')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
});

test('the station page answers a refused confirmation in words, without JavaScript', async ({ browser }, info) => {
  const s = await seedStation({ ...spot(41, info), name: `无脚本确认驿站 ${info.project.name}-${Date.now()}` });
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });
  const page = await context.newPage();
  await page.goto(`/stations/${s.id}`);
  await page.getByRole('button', { name: '锁着或没开' }).click();
  await expect(page.getByRole('status')).toContainText('谢谢！已记下');
  await expect(page.getByText(/不确定是否开放 · \d\d:\d\d 有工友报告锁门/)).toBeVisible();
  // The same phone again within the hour: told when it may, nothing stored.
  await page.getByRole('button', { name: '开着，我在这儿' }).click();
  await expect(page.getByRole('alert')).toContainText('一小时内已经说过');
  await expect(page.getByText(/不确定是否开放/)).toBeVisible();
  await context.close();
});
