import { expect, seedStation, spot, test } from './fixtures';

// A worker on a metered, weak connection pays for every byte: opening the map
// must not fetch pages they never asked for (Next's links prefetch by default).

test('opening the map fetches no other page until the worker follows a link', async ({ page }, info) => {
  const p = spot(14, info);
  const s = await seedStation({ name: '流量检查驿站', lat: p.lat, lng: p.lng });
  const pages: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.resourceType() === 'document' || r.headers()['rsc'] || url.searchParams.has('_rsc')) pages.push(url.pathname);
  });
  // The list's answer for the map's view comes once the map is up, after the links have been on screen.
  const listAnswer = page.waitForResponse((r) => r.url().includes('/api/stations/nearest'));
  await page.goto(`/?at=${p.lat},${p.lng},15`);
  await listAnswer;
  await expect(page.getByRole('link', { name: '流量检查驿站' })).toBeVisible();
  // Next prefetches links in view when the page is idle: let it be idle twice.
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
  expect(pages).toEqual(['/']);
  expect(pages).not.toContain(`/stations/${s.id}`);
});
