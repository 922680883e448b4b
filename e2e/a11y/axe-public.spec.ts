import type { Page } from '@playwright/test';
import { hashTrackToken, newTrackToken } from '../../lib/complaints/token';
import { testDb } from '../admin-fixtures';
import { expect, seedStation, test } from '../fixtures';
import { axeViolations as violations } from '../support/axe';

// WCAG 2.1 AA, as axe checks it automatically, on every public page in both
// languages, on the desktop viewport and in the dark colour scheme; the phone's own screens on the phone
// (in the light scheme: the dark palette is the same CSS at every width).

// On the phone, the screens a phone lays out differently (bottom sheet, opening
// picture, narrow station page); the others are the same markup, checked on the desktop.
const PHONE_PAGES = new Set(['map', 'map with a station open', 'station page', 'embedded county map', 'complaint page']);
const skipOnPhone = (name: string) =>
  test.skip(test.info().project.name === 'phone' && !PHONE_PAGES.has(name), 'checked on the desktop');

// axe over the statistics and coverage tables takes 20-35 s when the two shared cores are busy.
test.describe.configure({ timeout: 60_000 });

let stationId: string;
// A complaint answered by its union, as its sender opens it from the private link.
const complaintToken = newTrackToken();
test.beforeAll(async () => {
  stationId = (await seedStation({ name: '无障碍检查驿站', lat: 28.6, lng: 115.95, countyCode: '360111', amenities: ['toilet', 'drinking_water'] })).id;
  await testDb().report.create({
    data: {
      stationId, countyCode: '360111', category: 'closed', text: '周日没开门', status: 'resolved', progress: 'in_progress',
      dueAt: new Date(Date.now() + 86_400_000), trackHash: hashTrackToken(complaintToken), decidedAt: new Date(), decidedBy: 'axe@e2e.test', decisionNote: '已联系站长，周日恢复开放。',
    },
  });
});

for (const prefix of ['', '/en']) {
  const pages: [string, () => string, (page: Page) => Promise<unknown>][] = [
    ['map', () => `${prefix}/`, (page) => expect(page.getByRole('list').first()).toBeVisible()],
    ['map with a station open', () => `${prefix}/?s=${stationId}`, (page) => expect(page.getByRole('heading', { name: '无障碍检查驿站' }).first()).toBeVisible()],
    ['station page', () => `${prefix}/stations/${stationId}`, (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['coverage', () => `${prefix}/coverage`, (page) => expect(page.getByRole('table').first()).toBeVisible()],
    ['county coverage', () => `${prefix}/coverage?county=360111`, (page) => expect(page.getByRole('table').first()).toBeVisible()],
    ['county report', () => `${prefix}/coverage/360111/report`, (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['statistics', () => `${prefix}/stats`, (page) => expect(page.getByRole('table').first()).toBeVisible()],
    ['API documentation', () => `${prefix}/api-docs`, (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['complaint page', () => `${prefix}/complaints/${complaintToken}`, (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['not found', () => `${prefix}/stations/no-such-station`, (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    // The list, and the map with its markers (the readiness check only; axe checks them).
    ['embedded county map', () => `${prefix}/embed?county=360111`, async (page) => {
      await expect(page.getByRole('list').first().getByRole('link').first()).toBeVisible();
      await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    }],
    ['embed with an unknown county', () => `${prefix}/embed?county=999999`, (page) => expect(page.getByRole('main').getByRole('alert')).toBeVisible()],
    ['sign-in', () => `${prefix}/admin/sign-in`, (page) => expect(page.getByRole('button').last()).toBeVisible()],
  ];
  for (const [name, path, ready] of pages) {
    // The dark palette (prefers-color-scheme: dark, CSS only) has its own
    // contrast to keep: once per page, on the page already loaded, where colour
    // is all that changes, so only the contrast rule runs again.
    const dark = prefix === '' ? ', and in dark mode on the desktop' : '';
    test(`axe finds nothing on ${name} (${prefix || 'zh-CN'})${dark}`, async ({ page }) => {
      skipOnPhone(name);
      await page.goto(path());
      await ready(page);
      // Colour contrast on the zh-CN page only: the English page is the same elements with the
      // same CSS (colours do not depend on the language), and contrast is most of axe's time
      // on the tables. Every other rule (lang, names, structure) runs in both languages.
      expect(await violations(page, prefix === '' ? undefined : { except: ['color-contrast'] })).toEqual([]);
      if (!dark || test.info().project.name === 'phone') return;
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await violations(page, ['color-contrast'])).toEqual([]);
    });
  }
}
