import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { testDb } from '../admin-fixtures';
import { bumpVersion, expect, offset, seedStation, spot, test, waitForStation } from '../fixtures';

// A worker on a phone: the station page says which service runs today
// ("今天 全天：法律援助"), and the map's "今天有服务" filter (in the URL of a
// shared link) lists the station with a service today and not its neighbour
// without one. The station review.mobile.spec.ts seeds at spot(47) has none either.

const LEGAL_AID_EVERY_DAY = JSON.stringify([{ kind: 'legal_aid', schedule: 'Mo-Su 00:00-24:00', note: null }]);

async function nearbyIds(request: APIRequestContext, p: { lat: number; lng: number }, query = ''): Promise<string[]> {
  const res = await request.get(`/api/stations/nearest?lat=${p.lat}&lng=${p.lng}&limit=50${query}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { stations: { id: string }[] }).stations.map((s) => s.id);
}

test('the station page shows today\'s service; "今天有服务" on the map keeps only the station with one', async ({ page }, info) => {
  test.setTimeout(60_000);
  const here = spot(47, info);
  const tag = `${info.project.name}-${randomUUID().slice(0, 8)}`;
  const served = await seedStation({ ...offset(here, 100, 0), name: `法援驿站 ${tag}` });
  const plain = await seedStation({ ...offset(here, 200, 0), name: `普通驿站 ${tag}` });
  await testDb().station.update({ where: { id: served.id }, data: { services: LEGAL_AID_EVERY_DAY } });
  await bumpVersion(served.id);
  await waitForStation(page, plain.id, here.lat, here.lng);
  // The server's index reloads a moment after the write: until then the filter does not know the service.
  await expect.poll(() => nearbyIds(page.request, here, '&servicesToday=1')).toContain(served.id);
  expect(await nearbyIds(page.request, here, '&servicesToday=1')).not.toContain(plain.id);
  expect(await nearbyIds(page.request, here, '&servicesToday=1&service=haircut')).not.toContain(served.id);

  // The API says the same of the station, with today's interval.
  const api = await page.request.get(`/api/stations/${served.id}`);
  expect(((await api.json()) as { station: { services: unknown[] } }).station.services).toEqual([
    expect.objectContaining({ kind: 'legal_aid', schedule: 'Mo-Su 00:00-24:00', note: null, today: ['00:00–24:00'] }),
  ]);

  // The station page a shared link opens.
  await page.goto(`/stations/${served.id}`);
  const today = page.getByRole('region', { name: '今日服务' });
  await expect(today.getByText('今天 全天：法律援助')).toBeVisible();
  await page.goto(`/stations/${plain.id}`);
  await expect(page.getByRole('heading', { name: plain.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: '今日服务' })).toHaveCount(0);

  // The map, opened from a link with the filter on: the list is the server's first, then the live one.
  await page.goto(`/?near=${here.lat},${here.lng}&place=${encodeURIComponent('测试地点')}&servicesToday=1`);
  const list = page.locator('.station-list');
  await expect(list.getByRole('link', { name: served.name })).toBeVisible();
  await expect(list.getByRole('link', { name: plain.name })).toHaveCount(0);
  const filters = page.getByRole('form', { name: '筛选' });
  const box = filters.getByRole('checkbox', { name: '今天有服务' });
  await expect(box).toBeChecked();

  // Unticked, everything comes back.
  await box.uncheck();
  await expect(page).not.toHaveURL(/servicesToday=1/);
  await expect(list.getByRole('link', { name: plain.name })).toBeVisible();
  await expect(list.getByRole('link', { name: served.name })).toBeVisible();
});
