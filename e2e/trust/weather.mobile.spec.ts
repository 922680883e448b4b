import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { createTestAdmin, signIn, testDb, type TestAccount } from '../admin-fixtures';
import { alertOf, expectRefused, formWith, harvestForms, postForm, withValues } from '../admin/security-helpers';
import { expect, offset, seedStation, spot, test, waitForStation } from '../fixtures';

// Weather mode on a phone: a city union sets a heat alert for one of its
// counties; there the map page says so and lists only the air-conditioned
// stations open now, "显示全部" shows everything again, and once the alert is
// cancelled the page is as before. The alert covers 横峰县 (361125, in 上饶市
// 361100), where the phone's spot(48) lies and no other spec opens the map:
// a city-wide alert would filter the lists of other specs' stations in 上饶市.

const CITY = '361100';
const COUNTY = '361125';
const REGION = '上饶市横峰县';

/** A datetime-local value in Beijing time, `hours` from now. */
const beijing = (hours: number) => new Date(Date.now() + (8 + hours) * 3_600_000).toISOString().slice(0, 16);

async function desk(browser: Browser, baseURL: string | undefined, account: TestAccount): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await signIn(page, account);
  return page;
}

test('heat alert: the banner, only air-conditioned stations open now, show all, and gone once cancelled', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(90_000);
  const at = spot(48, info);
  const tag = `${info.project.name}-${randomUUID().slice(0, 8)}`;
  const cool = await seedStation({ ...offset(at, 80, 0), name: `空调驿站 ${tag}`, openingHours: '24/7', amenities: ['air_conditioning', 'drinking_water'] });
  const plain = await seedStation({ ...offset(at, 40, 0), name: `普通驿站 ${tag}`, openingHours: '24/7', amenities: ['drinking_water'] });
  expect([cool.countyCode, plain.countyCode], 'spot(48) on the phone lies in 横峰县').toEqual([COUNTY, COUNTY]);
  await waitForStation(page, cool.id, at.lat, at.lng);
  await waitForStation(page, plain.id, at.lat, at.lng);
  const admin = await createTestAdmin('city', CITY);
  const union = await desk(browser, baseURL, admin);
  try {
    // The city union sets it through the form, for one of its counties.
    await union.goto('/admin');
    await union.getByRole('link', { name: '天气预警' }).click();
    const form = union.getByRole('form', { name: '发布预警' });
    await form.getByRole('radio', { name: /高温/ }).check();
    await form.getByLabel('范围').selectOption(COUNTY);
    await form.getByLabel('结束时间（北京时间）').fill(beijing(2));
    await form.getByLabel('说明（选填）').fill(`午后尽量避免户外作业 ${tag}`);
    await form.getByRole('button', { name: '发布预警' }).click();
    await expect(union.getByRole('status')).toHaveText('预警已发布，地图上马上就能看到。');
    await expect(union.getByRole('row').filter({ hasText: tag })).toContainText(REGION);

    // A worker nearby: the banner, and only the air-conditioned station.
    const list = page.locator('.station-list');
    const banner = page.getByRole('region', { name: '天气预警' });
    await page.goto(`/?near=${at.lat},${at.lng}`);
    await expect(banner).toContainText('高温预警：下面只显示有空调、现在开着的驿站');
    await expect(banner).toContainText(REGION);
    await expect(banner).toContainText(tag);
    await expect(list.getByRole('link', { name: cool.name })).toBeVisible();
    await expect(list.getByRole('link', { name: plain.name })).toHaveCount(0);

    // One tap shows everything again, and the URL remembers it.
    await banner.getByRole('link', { name: '显示全部' }).click();
    await expect(page).toHaveURL(/weather=off/);
    await expect(list.getByRole('link', { name: plain.name })).toBeVisible();
    await expect(list.getByRole('link', { name: cool.name })).toBeVisible();
    await expect(banner).toContainText('正在显示全部驿站');
    await page.reload();
    await expect(list.getByRole('link', { name: plain.name })).toBeVisible();
    await banner.getByRole('link', { name: '只看有空调、开着的' }).click();
    await expect(page).not.toHaveURL(/weather=off/);
    await expect(list.getByRole('link', { name: plain.name })).toHaveCount(0);

    // The same without JavaScript: the server renders the banner and the list it filters.
    const plainPhone = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const noScript = await plainPhone.newPage();
    await noScript.goto(`/?near=${at.lat},${at.lng}`);
    await expect(noScript.getByRole('region', { name: '天气预警' })).toContainText('高温预警');
    await expect(noScript.getByRole('link', { name: cool.name })).toBeVisible();
    await expect(noScript.getByRole('link', { name: plain.name })).toHaveCount(0);
    await noScript.getByRole('link', { name: '显示全部' }).click();
    await expect(noScript).toHaveURL(/weather=off/);
    await expect(noScript.getByRole('link', { name: plain.name })).toBeVisible();
    await plainPhone.close();

    // The union cancels it: no banner, every station again.
    await union.getByRole('button', { name: `取消预警：高温 · ${REGION}` }).click();
    await expect(union.getByRole('status')).toHaveText('预警已取消。');
    await page.goto(`/?near=${at.lat},${at.lng}`);
    await expect(list.getByRole('link', { name: plain.name })).toBeVisible();
    await expect(list.getByRole('link', { name: cool.name })).toBeVisible();
    await expect(banner).toHaveCount(0);
    const log = await testDb().auditEntry.findMany({ where: { actorId: admin.id }, orderBy: { at: 'asc' } });
    expect(log.map((e) => [e.action, e.countyCode])).toEqual([['weather_alert_create', COUNTY], ['weather_alert_cancel', COUNTY]]);
  } finally {
    // Whatever failed above, no alert of this test outlives it.
    await testDb().weatherAlert.updateMany({ where: { note: { contains: tag }, cancelledAt: null }, data: { cancelledAt: new Date() } });
    await union.context().close();
  }
});

