import { expect, test } from '../fixtures';
import { createTestAdmin, signInWithForm, testDb } from '../admin-fixtures';

test('sign in, sign out; wrong passwords are refused and then throttled', async ({ page, context }) => {
  const admin = await createTestAdmin('county', '360102');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('电子邮箱').fill(admin.email);
    await page.getByLabel('密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    // The form clears the password once the server has answered.
    await expect(page.getByLabel('密码')).toHaveValue('');
    await expect(page.locator('.form-error')).toHaveText('邮箱或密码不正确。');
  }
  // Counted per account and client address (no X-Forwarded-For: the socket's, loopback).
  expect((await testDb().rateLimit.findFirst({ where: { key: `signin_account_ip:${admin.email}|127.0.0.1` } }))?.points).toBe(5);
  // The sixth try is refused even with the right password.
  await page.getByLabel('密码').fill(admin.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.locator('.form-error')).toContainText('尝试次数过多');
  await expect(page).toHaveURL(/sign-in/);
  // Another account from the same browser is not blocked by the first one's failures.
  const other = await createTestAdmin('province');
  await signInWithForm(page, other);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith('better-auth.session_token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/sign-in/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/sign-in/);
});

test('sign out everywhere ends the sessions of other browsers', async ({ page, browser }) => {
  const admin = await createTestAdmin('province');
  await signInWithForm(page, admin);
  const other = await browser.newContext();
  const second = await other.newPage();
  await signInWithForm(second, admin);
  expect(await testDb().session.count({ where: { userId: admin.id } })).toBe(2);
  await page.getByRole('button', { name: '在所有设备上退出' }).click();
  await expect(page).toHaveURL(/sign-in/);
  await second.goto('/admin');
  await expect(second).toHaveURL(/sign-in/);
  expect(await testDb().session.count({ where: { userId: admin.id } })).toBe(0);
  await other.close();
});

test('a disabled account cannot sign in', async ({ page }) => {
  const admin = await createTestAdmin('city', '360100');
  await testDb().user.update({ where: { id: admin.id }, data: { disabled: true } });
  await page.goto('/admin/sign-in');
  await page.getByLabel('电子邮箱').fill(admin.email);
  await page.getByLabel('密码').fill(admin.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.locator('.form-error')).toHaveText('这个账号已被停用。');
});
