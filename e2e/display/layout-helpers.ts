import { expect, type Locator, type Page } from '@playwright/test';

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
export function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The colour and the first non-transparent background behind an element. */
export function colours(target: Locator): Promise<{ color: string; background: string }> {
  return target.evaluate((el) => {
    let node: Element | null = el;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && !/rgba\(.*, 0\)$/.test(bg)) { background = bg; break; }
      node = node.parentElement;
    }
    return { color: getComputedStyle(el).color, background };
  });
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
}

/** Visible, inside the viewport's width, and its own text not cut off by its box. */
export async function expectFits(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const box = (await target.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, 'starts left of the screen').toBeGreaterThanOrEqual(-1);
  expect(box.x + box.width, 'ends right of the screen').toBeLessThanOrEqual(width + 1);
  // Inline boxes have no clientWidth; their bounding box was checked above.
  const clipped = await target.evaluate((el) => getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1);
  expect(clipped, 'its content is cut off').toBe(false);
}

/** No two of the boxes overlap (each a visible element). */
export async function expectNoOverlap(targets: Locator[]): Promise<void> {
  const boxes = await Promise.all(targets.map(async (t) => (await t.boundingBox())!));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const apart = a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1 || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1;
      expect(apart, `elements ${i} and ${j} overlap`).toBe(true);
    }
  }
}
