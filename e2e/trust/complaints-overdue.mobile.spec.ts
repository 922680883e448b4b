import { randomUUID } from 'node:crypto';
import { createTestAdmin, signIn, testDb } from '../admin-fixtures';
import { expect, seedStation, test } from '../fixtures';
import { pointIn, queuePageWith } from '../admin/security-world';

// A complaint past its due date shows to the city (and province, national)
// admins above its county: in an "overdue" section at the top of their queue
// and as a count in the header. An admin of another county sees none of it;
// the county's own admin sees it marked overdue in its queue.

const DAY = 86_400_000;

async function overdueComplaint() {
  const s = await seedStation({ ...pointIn('360102'), countyCode: '360102', name: `逾期驿站 ${randomUUID().slice(0, 8)}` });
  const text = `逾期投诉 ${randomUUID().slice(0, 8)}`;
  // Due three days ago (less an hour, so "3 days" whatever the seconds the test takes).
  const report = await testDb().report.create({
    data: { stationId: s.id, countyCode: '360102', category: 'closed', text, createdAt: new Date(Date.now() - 10 * DAY), dueAt: new Date(Date.now() - 3 * DAY + 3600_000) },
  });
  return { station: s, report, text };
}

test('a city admin sees an overdue complaint of a county below it; another county’s admin does not', async ({ page, browser }) => {
  const { station, report, text } = await overdueComplaint();
  const city = await createTestAdmin('city', '360100');
  await signIn(page, city);
  await page.goto('/admin/reports');
  const overdue = page.getByRole('region', { name: /逾期投诉（\d+）/ });
  await expect(overdue).toBeVisible();
  const item = overdue.getByRole('row').filter({ hasText: station.name });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('东湖区');
  await expect(item).toContainText('已逾期 3 天');
  // The header counts it, on every admin page.
  await page.goto('/admin');
  const count = page.getByRole('link', { name: /逾期投诉（\d+）/ });
  await expect(count).toBeVisible();
  expect(Number((await count.textContent())!.match(/（(\d+)）/)![1])).toBeGreaterThanOrEqual(1);
  await count.click();
  await expect(page).toHaveURL(/\/admin\/reports#overdue$/);

  // Another county's admin: no section, no count, no row.
  const other = await browser.newPage();
  await signIn(other, await createTestAdmin('county', '360111'));
  await other.goto('/admin/reports');
  await expect(other.getByRole('heading', { name: /待处理/ })).toBeVisible();
  await expect(other.getByRole('region', { name: /逾期投诉/ })).toHaveCount(0);
  await expect(other.getByRole('link', { name: /逾期投诉/ })).toHaveCount(0);
  expect(await other.content()).not.toContain(report.id);
  expect(await queuePageWith(other, text)).toBeNull();

  // Another city's admin neither.
  const elsewhere = await browser.newPage();
  await signIn(elsewhere, await createTestAdmin('city', '360700'));
  await elsewhere.goto('/admin/reports');
  await expect(elsewhere.getByRole('region', { name: /逾期投诉/ }).getByRole('row').filter({ hasText: station.name })).toHaveCount(0);

  // The county's own admin sees it marked overdue, in words, in its queue.
  const own = await browser.newPage();
  await signIn(own, await createTestAdmin('county', '360102'));
  await own.goto((await queuePageWith(own, text))!);
  await expect(own.getByRole('row').filter({ hasText: text })).toContainText('已逾期 3 天');
  await expect(own.getByRole('link', { name: /逾期投诉/ })).toHaveCount(0);
});
