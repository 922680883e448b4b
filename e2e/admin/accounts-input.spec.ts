import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';
import { asAdmin, createTestAdmin, testDb } from '../admin-fixtures';

// The accounts forms with bad input, in English, and with markup in names.

test('bad input is refused field by field and nothing is created', async ({ page }) => {
  const province = await asAdmin(page, 'province');
  const existing = await createTestAdmin('county', '360102');
  await page.goto('/admin/accounts');
  const form = page.getByRole('form', { name: '新建账号' });
  // Past the browser's own checks, to see the server's.
  await form.evaluate((f) => ((f as HTMLFormElement).noValidate = true));
  await form.getByLabel('电子邮箱').fill(existing.email);
  await form.getByLabel('姓名').fill('重复的人');
  await form.getByLabel('初始密码').fill('long-enough-password');
  await form.getByLabel('角色').selectOption({ label: '市级管理员' });
  await form.getByRole('combobox', { name: '城市', exact: true }).selectOption({ label: '南昌市' });
  await form.getByRole('button', { name: '创建账号' }).click();
  await expect(form.getByLabel('电子邮箱')).toHaveAccessibleDescription('这个电子邮箱已经有账号了。');
  await expect(form.getByLabel('姓名')).toHaveValue('重复的人');

  await form.evaluate((f) => ((f as HTMLFormElement).noValidate = true));
  await form.getByLabel('电子邮箱').fill('not-an-email');
  await form.getByLabel('姓名').fill('   ');
  await form.getByLabel('初始密码').fill('short');
  await form.getByRole('combobox', { name: '城市', exact: true }).selectOption('');
  await form.getByRole('button', { name: '创建账号' }).click();
  await expect(form.getByRole('alert')).toHaveText('请修改标出的字段。');
  await expect(form.getByLabel('电子邮箱')).toHaveAccessibleDescription('请输入有效的电子邮箱。');
  await expect(form.getByLabel('姓名')).toHaveAccessibleDescription('请输入姓名（最多 100 个字符）。');
  await expect(form.getByLabel('初始密码')).toHaveAccessibleDescription(/密码至少需要 10 个字符/);
  await expect(form.getByRole('combobox', { name: '城市', exact: true })).toHaveAccessibleDescription(/请选择与角色相符的地区/);
  expect(await testDb().user.count({ where: { email: 'not-an-email' } })).toBe(0);
  expect(await testDb().auditEntry.count({ where: { actorId: province.id } })).toBe(0);
});

test('the accounts pages in English; names are shown as text', async ({ page }) => {
  await asAdmin(page, 'province');
  const xss = `<img src=x onerror="document.body.dataset.pwned=1">${randomUUID().slice(0, 6)}`;
  const target = await createTestAdmin('county', '360103');
  await testDb().user.update({ where: { id: target.id }, data: { name: xss } });
  await page.goto(`/en/admin/accounts?q=${encodeURIComponent(target.email)}`);
  await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: target.email });
  await expect(row.getByRole('cell').nth(1)).toHaveText(xss);
  await expect(row.getByRole('cell').nth(3)).toHaveText('Xihu District, Nanchang City');
  await row.getByRole('link', { name: `Manage ${target.email}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Account: ${target.email}`);
  await expect(page.getByText(xss)).toBeVisible();
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('status')).toHaveText('Account disabled and signed out everywhere.');
  await expect(page).toHaveURL(/^[^?]*\/en\/admin\/accounts\//);
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
