import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { describeValue, formWith, hostileFormValue } from '../../lib/testing/hostile';
import { createTestAdmin, testDb } from '../admin-fixtures';
import { FUZZ_TIMEOUT, OPTIONS } from '../api/fuzz-helpers';
import { harvestForms } from './security-helpers';

// The sign-in form under fuzz, posted as a browser without JavaScript posts it
// (its server-action fields taken from the page): hostile values in each field
// never cause a 5xx, a wrong or malformed sign-in is answered on the form and
// creates no session, and only the right password signs in.

test.describe.configure({ timeout: FUZZ_TIMEOUT });

test('sign-in: every field survives hostile values, and only the right password makes a session', async ({ page, baseURL }) => {
  const account = await createTestAdmin('county', '360102');
  await page.goto('/admin/sign-in');
  const [fields] = await harvestForms(page, '/admin/sign-in');
  const base = { ...Object.fromEntries(fields!), email: account.email, password: account.password, locale: 'zh-CN' };
  const VALID = {
    email: fc.constantFrom(account.email, account.email.toUpperCase(), 'nobody@e2e.yizhan.test'),
    password: fc.constantFrom(account.password, 'wrong-password'),
    locale: fc.constantFrom('zh-CN', 'en'),
  };
  let address = 0;
  let signedIn = 0;
  // A new address each time, so the per-address limit does not end the fuzz early.
  const post = (form: FormData) => page.request.post('/admin/sign-in', {
    multipart: form, headers: { Origin: baseURL!, 'X-Forwarded-For': `10.9.${(address >> 8) & 255}.${address++ & 255}` }, maxRedirects: 0,
  });
  const runs = Object.entries(VALID).map(([field, valid]) => fc.assert(fc.asyncProperty(hostileFormValue(valid), async (value) => {
    const label = `${field}=${describeValue(value)}`;
    const res = await post(formWith(base, field, value));
    const status = res.status();
    expect(status, `${label} → ${status}`).toBeLessThan(500);
    if (status === 303) {
      expect(res.headers().location, label).toMatch(/\/admin$/);
      signedIn++;
    } else {
      expect(status, label).toBe(200);
      expect(await res.text(), label).toContain('role="alert"');
    }
  }), OPTIONS));
  await Promise.all(runs);
  // Control: with the account's failures forgotten, the same harvested form signs in.
  await testDb().rateLimit.deleteMany({ where: { key: { contains: account.email } } });
  const control = await post(formWith(base, 'locale', 'zh-CN'));
  expect(control.status(), 'the untouched form signs in').toBe(303);
  signedIn++;
  // Sessions only from the posts that signed in; the account itself unchanged.
  expect(await testDb().session.count({ where: { userId: account.id } })).toBe(signedIn);
  expect(await testDb().user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ email: account.email, disabled: false });
});
