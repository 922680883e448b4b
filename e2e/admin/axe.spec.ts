import { expect, seedStation, test } from '../fixtures';
import { createTestAdmin, signIn, testDb } from '../admin-fixtures';
import { axeViolations } from '../support/axe';

// WCAG 2.1 AA, as axe checks it automatically, on every admin page in both
// languages (a province admin sees them all).

test.describe.configure({ timeout: 180_000 });

for (const locale of ['zh-CN', 'en'] as const) {
  test(`axe finds nothing on the admin pages (${locale})`, async ({ page }) => {
    const admin = await createTestAdmin('province');
    const other = await createTestAdmin('county', '360102'); // its page has the forms one's own lacks (disable, reset password)
    const station = await seedStation({ name: '无障碍管理驿站', lat: 28.61, lng: 115.96, countyCode: '360111' });
    // What the queues and lists show when there is work: a pending review, a "locked" report, an overdue complaint.
    const db = testDb();
    await db.review.create({ data: { stationId: station.id, countyCode: '360111', stars: 2, text: '门锁着', clientHash: 'a'.repeat(24) } });
    await db.stationSignal.create({ data: { stationId: station.id, lockedAt: new Date() } });
    await db.report.create({ data: { stationId: station.id, countyCode: '360111', category: 'closed', text: '没开门', dueAt: new Date(Date.now() - 86_400_000) } });
    await signIn(page, admin, locale);
    const prefix = locale === 'en' ? '/en' : '';
    const paths = ['/admin', '/admin/stations/new', `/admin/stations/${station.id}`, `/admin/stations/${station.id}/history`,
      `/admin/photos/${station.id}`, '/admin/reports', '/admin/accounts', `/admin/accounts/${admin.id}`, '/admin/audit',
      `/admin/accounts/${other.id}`, '/admin/import', '/admin/export', '/admin/password', '/admin/reviews', '/admin/weather'];
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(prefix + path);
      await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
      found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}
