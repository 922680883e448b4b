import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { createAccount } from '../lib/accounts/create';
import { createPrismaClient } from '../lib/db-client';
import type { PrismaClient } from '../lib/generated/prisma/client';
import type { Role } from '../lib/permissions/roles';
import { E2E_DATABASE_URL } from './env';

// Admin accounts for end-to-end tests: each test creates its own (unique
// email), straight into the test database, then signs in through the form.

export type TestAccount = { id: string; email: string; password: string; role: Role; divisionCode: string | null };

let client: PrismaClient | undefined;
export function testDb(): PrismaClient {
  return (client ??= createPrismaClient(E2E_DATABASE_URL));
}

/** `db`: another database than the suite's, for tests that start servers of their own. */
export async function createTestAdmin(role: Role, divisionCode: string | null = null, db: PrismaClient = testDb()): Promise<TestAccount> {
  const email = `${role}-${randomUUID().slice(0, 8)}@e2e.yizhan.test`;
  const password = `pw-${randomUUID()}`;
  const { id } = await createAccount(db, { email, name: `测试${role}`, password, role, divisionCode });
  return { id, email, password, role, divisionCode };
}

export async function signIn(page: Page, account: TestAccount, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const prefix = locale === 'en' ? '/en' : '';
  await page.goto(`${prefix}/admin/sign-in`);
  await page.getByLabel(locale === 'en' ? 'Email' : '电子邮箱').fill(account.email);
  await page.getByLabel(locale === 'en' ? 'Password' : '密码').fill(account.password);
  await page.getByRole('button', { name: locale === 'en' ? 'Sign in' : '登录', exact: true }).click();
  await page.waitForURL(new RegExp(`${prefix}/admin$`));
}

/** Shorthand: a new admin of that role and scope, signed in on this page. */
export async function asAdmin(page: Page, role: Role, divisionCode: string | null = null): Promise<TestAccount> {
  const account = await createTestAdmin(role, divisionCode);
  await signIn(page, account);
  return account;
}
