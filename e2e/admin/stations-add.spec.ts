import { randomUUID } from 'node:crypto';
import { asAdmin, testDb } from '../admin-fixtures';
import { expect, offset, seedStation, test } from '../fixtures';
import { fromWgs84 } from '../../lib/geo/crs';
import { field, freePoint, save, saveAndWait, typePoint } from './stations-helpers';

// A county admin adds stations: by dragging the pin, by typing coordinates
// from Amap (GCJ-02), and past a duplicate warning.

test('add a station by dragging the pin; the county is proposed from the point', async ({ page }) => {
  const county = '360424'; // 修水县
  const admin = await asAdmin(page, 'county', county);
  const start = await freePoint(county);
  const name = `拖动驿站 ${randomUUID().slice(0, 8)}`;
  await page.goto('/admin/stations/new');
  await field(page, '名称').fill(name);
  await typePoint(page, start);
  const pin = page.getByRole('button', { name: '站点位置（可拖动）' });
  await expect(pin).toBeVisible();
  await expect(page.getByText('根据坐标判断：修水县')).toBeVisible();
  const box = (await pin.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40, y + 20, { steps: 4 });
  await page.mouse.move(x + 80, y + 40, { steps: 4 });
  await page.mouse.up();
  await expect(field(page, '纬度')).not.toHaveValue(String(start.lat));
  const lat = Number(await field(page, '纬度').inputValue());
  const lng = Number(await field(page, '经度').inputValue());
  expect(lat).toBeLessThan(start.lat); // dragged down: south
  expect(lng).toBeGreaterThan(start.lng); // dragged right: east
  await expect(field(page, '所属区县')).toHaveValue(county);
  const id = await saveAndWait(page);
  const row = await testDb().station.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ name, countyCode: county, lat, lng, status: 'in_use', openingHours: '24/7', version: 1, archivedAt: null });
  const audit = await testDb().auditEntry.findMany({ where: { stationId: id } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ action: 'create', actorId: admin.id, countyCode: county });
  expect(JSON.parse(audit[0]!.after!)).toMatchObject({ name, lat, lng });
});

test('coordinates typed in GCJ-02 are stored shifted back to WGS-84', async ({ page }) => {
  const county = '360731'; // 于都县
  await asAdmin(page, 'county', county);
  const wgs = await freePoint(county);
  const [gLng, gLat] = fromWgs84(wgs.lng, wgs.lat, 'gcj02');
  const name = `高德坐标驿站 ${randomUUID().slice(0, 8)}`;
  await page.goto('/admin/stations/new');
  await field(page, '名称').fill(name);
  await field(page, '坐标系').selectOption('gcj02');
  await typePoint(page, { lat: gLat.toFixed(6), lng: gLng.toFixed(6) });
  await expect(page.getByText('根据坐标判断：于都县')).toBeVisible();
  await field(page, '地址').fill('于都县测试路 8 号');
  await page.getByLabel('卫生间').check();
  const id = await saveAndWait(page);
  const row = await testDb().station.findUniqueOrThrow({ where: { id } });
  expect(Math.abs(row.lat - wgs.lat)).toBeLessThan(1e-5);
  expect(Math.abs(row.lng - wgs.lng)).toBeLessThan(1e-5);
  // GCJ-02 is offset by hundreds of metres in Jiangxi: the stored point is not the typed one.
  expect(Math.abs(row.lng - gLng)).toBeGreaterThan(1e-3);
  expect(row).toMatchObject({ countyCode: county, address: '于都县测试路 8 号', amenities: 'toilet' });
  // The edit form shows the stored WGS-84 point.
  await expect(field(page, '坐标系')).toHaveValue('wgs84');
  await expect(field(page, '纬度')).toHaveValue(String(row.lat));
});

test('a duplicate is warned about with links, and the admin can save anyway', async ({ page }) => {
  const county = '360730'; // 宁都县
  await asAdmin(page, 'county', county);
  const at = await freePoint(county);
  const name = `重名驿站 ${randomUUID().slice(0, 8)}`;
  const existing = await seedStation({ ...at, name, countyCode: county });
  await page.goto('/admin/stations/new');
  await field(page, '名称').fill(name);
  const near = offset(at, 20, 0);
  await typePoint(page, { lat: near.lat.toFixed(6), lng: near.lng.toFixed(6) });
  await expect(page.getByText('根据坐标判断：宁都县')).toBeVisible();
  await save(page);
  const warning = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '可能与已有站点重复' }) });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link', { name })).toHaveAttribute('href', `/admin/stations/${existing.id}`);
  await expect(warning).toContainText('相距 20 米');
  await expect(warning).toContainText('同一区县内同名');
  expect(await testDb().station.count({ where: { name } })).toBe(1);
  // The input is kept; saving deliberately goes through.
  await expect(field(page, '名称')).toHaveValue(name);
  await page.getByRole('button', { name: '已确认不是重复，仍然保存' }).click();
  await expect(page).toHaveURL(/\?done=saved$/);
  expect(await testDb().station.count({ where: { name } })).toBe(2);
});
