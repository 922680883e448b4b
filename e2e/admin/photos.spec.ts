import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { asAdmin, testDb } from '../admin-fixtures';
import { archiveStation, expect, seedStation, test } from '../fixtures';
import { tamper } from '../support/tamper';

// Station photos: uploaded by an admin in scope, verified as images, shown on
// the public station page and panel, served with nosniff; deleting is audited.

// An 8×6 PNG written by libvips.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4ISeHFTEMpAQAaYgwwXposYcAAAAASUVORK5CYII=', 'base64');

const station = (label: string, countyCode = '360102') =>
  seedStation({ lat: 28.67, lng: 115.9, countyCode, name: `${label} ${randomUUID().slice(0, 8)}` });

/** Signs in as the station's county admin and uploads the PNG on the station's photos page. */
async function upload(page: Page, s: { id: string; name: string; countyCode: string }) {
  const admin = await asAdmin(page, 'county', s.countyCode);
  await page.goto(`/admin/photos/${s.id}`);
  await page.getByLabel(/添加照片/).setInputFiles({ name: 'front.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: '上传' }).click();
  await expect(page.getByRole('status').filter({ hasText: '照片已添加。' })).toBeVisible();
  await expect(page.getByRole('img', { name: `${s.name}，照片 1` })).toBeVisible();
  return admin;
}

test('an uploaded PNG is served as stored and shows on the public page and panel', async ({ page, browser }) => {
  const s = await station('照片驿站', '360104');
  // Behind the trusted proxy: the audit entry records the address it saw, not what the client wrote.
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '6.6.6.6, 198.51.100.23' });
  const admin = await upload(page, s);
  const [photo] = await testDb().photo.findMany({ where: { stationId: s.id } });
  expect(photo).toMatchObject({ mime: 'image/png', width: 8, height: 6, bytes: PNG.length });
  expect(photo!.fileName).toMatch(/^[0-9a-f-]{36}\.png$/);
  expect(await testDb().auditEntry.findMany({ where: { stationId: s.id } })).toMatchObject([{ action: 'edit', note: 'photo added', actorId: admin.id, clientAddress: '198.51.100.23' }]);

  const res = await page.request.get(`/api/photos/${photo!.id}`);
  expect(res.status()).toBe(200);
  expect(res.headers()).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=600' });
  expect(Buffer.from(await res.body()).equals(PNG)).toBe(true);

  const visitor = await browser.newPage();
  await visitor.goto(`/stations/${s.id}`);
  const img = visitor.getByRole('img', { name: `${s.name}，照片 1` });
  await expect(img).toBeVisible();
  // Visible is not loaded: wait for the decoded image.
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(8);
  await visitor.goto(`/?s=${s.id}&at=${s.lat},${s.lng},16`);
  await expect(visitor.getByRole('img', { name: `${s.name}，照片 1` })).toBeVisible();
});

test("an archived station's photo is no longer public; its admin still sees it, uncached", async ({ page, playwright, baseURL }) => {
  const s = await station('归档照片驿站', '360104');
  await upload(page, s);
  const photo = await testDb().photo.findFirstOrThrow({ where: { stationId: s.id } });
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/photos/${photo.id}`)).status()).toBe(200);
  await archiveStation(s.id);
  expect((await anonymous.get(`/api/photos/${photo.id}`)).status()).toBe(404);
  await anonymous.dispose();
  const admin = await page.request.get(`/api/photos/${photo.id}`);
  expect(admin.status()).toBe(200);
  expect(admin.headers()['cache-control']).toBe('private, no-store');
});

test('deleting a photo removes it everywhere and is audited', async ({ page }) => {
  const s = await station('删除照片驿站', '360104');
  const admin = await upload(page, s);
  const photo = await testDb().photo.findFirstOrThrow({ where: { stationId: s.id } });
  // The public page, kept in the page cache, shows the photo; the next request after the deletion does not.
  const publicPage = async () => (await page.request.get(`/stations/${s.id}`)).text();
  expect(await publicPage()).toContain(`/api/photos/${photo.id}`);
  await page.getByRole('button', { name: '删除照片 1' }).click();
  await expect(page.getByText('还没有照片。')).toBeVisible();
  expect(await publicPage()).not.toContain(`/api/photos/${photo.id}`);
  expect(await testDb().photo.count({ where: { stationId: s.id } })).toBe(0);
  expect((await page.request.get(`/api/photos/${photo.id}`)).status()).toBe(404);
  expect(await testDb().auditEntry.findMany({ where: { stationId: s.id }, orderBy: { at: 'asc' } })).toMatchObject([
    { action: 'edit', note: 'photo added', actorId: admin.id },
    { action: 'edit', note: 'photo deleted', actorId: admin.id, before: expect.stringContaining(photo.id) },
  ]);
});

test('a file that is not an image is refused with a message, even named .png', async ({ page }) => {
  const s = await station('假图片驿站');
  await asAdmin(page, 'province');
  await page.goto(`/admin/photos/${s.id}`);
  await page.getByLabel(/添加照片/).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)">not a picture</svg>') });
  await page.getByRole('button', { name: '上传' }).click();
  await expect(page.locator('.photos-admin').getByRole('alert')).toHaveText('这个文件不是有效的 JPEG、PNG 或 WebP 图片。');
  await page.getByLabel(/添加照片/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('button', { name: '上传' }).click();
  await expect(page.locator('.photos-admin').getByRole('alert')).toHaveText('只能上传 JPEG、PNG 和 WebP 图片。');
  expect(await testDb().photo.count({ where: { stationId: s.id } })).toBe(0);
});

test('another county’s admin cannot see or change a station’s photos', async ({ page }) => {
  const theirs = await station('他县照片驿站', '360113');
  const mine = await station('本县照片驿站', '360104');
  await asAdmin(page, 'county', '360104');
  const res = await page.goto(`/admin/photos/${theirs.id}`);
  expect(res?.status()).toBe(404);
  // Posting the upload form of their own station with the other station's id changed in.
  await page.goto(`/admin/photos/${mine.id}`);
  await tamper(page.locator('input[name="stationId"]'), theirs.id);
  await page.getByLabel(/添加照片/).setInputFiles({ name: 'front.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: '上传' }).click();
  await expect(page.locator('.photos-admin').getByRole('alert')).toHaveText('你没有权限执行这个操作。');
  expect(await testDb().photo.count({ where: { stationId: { in: [theirs.id, mine.id] } } })).toBe(0);
  expect(await testDb().auditEntry.count({ where: { stationId: theirs.id } })).toBe(0);
});
