import { randomUUID } from 'node:crypto';
import { expect, seedStation, test } from '../fixtures';
import { asAdmin, testDb } from '../admin-fixtures';
import { applyRun, dryRun } from './import-helpers';
import { pointIn } from './security-world';

// Applying a dry run writes what the admin was shown, once: a station changed
// since is reported, not overwritten, and every station written has its own
// audit entry. External ids belong to a county.

const csv = (rows: string[][]) => Buffer.from(['编号,名称,经度,纬度,电话,区划代码', ...rows.map((r) => r.join(','))].join('\n'));
const at = (county: string) => {
  const p = pointIn(county);
  return [p.lng.toFixed(6), p.lat.toFixed(6)];
};

test('two applies of one dry run at once: one writes, the other is refused', async ({ page }) => {
  await asAdmin(page, 'county', '360102');
  const tag = randomUUID().slice(0, 8);
  const dry = await dryRun(page, 'once.csv', csv([[`once-${tag}`, `一次${tag}`, ...at('360102'), '', '360102']]));
  expect(dry.last).toMatchObject({ type: 'preview', counts: { new: 1 } });
  const answers = await Promise.all([applyRun(page, dry.last!.token!), applyRun(page, dry.last!.token!)]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  expect(answers.find((a) => a.status === 409)!.error).toEqual({ message: expect.stringContaining('已经导入过'), field: 'token' });
  expect(await testDb().station.count({ where: { externalId: `once-${tag}` } })).toBe(1);
});

test('a station edited after the dry run is reported, not overwritten; the rest is written and audited', async ({ page }) => {
  const admin = await asAdmin(page, 'county', '360102');
  const tag = randomUUID().slice(0, 8);
  const seeded = async (i: number) => {
    const s = await seedStation({ ...pointIn('360102'), countyCode: '360102', name: `版本${i}-${tag}`, phone: '0791-11111111' });
    return testDb().station.update({ where: { id: s.id }, data: { externalId: `ver-${tag}-${i}` } });
  };
  const [a, b] = [await seeded(0), await seeded(1)];
  const row = (s: typeof a, phone: string) => [s.externalId!, s.name, s.lng.toFixed(6), s.lat.toFixed(6), phone, '360102'];
  const dry = await dryRun(page, 'edit.csv', csv([row(a, '0791-22222222'), row(b, '0791-33333333')]));
  expect(dry.last).toMatchObject({ type: 'preview', counts: { updated: 2 } });
  // Another admin saves station a meanwhile, as the edit form does.
  await testDb().station.update({ where: { id: a.id }, data: { phone: '0791-99999999', version: { increment: 1 } } });
  const applied = await applyRun(page, dry.last!.token!);
  expect(applied.last).toMatchObject({ type: 'applied', counts: { updated: 1, rejected: 1 } });
  expect(applied.last!.rejected).toEqual([{ row: 2, column: '编号', reason: expect.stringContaining(`“${a.name}”被他人修改过`) }]);
  expect(await testDb().station.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ phone: '0791-99999999' });
  expect(await testDb().station.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ phone: '0791-33333333' });
  const edit = await testDb().auditEntry.findFirstOrThrow({ where: { stationId: b.id, action: 'edit' } });
  expect(edit).toMatchObject({ actorId: admin.id, note: 'edit.csv' });
  // The file has no address or amenities column: those stay as they were.
  expect([JSON.parse(edit.before!), JSON.parse(edit.after!)]).toEqual([{ phone: '0791-11111111' }, { phone: '0791-33333333' }]);
  expect(await testDb().auditEntry.count({ where: { stationId: a.id } })).toBe(0);
});

test("a city admin's file cannot take a county's station by its external id, and a 100,000-character id is refused", async ({ page }) => {
  await asAdmin(page, 'city', '360100');
  const tag = randomUUID().slice(0, 8);
  const s = await seedStation({ ...pointIn('360102'), countyCode: '360102', name: `东湖站${tag}` });
  const owned = await testDb().station.update({ where: { id: s.id }, data: { externalId: `own-${tag}` } });
  const dry = await dryRun(page, 'take.csv', csv([
    [`own-${tag}`, `西湖站${tag}`, ...at('360103'), '', '360103'],
    ['Z'.repeat(100_000), `长编号${tag}`, ...at('360103'), '', '360103'],
  ]));
  expect(dry.last).toMatchObject({ type: 'preview', counts: { new: 1, updated: 0, rejected: 1 } });
  expect(dry.last!.rejected).toEqual([{ row: 3, column: '编号', reason: '太长。' }]);
  await applyRun(page, dry.last!.token!);
  expect(await testDb().station.findUniqueOrThrow({ where: { id: s.id } })).toEqual(owned);
  expect(await testDb().station.findFirstOrThrow({ where: { externalId: `own-${tag}`, countyCode: '360103' } })).toMatchObject({ name: `西湖站${tag}` });
});
