import { expect, type Page } from '@playwright/test';
import { counties, countyAt } from '../../lib/divisions-data';
import { testDb } from '../admin-fixtures';
import { offset } from '../fixtures';

// Shared by the station administration specs: quiet places to put stations,
// and the station form's fields by their labels.

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * A point well inside `county` with no station within ~500 m (so no duplicate
 * warning unless a test asks for one). `salt` keeps tests in one county apart.
 */
export async function freePoint(county: string, salt = 0): Promise<{ lat: number; lng: number }> {
  const c = counties.find((x) => x.code === county);
  if (!c) throw new Error(`unknown county ${county}`);
  for (let i = 0; i < 400; i++) {
    const angle = ((i * 137.5 + salt * 71) * Math.PI) / 180;
    const r = 0.02 + 0.002 * i + 0.001 * salt;
    const p = { lat: round6(c.lat + r * Math.sin(angle)), lng: round6(c.lng + r * Math.cos(angle)) };
    const ring = [[0, 0], [800, 0], [-800, 0], [0, 800], [0, -800]].map(([n, e]) => offset(p, n!, e!));
    if (!ring.every((q) => countyAt(q.lng, q.lat) === county)) continue;
    const d = 0.005;
    const near = await testDb().station.count({ where: { lat: { gte: p.lat - d, lte: p.lat + d }, lng: { gte: p.lng - d, lte: p.lng + d } } });
    if (near === 0) return p;
  }
  throw new Error(`no free point in ${county}`);
}

export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

export async function typePoint(page: Page, p: { lat: number | string; lng: number | string }) {
  await field(page, '纬度').fill(String(p.lat));
  await field(page, '经度').fill(String(p.lng));
}

export async function save(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
}

/** Saves and waits for the edit page of the saved station; returns its id. */
export async function saveAndWait(page: Page): Promise<string> {
  await save(page);
  await expect(page).toHaveURL(/\/admin\/stations\/[^/?]+\?done=saved$/);
  await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Map tiles are unreachable here: answer every tile request of this page with an empty image. */
export async function stubTiles(page: Page) {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  await page.route(/tile\.openstreetmap\.org|tianditu\.gov\.cn|is\.autonavi\.com/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
}
