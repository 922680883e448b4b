import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { createAccount } from '../lib/accounts/create';
import { createPrismaClient } from '../lib/db-client';
import type { PrismaClient } from '../lib/generated/prisma/client';
import type { Role } from '../lib/permissions/roles';
import { harvestFormsAt } from './admin/security-helpers';
import { E2E_DATABASE_URL } from './env';

// Admin accounts for end-to-end tests: each test creates its own (unique
// email), straight into the test database, then signs in (see signIn).

export type TestAccount = { id: string; email: string; password: string; role: Role; divisionCode: string | null };

let client: PrismaClient | undefined;
export function testDb(): PrismaClient {
  return (client ??= createPrismaClient(E2E_DATABASE_URL));
}

/** `db`: another database than the suite's, for tests that start servers of their own. A province admin with no code given is Jiangxi's. */
export async function createTestAdmin(role: Role, code: string | null = null, db: PrismaClient = testDb()): Promise<TestAccount> {
  const divisionCode = code ?? (role === 'province' ? '360000' : null);
  const email = `${role}-${randomUUID().slice(0, 8)}@e2e.yizhan.test`;
  const password = `pw-${randomUUID()}`;
  const { id } = await createAccount(db, { email, name: `测试${role}`, password, role, divisionCode });
  return { id, email, password, role, divisionCode };
}

/** Signs in through the form, as a person does (sign-in.spec.ts, and tests that watch the page's own responses). */
export async function signInWithForm(page: Page, account: TestAccount, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const prefix = locale === 'en' ? '/en' : '';
  await page.goto(`${prefix}/admin/sign-in`);
  await page.getByLabel(locale === 'en' ? 'Email' : '电子邮箱').fill(account.email);
  await page.getByLabel(locale === 'en' ? 'Password' : '密码').fill(account.password);
  await page.getByRole('button', { name: locale === 'en' ? 'Sign in' : '登录', exact: true }).click();
  await page.waitForURL(new RegExp(`${prefix}/admin$`));
}

/**
 * Posts the sign-in form's server action as a browser without JavaScript (or a
 * script) does: its fields, hidden action ids included, are read from the
 * server's HTML once, then each post fills in an email and a password.
 */
export async function signInPoster(page: Page, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const path = `${locale === 'en' ? '/en' : ''}/admin/sign-in`;
  const { forms: [fields], origin } = await harvestFormsAt(page, path);
  return (email: string, password: string, headers: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, value] of fields!) form.append(name, name === 'email' ? email : name === 'password' ? password : value);
    return page.request.post(path, { multipart: form, headers: { Origin: origin, ...headers }, maxRedirects: 0 });
  };
}

/**
 * Signs in through the form's server action (signInPoster): the same action,
 * throttle and session cookie (in the page's context) as the form, without
 * rendering the form page and the dashboard (seconds per sign-in on a busy
 * machine). The page stays where it was.
 */
export async function signIn(page: Page, account: TestAccount, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const res = await (await signInPoster(page, locale))(account.email, account.password);
  if (res.status() !== 303 || !new RegExp(`${locale === 'en' ? '/en' : ''}/admin$`).test(res.headers().location ?? '')) {
    throw new Error(`sign-in of ${account.email} was refused: ${res.status()} ${(await res.text()).slice(0, 300)}`);
  }
}

/** Shorthand: a new admin of that role and scope, signed in on this page. */
export async function asAdmin(page: Page, role: Role, divisionCode: string | null = null): Promise<TestAccount> {
  const account = await createTestAdmin(role, divisionCode);
  await signIn(page, account);
  return account;
}
