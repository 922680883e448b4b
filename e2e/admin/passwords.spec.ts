import type { Browser, BrowserContext, Page } from '@playwright/test';
import { randomInt, randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';
import { createTestAdmin, signIn, signInPoster, testDb, type TestAccount } from '../admin-fixtures';
import { alertOf, expectRefused, harvestForms, postForm, withValues, type FormFields } from './security-helpers';

// Passwords: an admin changes their own (every other session ends); a
// province admin resets another's (a temporary password, shown once; the
// account is signed out and can do nothing but choose a new one); a county
// admin's forged reset is refused. Each test has its own client address, so
// its wrong passwords use no other test's sign-in attempts.

test.describe.configure({ timeout: 90_000 });

const opened: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of opened.splice(0)) await context.close();
});

/** A browser context of its own, with a client address of its own (loopback is a trusted proxy here). */
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `10.42.${randomInt(256)}.${randomInt(1, 255)}` } });
  opened.push(context);
  return context.newPage();
}

async function changePassword(page: Page, current: string, next: string) {
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码', { exact: true }).fill(current);
  await form.getByLabel('新密码', { exact: true }).fill(next);
  await form.getByLabel('再次输入新密码', { exact: true }).fill(next);
  await form.getByRole('button', { name: '修改密码' }).click();
}

async function signInFails(page: Page, account: TestAccount, password: string) {
  const res = await (await signInPoster(page))(account.email, password);
  expect(res.status()).toBe(200);
  expect(alertOf(await res.text())).toBe('邮箱或密码不正确。');
}

const audit = (action: string, actorId: string) => testDb().auditEntry.findMany({ where: { action, actorId } });

test('an admin changes their password: other sessions end, the old password stops working, the new one works', async ({ browser }) => {
  const account = await createTestAdmin('county', '360102');
  const [page, other] = [await newPage(browser), await newPage(browser)];
  await signIn(other, account);
  await signIn(page, account);
  await page.goto('/admin');
  await page.getByRole('link', { name: '修改密码' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('修改密码');

  const next = `new-${randomUUID()}`;
  await changePassword(page, 'not-my-password', next);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('当前密码不正确。');
  await changePassword(page, account.password, next);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('密码已修改。你在其他设备上的登录已全部退出。');

  // This session stays; the other one has ended.
  await page.getByRole('link', { name: '返回管理后台' }).click();
  await expect(page.getByText(`${account.email}（县级管理员）`)).toBeVisible();
  await other.goto('/admin');
  await expect(other).toHaveURL(/\/admin\/sign-in$/);
  await signInFails(other, account, account.password);
  await signIn(other, { ...account, password: next });

  const [entry] = await audit('password_change', account.id);
  expect(JSON.parse(entry!.after!)).toEqual({ id: account.id, email: account.email, sessionsEnded: 1 });
  for (const secret of [account.password, next, '$argon2']) expect(JSON.stringify(entry)).not.toContain(secret);
});

test('a province admin resets a county admin\'s password: signed out, and the panel is closed until a new one is chosen', async ({ browser }) => {
  const province = await createTestAdmin('province');
  const county = await createTestAdmin('county', '360102');
  const [page, countyPage] = [await newPage(browser), await newPage(browser)];
  await signIn(page, province);
  await signIn(countyPage, county);

  await page.goto(`/admin/accounts/${county.id}`);
  const form = page.getByRole('form', { name: '重置密码' });
  await form.getByRole('button', { name: '生成临时密码' }).click();
  await expect(form.getByRole('status')).toContainText('临时密码（只显示这一次');
  const temporary = /[A-Za-z2-9]{4}(?:-[A-Za-z2-9]{4}){3}/.exec((await form.getByRole('status').textContent())!)![0];

  expect(await testDb().session.count({ where: { userId: county.id } })).toBe(0);
  const [entry] = await audit('password_reset', province.id);
  expect(JSON.parse(entry!.after!)).toEqual({ id: county.id, email: county.email, mustChangePassword: true, sessionsEnded: 1 });
  expect(JSON.stringify(entry)).not.toContain(temporary);

  await countyPage.goto('/admin');
  await expect(countyPage).toHaveURL(/\/admin\/sign-in$/);
  await signInFails(countyPage, county, county.password);
  await signIn(countyPage, { ...county, password: temporary });
  for (const path of ['/admin', '/admin/reports', '/admin/import', '/admin/stations/new']) {
    await countyPage.goto(path);
    await expect(countyPage, path).toHaveURL(/\/admin\/password$/);
  }
  await expect(countyPage.getByText('你的密码已被管理员重置。', { exact: false })).toBeVisible();
  await expect(countyPage.getByRole('navigation', { name: '管理导航' })).toHaveCount(0);
  // Not only the pages: the API refuses the session as well.
  expect((await countyPage.request.get('/api/export/admin?format=csv')).status()).toBe(401);

  const chosen = `chosen-${randomUUID()}`;
  await changePassword(countyPage, temporary, chosen);
  await expect(countyPage.getByRole('main').getByRole('status')).toHaveText('密码已修改。你在其他设备上的登录已全部退出。');
  await countyPage.goto('/admin/reports');
  await expect(countyPage).toHaveURL(/\/admin\/reports$/);
  expect((await testDb().user.findUniqueOrThrow({ where: { id: county.id } })).mustChangePassword).toBe(false);
});

/** The reset form: the account detail form with an account id and nothing else of its own. */
function resetForm(forms: FormFields[]): FormFields {
  const found = forms.filter((f) => f.some(([n]) => n === 'userId') && !f.some(([n]) => n === 'role' || n === 'disabled'));
  expect(found, 'one reset form').toHaveLength(1);
  return found[0]!;
}

test('a county admin cannot reset anyone\'s password, even posting the action directly', async ({ browser, baseURL }) => {
  const province = await createTestAdmin('province');
  const county = await createTestAdmin('county', '360102');
  const target = await createTestAdmin('county', '360102');
  const [page, countyPage] = [await newPage(browser), await newPage(browser)];
  await signIn(page, province);
  await signIn(countyPage, county);
  const fields = resetForm(await harvestForms(page, `/admin/accounts/${target.id}`));
  const hashes = async () => (await testDb().account.findMany({ where: { userId: { in: [target.id, province.id] } }, orderBy: { userId: 'asc' } })).map((a) => a.password);
  const before = await hashes();

  for (const userId of [target.id, province.id, county.id]) {
    const res = await postForm(countyPage, `/admin/accounts/${target.id}`, withValues(fields, { userId }), baseURL!);
    await expectRefused(res, /只有省级管理员可以管理账号/, `county resets ${userId}`);
  }
  expect(await hashes()).toEqual(before);
  expect(await testDb().user.count({ where: { id: { in: [target.id, province.id, county.id] }, mustChangePassword: true } })).toBe(0);
  expect(await testDb().session.count({ where: { userId: province.id } })).toBe(1);
  expect(await testDb().auditEntry.count({ where: { action: 'password_reset', actorId: county.id } })).toBe(0);

  // Control: the same post by the province admin resets the password.
  expect((await postForm(page, `/admin/accounts/${target.id}`, fields, baseURL!)).status()).toBe(200);
  expect((await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).mustChangePassword).toBe(true);
});
