import { randomInt, randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, seedStation, test } from '../fixtures';
import { createTestAdmin, signIn, signInPoster, testDb } from '../admin-fixtures';
import { SIGN_IN_LIMITS } from '../../lib/auth/sign-in-limits';
import { alertOf } from './security-helpers';

// The throttles under attack, over HTTP. The suite's server trusts loopback as
// its reverse proxy (TRUSTED_PROXIES in playwright.config.ts), so a test plays
// nginx: "<what the client wrote>, <the address nginx saw>". Whatever a client
// writes to the left never buys it a new count. Without a trusted proxy the
// header is ignored altogether: e2e/faults/client-address.spec.ts.

const WRONG = '邮箱或密码不正确。';
const THROTTLED = '尝试次数过多';
const DISABLED = '这个账号已被停用。';
const address = () => `198.51.${randomInt(256)}.${randomInt(1, 255)}`;
const spoofed = (real: string) => `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}, ${real}`;

/** The sign-in action, posted as a script would, answered in one word. */
async function signInAnswers(page: Page) {
  const post = await signInPoster(page);
  return async (email: string, password: string, forwardedFor: string) => {
    const res = await post(email, password, { 'X-Forwarded-For': forwardedFor });
    if (res.status() === 303) return 'signed in';
    const text = alertOf(await res.text()) ?? '';
    return ([[WRONG, 'wrong'], [THROTTLED, 'throttled'], [DISABLED, 'disabled']] as const).find(([words]) => text.includes(words))?.[1] ?? `other ${res.status()}`;
  };
}

test('30 parallel wrong passwords for one account from one address: at most five are checked, all 30 are counted', async ({ page }) => {
  const admin = await createTestAdmin('county', '360102');
  const post = await signInAnswers(page);
  const from = address();
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => post(admin.email, `wrong-${i}`, from)));
  // Which five get checked depends on the order the counts are taken in; never more than five.
  expect(answers.filter((a) => a === 'wrong').length).toBeLessThanOrEqual(5);
  expect(answers.filter((a) => a === 'wrong' || a === 'throttled')).toHaveLength(30);
  expect((await testDb().rateLimit.findUnique({ where: { key: `signin_account_ip:${admin.email}|${from}` } }))?.points).toBe(30);
  expect(await post(admin.email, admin.password, from)).toBe('throttled');
  expect(await testDb().session.count({ where: { userId: admin.id } })).toBe(0);
});

test("a stranger's wrong passwords do not lock the owner out", async ({ page, browser }) => {
  const admin = await createTestAdmin('city', '360100');
  const post = await signInAnswers(page);
  const stranger = address();
  const answers = [];
  for (let i = 0; i < 7; i++) answers.push(await post(admin.email, `guess-${i}`, spoofed(stranger)));
  expect(answers).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled', 'throttled']);
  // The owner, from their own address, signs in through the form at once.
  const owner = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address() } });
  await signIn(await owner.newPage(), admin);
  await owner.close();
});

