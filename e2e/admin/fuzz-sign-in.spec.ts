import assert from 'node:assert/strict';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { describeValue, formWith, hostileFormValue } from '../../lib/testing/hostile';
import { createTestAdmin, testDb } from '../admin-fixtures';
import { FUZZ_TIMEOUT, OPTIONS, get } from '../api/fuzz-helpers';
import { harvestForms } from './security-helpers';

// The sign-in form under fuzz, posted as a browser without JavaScript posts it
// (its server-action fields taken from the page): hostile values in each field
// never cause a 5xx, a wrong or malformed sign-in is answered on the form and
// creates no session, and only the right password signs in. Posted with
// Node's fetch and checked with node:assert, as Playwright records a step per
// request and per expect, and slows down with the count (see fuzz-helpers.ts).

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
  const post = (form: FormData) => get(baseURL!, '/admin/sign-in', {
    method: 'POST', body: form, headers: { Origin: baseURL!, 'X-Forwarded-For': `10.9.${(address >> 8) & 255}.${address++ & 255}` },
  });
  const runs = Object.entries(VALID).map(([field, valid]) => fc.assert(fc.asyncProperty(hostileFormValue(valid), async (value) => {
    const label = `${field}=${describeValue(value)}`;
    const res = await post(formWith(base, field, value));
    const status = res.status;
    assert.ok(status < 500, `${label} → ${status}`);
    if (status === 303) {
      assert.match(res.headers.get('location') ?? '', /\/admin$/, label);
      signedIn++;
    } else {
      assert.equal(status, 200, label);
      assert.ok((await res.text()).includes('role="alert"'), label);
    }
  }), OPTIONS));
  await Promise.all(runs);
  // Control: with the account's failures forgotten, the same harvested form signs in.
  await testDb().rateLimit.deleteMany({ where: { key: { contains: account.email } } });
  const control = await post(formWith(base, 'locale', 'zh-CN'));
  expect(control.status, 'the untouched form signs in').toBe(303);
  signedIn++;
  // Sessions only from the posts that signed in; the account itself unchanged.
  expect(await testDb().session.count({ where: { userId: account.id } })).toBe(signedIn);
  expect(await testDb().user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ email: account.email, disabled: false });
});
