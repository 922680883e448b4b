import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// prefers-reduced-motion: reduce stops the CSS transitions and animations and
// Leaflet's JavaScript ones (zoom, tile fade, marker zoom), which mark the map
// with these classes when they are on.

type Flagged = Window & { zoomAnimSeen?: boolean };

async function openMap(page: Page) {
  await page.goto('/?at=28.68,115.89,12');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  return page.locator('.leaflet-container').evaluate((map) => {
    // Leaflet gives its map pane .leaflet-zoom-anim only while a zoom animates: note whether it ever does.
    (window as Flagged).zoomAnimSeen = false;
    const pane = map.querySelector('.leaflet-map-pane')!;
    new MutationObserver(() => {
      if (pane.classList.contains('leaflet-zoom-anim')) (window as Flagged).zoomAnimSeen = true;
    }).observe(pane, { attributes: true, attributeFilter: ['class'] });
    // The zoom animation's proxy element exists only when zoomAnimation is on.
    return { fade: map.classList.contains('leaflet-fade-anim'), zoomProxy: map.querySelectorAll('.leaflet-proxy').length };
  });
}

async function zoomInOnce(page: Page): Promise<boolean> {
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/at=[\d.]+(,|%2C)[\d.]+(,|%2C)13/);
  return page.evaluate(() => (window as Flagged).zoomAnimSeen === true);
}

test('reduced motion: the map neither fades nor animates its zoom, and nothing transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await openMap(page)).toEqual({ fade: false, zoomProxy: 0 });
  expect(await zoomInOnce(page), 'the zoom was animated').toBe(false);
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
  }).map((el) => `${el.tagName}.${el.className.toString()}`));
  expect(moving).toEqual([]);
});

test('without the setting the map keeps its animations', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const motion = await openMap(page);
  expect(motion.fade).toBe(true);
  expect(motion.zoomProxy).toBe(1);
  expect(await zoomInOnce(page), 'the zoom was not animated').toBe(true);
});
