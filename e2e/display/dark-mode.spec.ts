import { expect, seedStation, test } from '../fixtures';
import { colours, contrast, luminance } from './layout-helpers';

// prefers-color-scheme: dark gives a dark page with light text; the map's own
// controls and markers keep their light, legible look over the (light) tiles.
// axe's contrast checks of the dark pages are in e2e/a11y/axe-public.spec.ts.

test('a dark system setting gives a dark page, list and panel with light text', async ({ page }, info) => {
  const s = await seedStation({ name: `深色模式驿站 ${info.project.name}`, lat: 28.63, lng: 115.95 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/?s=${s.id}`);
  const heading = page.getByRole('heading', { name: s.name }).first();
  await expect(heading).toBeVisible();
  const body = await colours(page.locator('body'));
  expect(luminance(body.background), `page background ${body.background}`).toBeLessThan(0.05);
  expect(luminance(body.color), `page text ${body.color}`).toBeGreaterThan(0.6);
  const panel = await colours(heading);
  expect(luminance(panel.background), `panel background ${panel.background}`).toBeLessThan(0.05);
  expect(contrast(panel.color, panel.background)).toBeGreaterThanOrEqual(4.5);
  const locate = await colours(page.getByRole('button', { name: '定位我' }));
  expect(contrast(locate.color, locate.background)).toBeGreaterThanOrEqual(4.5);
  // Leaflet's zoom buttons stay dark-on-white, readable over the tiles.
  const zoom = await colours(page.getByRole('button', { name: 'Zoom in' }));
  expect(contrast(zoom.color, zoom.background)).toBeGreaterThanOrEqual(4.5);
});

test('the light setting still gives a light page (the dark palette is not forced)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: '定位我' })).toBeVisible();
  const body = await colours(page.locator('body'));
  expect(luminance(body.background)).toBeGreaterThan(0.9);
  expect(luminance(body.color)).toBeLessThan(0.05);
});

test('a station page in dark mode: dark background, light heading, readable status', async ({ page }, info) => {
  const s = await seedStation({ name: `深色站点页 ${info.project.name}`, lat: 28.64, lng: 115.96 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/stations/${s.id}`);
  const h1 = await colours(page.getByRole('heading', { level: 1 }));
  expect(luminance(h1.background)).toBeLessThan(0.05);
  expect(luminance(h1.color)).toBeGreaterThan(0.6);
  const badge = await colours(page.getByText(/24小时开放/).first());
  expect(contrast(badge.color, badge.background)).toBeGreaterThanOrEqual(4.5);
});
