import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';
import { asAdmin, createTestAdmin, signIn, testDb, type TestAccount } from '../admin-fixtures';
import { tamper } from '../support/tamper';

// Province admins create, disable, enable and re-scope accounts of their
// province (picked province → city → county); each change applies at once and is in the audit log without any password.

const uniqueEmail = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@e2e.yizhan.test`;

async function auditFor(actorId: string, action: string) {
  return testDb().auditEntry.findMany({ where: { actorId, action }, orderBy: { at: 'asc' } });
}

test('a province admin creates a county admin, who signs in with that scope', async ({ page, browser }) => {
  const province = await asAdmin(page, 'province');
  await page.goto('/admin');
  await page.getByRole('link', { name: '账号', exact: true }).click();
  await expect(page.getByRole('heading', { name: '账号', exact: true })).toBeVisible();
  const email = uniqueEmail('Created');
  const password = `pw-${randomUUID()}`;
  const form = page.getByRole('form', { name: '新建账号' });
  await form.getByLabel('电子邮箱').fill(email);
  await form.getByLabel('姓名').fill('东湖区管理员');
  await form.getByLabel('初始密码').fill(password);
  await form.getByLabel('角色').selectOption({ label: '县级管理员' });
  // A province admin's own province is already chosen, and the only one offered.
  await expect(form.getByRole('combobox', { name: '省份', exact: true }).locator('option')).toHaveText(['请选择…', '江西省']);
  await form.getByRole('combobox', { name: '城市或省直辖县（区）', exact: true }).selectOption({ label: '南昌市' });
  await form.getByRole('combobox', { name: '区县', exact: true }).selectOption({ label: '东湖区' });
  await form.getByRole('button', { name: '创建账号' }).click();
  await expect(page.getByRole('status')).toHaveText('账号已创建。');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`账号：${email.toLowerCase()}`);
  await expect(page.getByText('南昌市东湖区')).toBeVisible();

  const user = await testDb().user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
  expect(user).toMatchObject({ role: 'county', divisionCode: '360102', disabled: false, name: '东湖区管理员' });
  const [entry] = await auditFor(province.id, 'account_create');
  expect(entry).toMatchObject({ actorEmail: province.email, before: null });
  expect(JSON.parse(entry!.after!)).toEqual({ id: user.id, email: email.toLowerCase(), name: '东湖区管理员', role: 'county', divisionCode: '360102', disabled: false });
  expect(entry!.after).not.toContain(password);

  await page.getByRole('link', { name: '返回账号列表' }).click();
  const row = page.getByRole('row').filter({ hasText: email.toLowerCase() });
  await expect(row.getByRole('cell')).toHaveText([email.toLowerCase(), '东湖区管理员', '县级管理员', '南昌市东湖区', '启用中', /\d/, '管理']);

  const other = await browser.newContext();
  const second = await other.newPage();
  const account: TestAccount = { id: user.id, email, password, role: 'county', divisionCode: '360102' };
  await signIn(second, account);
  await second.goto('/admin');
  await expect(second.getByText(`${email.toLowerCase()}（县级管理员）`)).toBeVisible();
  await other.close();
});

test('disabling signs the account out everywhere at once; enabling lets it back in', async ({ page, browser }) => {
  // Three password sign-ins (argon2, by design slow) in one test: on a busy 2-core CI machine each took ~10 s.
  test.setTimeout(60_000);
  const province = await asAdmin(page, 'province');
  const target = await createTestAdmin('city', '360100');
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, target);
  expect(await testDb().session.count({ where: { userId: target.id } })).toBe(1);

  await page.goto(`/admin/accounts/${target.id}`);
  await page.getByRole('button', { name: '停用账号' }).click();
  await expect(page.getByRole('status')).toHaveText('账号已停用，已退出所有设备。');
  expect(await testDb().session.count({ where: { userId: target.id } })).toBe(0);
  await second.goto('/admin');
  await expect(second).toHaveURL(/\/admin\/sign-in$/);
  const [disable] = await auditFor(province.id, 'account_disable');
  expect(JSON.parse(disable!.before!)).toMatchObject({ id: target.id, disabled: false });
  expect(JSON.parse(disable!.after!)).toMatchObject({ id: target.id, disabled: true });

  await page.getByRole('button', { name: '启用账号' }).click();
  await expect(page.getByRole('status')).toHaveText('账号已启用。');
  expect((await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).disabled).toBe(false);
  expect(await auditFor(province.id, 'account_enable')).toHaveLength(1);
  await signIn(second, target);
  await other.close();
});

test('re-scoping applies to the next request of a signed-in admin', async ({ page, browser }) => {
  const province = await asAdmin(page, 'province');
  const target = await createTestAdmin('county', '360102');
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, target);
  await second.goto('/admin');
  await expect(second.getByText(`${target.email}（县级管理员）`)).toBeVisible();

  await page.goto(`/admin/accounts/${target.id}`);
  const form = page.getByRole('form', { name: '角色与范围' });
  await form.getByLabel('角色').selectOption({ label: '市级管理员' });
  await form.getByRole('combobox', { name: '城市', exact: true }).selectOption({ label: '九江市' });
  await form.getByRole('button', { name: '保存角色与范围' }).click();
  await expect(page.getByRole('status')).toHaveText('角色与范围已保存，立即生效。');
  expect(await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: 'city', divisionCode: '360400' });
  const [entry] = await auditFor(province.id, 'account_rescope');
  expect(JSON.parse(entry!.before!)).toMatchObject({ role: 'county', divisionCode: '360102' });
  expect(JSON.parse(entry!.after!)).toMatchObject({ role: 'city', divisionCode: '360400' });

  await second.reload();
  await expect(second.getByText(`${target.email}（市级管理员）`)).toBeVisible();
  await other.close();
});

test('a province admin can neither disable nor re-scope themself', async ({ page }) => {
  const province = await asAdmin(page, 'province');
  await page.goto(`/admin/accounts/${province.id}`);
  await expect(page.getByText('这是你自己的账号：不能停用，也不能更改它的角色和范围。')).toBeVisible();
  await expect(page.getByRole('button', { name: '停用账号' })).toHaveCount(0);
  const form = page.getByRole('form', { name: '角色与范围' });
  await form.getByLabel('角色').selectOption({ label: '县级管理员' });
  await form.getByRole('combobox', { name: '城市或省直辖县（区）', exact: true }).selectOption({ label: '南昌市' });
  await form.getByRole('combobox', { name: '区县', exact: true }).selectOption({ label: '东湖区' });
  await form.getByRole('button', { name: '保存角色与范围' }).click();
  await expect(form.getByRole('alert')).toHaveText('不能停用自己的账号，也不能更改自己的角色和范围。');

  // The disable form of another account, pointed at oneself.
  const other = await createTestAdmin('county', '360103');
  await page.goto(`/admin/accounts/${other.id}`);
  const disable = page.getByRole('form', { name: '账号状态' });
  await tamper(disable.locator('input[name="userId"]'), province.id);
  await disable.getByRole('button', { name: '停用账号' }).click();
  await expect(disable.getByRole('alert')).toHaveText('不能停用自己的账号，也不能更改自己的角色和范围。');

  expect(await testDb().user.findUniqueOrThrow({ where: { id: province.id } })).toMatchObject({ role: 'province', divisionCode: '360000', disabled: false });
  expect(await testDb().user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ disabled: false });
  expect(await testDb().auditEntry.count({ where: { actorId: province.id } })).toBe(0);
  expect(await testDb().session.count({ where: { userId: province.id } })).toBe(1);
});