test('guessing one password from many addresses closes that account for the hour, and the national admins are told', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const target = await createTestAdmin('county', '360103');
  const post = await signInAnswers(page);
  const { points } = SIGN_IN_LIMITS.account;
  const answers: string[] = [];
  for (let i = 0; i < points; i += 20) {
    answers.push(...await Promise.all(Array.from({ length: Math.min(20, points - i) }, (_, j) => post(target.email, `spray-${i + j}`, address()))));
  }
  expect(answers).toEqual(Array(points).fill('wrong'));
  // Past the account-wide limit: refused from every address, the right password too, and one notice however many arrive at once.
  expect(await Promise.all([1, 2, 3].map(() => post(target.email, 'spray-more', address())))).toEqual(['throttled', 'throttled', 'throttled']);
  expect(await post(target.email, target.password, address())).toBe('throttled');
  const notices = await testDb().auditEntry.findMany({ where: { action: 'account_sign_in_throttled', after: { contains: target.email } } });
  expect(notices).toHaveLength(1);

  const province = await browser.newContext({ locale: 'en', extraHTTPHeaders: { 'X-Forwarded-For': address() } });
  const admin = await province.newPage();
  await signIn(admin, await createTestAdmin('national', null), 'en');
  await admin.goto('/en/admin');
  await expect(admin.getByText(/Password guessing from many addresses closed sign-in to \d+ accounts? in the last 24 hours/)).toBeVisible();
  await admin.getByRole('link', { name: 'See the audit log' }).click();
  await expect(admin.getByRole('table')).toContainText(target.email);
  const county = await browser.newContext({ locale: 'en', extraHTTPHeaders: { 'X-Forwarded-For': address() } });
  const countyPage = await county.newPage();
  for (const other of [await createTestAdmin('county', '360102'), await createTestAdmin('province', '360000')]) {
    await signIn(countyPage, other, 'en');
    await countyPage.goto('/en/admin');
    await expect(countyPage.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(countyPage.getByText('Password guessing from many addresses')).toHaveCount(0);
  }
  await Promise.all([province.close(), county.close()]);
});

test('a new X-Forwarded-For on each request buys no new sign-in attempts or reports', async ({ page, baseURL }) => {
  const post = await signInAnswers(page);
  const real = address();
  const answers = [];
  for (let i = 0; i < 22; i++) answers.push(await post(`nobody-${randomUUID().slice(0, 8)}@e2e.yizhan.test`, 'wrong-password', spoofed(real)));
  expect(answers.slice(0, 20)).toEqual(Array(20).fill('wrong'));
  expect(answers.slice(20)).toEqual(['throttled', 'throttled']);

  const station = await seedStation({ lat: 28.67, lng: 115.9, countyCode: '360102', name: `伪造地址报告 ${randomUUID().slice(0, 8)}` });
  const statuses = [];
  for (let i = 0; i < 7; i++) {
    const res = await page.request.post(`/stations/${station.id}`, {
      form: { category: 'other', text: `第 ${i + 1} 次` }, headers: { Origin: baseURL!, 'X-Forwarded-For': spoofed(real) },
    });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([200, 200, 200, 200, 200, 400, 400]);
  expect(await testDb().report.count({ where: { stationId: station.id } })).toBe(5);
});

test('a disabled account answers like a wrong password, and says "disabled" only to the right one', async ({ page }) => {
  const admin = await createTestAdmin('city', '360100');
  await testDb().user.update({ where: { id: admin.id }, data: { disabled: true } });
  const post = await signInAnswers(page);
  const from = address();
  expect(await post(admin.email, 'wrong-password', from)).toBe('wrong');
  expect(await post(`nobody-${randomUUID().slice(0, 8)}@e2e.yizhan.test`, 'wrong-password', from)).toBe('wrong');
  expect(await post(admin.email, admin.password, from)).toBe('disabled');
  expect(await testDb().session.count({ where: { userId: admin.id } })).toBe(0);
});

test('31 reports on one station at once, each from its own address: 30 are stored, the last is told to wait', async ({ page, baseURL }) => {
  const station = await seedStation({ lat: 28.67, lng: 115.9, countyCode: '360102', name: `群发报告 ${randomUUID().slice(0, 8)}` });
  const responses = await Promise.all(Array.from({ length: 31 }, (_, i) => page.request.post(`/stations/${station.id}`, {
    form: { category: 'closed', text: `第 ${i + 1} 份` }, headers: { Origin: baseURL!, 'X-Forwarded-For': address() },
  })));
  const statuses = responses.map((r) => r.status()).sort();
  expect(statuses).toEqual([...Array(30).fill(200), 400]);
  const refused = responses.find((r) => r.status() === 400)!;
  expect(alertOf(await refused.text())).toContain('这个站点最近一小时收到的反馈很多');
  expect(await testDb().report.count({ where: { stationId: station.id } })).toBe(30);
});
