import { randomUUID } from 'node:crypto';
import { testDb } from './admin-fixtures';
import { pointIn } from './admin/security-world';
import { expect, seedStation, test } from './fixtures';

// /stats per county: the share of complaints answered on time, the median
// time to answer and the workers' average grade, each with its table and CSV,
// for the region asked. The county here (安福县) is no other spec's.

const COUNTY = '360829';
const H = 3600_000;

test('a county’s complaints answered on time, time to answer and grade', async ({ page }) => {
  const s = await seedStation({ ...pointIn(COUNTY), countyCode: COUNTY, name: `统计投诉驿站 ${randomUUID().slice(0, 8)}` });
  const db = testDb();
  const t0 = Date.now() - 40 * 24 * H;
  const complaint = (decidedAfterH: number | null, status = 'resolved', decisionNote: string | null = '已处理') => ({
    stationId: s.id, countyCode: COUNTY, category: 'closed', createdAt: new Date(t0), dueAt: new Date(t0 + 100 * H),
    status: decidedAfterH === null ? 'open' : status, decidedAt: decidedAfterH === null ? null : new Date(t0 + decidedAfterH * H), decisionNote,
  });
  await db.report.createMany({
    data: [complaint(10), complaint(30), complaint(200), complaint(50, 'dismissed', null), complaint(null)],
  });
  await db.review.createMany({
    data: [4, 2, 5].map((stars, i) => ({ stationId: s.id, countyCode: COUNTY, stars, text: '', status: i < 2 ? 'published' : 'pending', clientHash: `h${i}` })),
  });

  await page.goto(`/stats?region=${COUNTY}`);
  const row = (dataset: string) => page.locator(`table[data-dataset="${dataset}"] tbody tr`).filter({ hasText: COUNTY });
  // Four decided (the rejection without a reason is no answer), two of them by the due date; one open past it.
  await expect(row('complaints').locator('td')).toHaveText([COUNTY, '安福县', '吉安市', '4', '2', '50.0%', '1']);
  // Answered in 10, 30 and 200 hours: the median is 30.
  await expect(row('answerHours').locator('td')).toHaveText([COUNTY, '安福县', '吉安市', '3', '30.0']);
  // Published reviews only: 4 and 2 stars.
  await expect(row('grades').locator('td')).toHaveText([COUNTY, '安福县', '吉安市', '2', '3.0']);
  await expect(page.getByRole('img', { name: '投诉按期答复情况' })).toBeVisible();
  await expect(page.getByRole('table', { name: '站点评价平均星级：数据表' })).toBeVisible();

  // The same rows as CSV, in the region asked; another region does not have them.
  const csv = await (await page.request.get(`/stats/csv?dataset=complaints&region=${COUNTY}`)).text();
  expect(csv).toContain(`${COUNTY},安福县,吉安市,4,2,0.5,1\r\n`);
  const hours = await (await page.request.get(`/en/stats/csv?dataset=answerHours&region=${COUNTY}`)).text();
  expect(hours.startsWith('\uFEFFCode,County,City,Complaints answered,Median time to answer (hours)\r\n')).toBe(true);
  const elsewhere = await (await page.request.get('/stats/csv?dataset=complaints&region=360100')).text();
  expect(elsewhere).not.toContain(COUNTY);
});
