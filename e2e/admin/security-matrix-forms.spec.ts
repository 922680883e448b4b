import { expect, test } from '../fixtures';
import { signIn, testDb } from '../admin-fixtures';
import { expectRefused, formWith, harvestForms, postForm, withValues, type FormFields } from './security-helpers';
import { makeWorld, PNG, queuePageWith, sessions, snapshot } from './security-world';
import { tamper } from '../support/tamper';

// The rest of the role × action matrix (security-matrix.spec.ts): the account
// actions, and the live forms of an in-scope page with their hidden ids
// tampered, submitted by the page's own client code.

test.describe.configure({ timeout: 180_000 });

test('account actions are refused for city and county admins and anonymous; the province admin can', async ({ browser, baseURL }) => {
  const w = await makeWorld();
  const { pages, done } = await sessions(browser, w);
  const list = await harvestForms(pages.province, '/admin/accounts');
  const detail = await harvestForms(pages.province, `/admin/accounts/${w.target.id}`);
  const posts: [string, string, FormFields][] = [
    ['create', '/admin/accounts', withValues(formWith(list, 'password'), {
      email: `made-${w.tag}@e2e.yizhan.test`, name: '伪造', password: 'forged-password-1', role: 'province', divisionCode: '360000',
    })],
    ['disable', `/admin/accounts/${w.target.id}`, formWith(detail, 'disabled')],
    ['rescope', `/admin/accounts/${w.target.id}`, withValues(formWith(detail, 'role'), { role: 'province', divisionCode: '360000' })],
    // Aimed at the province admin: a lower admin disabling the one above.
    ['disable the province admin', `/admin/accounts/${w.target.id}`, withValues(formWith(detail, 'disabled'), { userId: w.accounts.province.id })],
  ];
  const before = await snapshot(w);
  for (const role of ['city', 'donghu', 'xihu', 'anonymous'] as const) {
    for (const [label, path, fields] of posts) {
      await expectRefused(await postForm(pages[role], path, fields, baseURL!), /全国管理员可以管理所有账号/, `${role}: ${label}`);
      expect(await snapshot(w), `${role}: ${label} changed the database`).toEqual(before);
    }
  }
  for (const [label, path, fields] of posts.slice(0, 3)) {
    expect((await postForm(pages.province, path, fields, baseURL!)).status(), `province: ${label}`).toBe(303);
  }
  expect(await testDb().user.findUniqueOrThrow({ where: { id: w.target.id } })).toMatchObject({ disabled: true, role: 'province', divisionCode: '360000' });
  expect(await testDb().user.count({ where: { email: `made-${w.tag}@e2e.yizhan.test` } })).toBe(1);
  await done();
});

test('tampered ids in the real forms of an in-scope page are refused and change nothing', async ({ page }) => {
  const w = await makeWorld();
  await signIn(page, w.accounts.donghu);
  const before = await snapshot(w);
  const { in: mine, out: theirs } = w.stations;
  const setValue = (selector: string, value: string) => tamper(page.locator(selector), value);
  const alert = page.getByRole('main').getByRole('alert');

  await page.goto(`/admin/stations/${mine.id}`);
  await setValue('form:has(input[name="version"]) input[name="id"]', theirs.id);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(alert).toContainText('你没有权限修改这个站点。');
  for (const [mark, button] of [['verify', '标记为今天已核实'], ['archive', '归档（从公开地图上移除）']]) {
    await page.goto(`/admin/stations/${mine.id}`);
    await setValue(`form:has(input[name="mark"][value="${mark}"]) input[name="id"]`, theirs.id);
    await page.getByRole('button', { name: button }).click();
    await expect(alert).toContainText('你没有权限修改这个站点。');
  }

  await page.goto(`/admin/photos/${mine.id}`);
  await setValue('form:has(input[type="file"]) input[name="stationId"]', theirs.id);
  await page.getByLabel(/添加照片/).setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: '上传', exact: true }).click();
  await expect(alert).toHaveText('你没有权限执行这个操作。');
  await page.goto(`/admin/photos/${mine.id}`);
  await setValue(`input[name="photoId"][value="${mine.photoId}"]`, theirs.photoId);
  await page.getByRole('button', { name: '删除照片 1' }).click();
  await expect(alert).toHaveText('你没有权限执行这个操作。');

  await page.goto((await queuePageWith(page, mine.reportText))!);
  const row = page.getByRole('row').filter({ hasText: mine.reportText });
  await setValue(`input[name="reportId"][value="${mine.reportId}"]`, theirs.reportId);
  await row.getByLabel(/给投诉人的答复/).fill('已处理');
  await row.getByRole('button', { name: '答复', exact: true }).click();
  await expect(row.getByRole('alert')).toHaveText('你没有权限执行这个操作。');

  expect(await snapshot(w)).toEqual(before);
  // Control: the untampered upload form works, so the refusal above came from the id.
  await page.goto(`/admin/photos/${mine.id}`);
  await page.getByLabel(/添加照片/).setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: '上传', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('照片已添加。');
  expect(await testDb().photo.count({ where: { stationId: mine.id } })).toBe(2);
});
