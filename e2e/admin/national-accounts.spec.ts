import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';
import { asAdmin, createTestAdmin, signIn, testDb, type TestAccount } from '../admin-fixtures';

// Scopes nationwide: a national admin creates a Henan province admin by
// picking 河南省 in the division picker; that admin then manages Henan's
// accounts (a county admin of 郑州市二七区) and sees no account of Jiangxi.

const uniqueEmail = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@e2e.yizhan.test`;
const combo = (name: string) => ({ name, exact: true });

test('a national admin creates a Henan province admin, who creates a county admin of 二七区', async ({ page, browser }) => {
  const national = await asAdmin(page, 'national');
  const jiangxi = await createTestAdmin('county', '360102');
  await page.goto('/admin/accounts');
  const email = uniqueEmail('Henan');
  const password = `pw-${randomUUID()}`;
  const form = page.getByRole('form', { name: '新建账号' });
  await form.getByLabel('电子邮箱').fill(email);
  await form.getByLabel('姓名').fill('河南省管理员');
  await form.getByLabel('初始密码').fill(password);
  await expect(form.getByLabel('角色').locator('option')).toHaveText(['全国管理员', '省级管理员', '市级管理员', '县级管理员']);
  await form.getByLabel('角色').selectOption({ label: '省级管理员' });
  await expect(form.getByRole('combobox', combo('省份')).locator('option')).toHaveCount(32);
  await form.getByRole('combobox', combo('省份')).selectOption({ label: '河南省' });
  await form.getByRole('button', { name: '创建账号' }).click();
  await expect(page.getByRole('status')).toHaveText('账号已创建。');
  await expect(page.getByRole('definition').filter({ hasText: /^河南省$/ })).toBeVisible();
  const user = await testDb().user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
  expect(user).toMatchObject({ role: 'province', divisionCode: '410000', disabled: false });
  const [entry] = await testDb().auditEntry.findMany({ where: { actorId: national.id, action: 'account_create' } });
  expect(JSON.parse(entry!.after!)).toMatchObject({ role: 'province', divisionCode: '410000' });

  // The new province admin: Henan only.
  const henan: TestAccount = { id: user.id, email, password, role: 'province', divisionCode: '410000' };
  const context = await browser.newContext();
  const second = await context.newPage();
  await signIn(second, henan);
  await second.goto('/admin/accounts');
  await expect(second.getByRole('row').filter({ hasText: jiangxi.email })).toHaveCount(0);
  await second.goto(`/admin/accounts/${jiangxi.id}`);
  await expect(second.getByRole('heading', { name: `账号：${jiangxi.email}` })).toHaveCount(0);

  await second.goto('/admin/accounts');
  const create = second.getByRole('form', { name: '新建账号' });
  const county = uniqueEmail('erqi');
  await create.getByLabel('电子邮箱').fill(county);
  await create.getByLabel('姓名').fill('二七区管理员');
  await create.getByLabel('初始密码').fill(`pw-${randomUUID()}`);
  await expect(create.getByLabel('角色').locator('option')).toHaveText(['省级管理员', '市级管理员', '县级管理员']);
  await create.getByLabel('角色').selectOption({ label: '县级管理员' });
  await expect(create.getByRole('combobox', combo('省份')).locator('option')).toHaveText(['请选择…', '河南省']);
  await create.getByRole('combobox', combo('城市或省直辖县（区）')).selectOption({ label: '郑州市' });
  await create.getByRole('combobox', combo('区县')).selectOption({ label: '二七区' });
  await create.getByRole('button', { name: '创建账号' }).click();
  await expect(second.getByRole('status')).toHaveText('账号已创建。');
  await expect(second.getByRole('definition').filter({ hasText: /^郑州市二七区$/ })).toBeVisible();
  expect(await testDb().user.findUniqueOrThrow({ where: { email: county.toLowerCase() } })).toMatchObject({ role: 'county', divisionCode: '410103' });
  await context.close();
});

test('the division picker names divisions in English on the English pages', async ({ page }) => {
  await asAdmin(page, 'national');
  await page.goto('/en/admin/accounts');
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Role').selectOption({ label: 'County admin' });
  await form.getByRole('combobox', combo('Province')).selectOption({ label: 'Henan' });
  await form.getByRole('combobox', combo('City, or county under the province')).selectOption({ label: 'Zhengzhou City' });
  await expect(form.getByRole('combobox', combo('County')).locator('option', { hasText: 'Erqi District' })).toHaveCount(1);
});