test('only in scope: another city\'s region is refused inline on the server; a county admin gets no page and sets nothing', async ({ browser, baseURL }) => {
  const tag = randomUUID().slice(0, 8);
  const city = await desk(browser, baseURL, await createTestAdmin('city', CITY));
  await city.goto('/admin/weather');
  const form = city.getByRole('form', { name: '发布预警' });
  const region = form.getByLabel('范围');
  await expect(region.locator('option[value="360100"]')).toHaveCount(0);
  // Past the list: a region of 南昌市, as a forged request would send it.
  await region.evaluate((el) => {
    const select = el as HTMLSelectElement;
    select.add(new Option('南昌市', '360100'));
    select.value = '360100';
  });
  await form.getByLabel('结束时间（北京时间）').fill(beijing(2));
  await form.getByLabel('说明（选填）').fill(tag);
  await form.getByRole('button', { name: '发布预警' }).click();
  await expect(form.getByRole('alert')).toHaveText('请修改标出的字段。');
  await expect(form.getByLabel('范围')).toHaveAccessibleDescription('请选择你管辖范围内的地区。');

  // The same post without JavaScript: the server's answer carries the error.
  const fields = withValues(formWith(await harvestForms(city, '/admin/weather'), 'divisionCode'), { divisionCode: '360100', endsAt: beijing(2), note: tag });
  const res = await postForm(city, '/admin/weather', fields, baseURL!);
  expect(res.status()).toBe(200);
  expect(alertOf(await res.text())).toBe('请修改标出的字段。');

  // A county admin: no link, a 404 page, and the city's form posted with its session writes nothing.
  const county = await desk(browser, baseURL, await createTestAdmin('county', COUNTY));
  await county.goto('/admin');
  await expect(county.getByRole('link', { name: '天气预警' })).toHaveCount(0);
  expect((await county.request.get('/admin/weather')).status()).toBe(404);
  await expectRefused(await postForm(county, '/admin/weather', withValues(fields, { divisionCode: COUNTY }), baseURL!), /不能发布天气预警/, 'county admin');
  expect(await testDb().weatherAlert.count({ where: { note: tag } })).toBe(0);
  await city.context().close();
  await county.context().close();
});
