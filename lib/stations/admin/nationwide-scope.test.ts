import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';

// The station forms' own code (session known) for admins outside Jiangxi: a
// county admin of 郑州市二七区 saves in 二七区 and nowhere else in China, whatever
// county the form names; a Henan province admin does not reach Jiangxi.

let fdb: FuzzDb;
let save: typeof import('./save');
let scope: typeof import('./scope');

const admin = (role: Admin['role'], divisionCode: string | null): Admin => ({ id: `t-${role}-${divisionCode}`, email: `${role}@t.test`, name: role, role, divisionCode });
const erqiAdmin = admin('county', '410103');
const henan = admin('province', '410000');
const national = admin('national', null);

const ERQI = { lat: '34.6795', lng: '113.5886' }; // 二七区
const JINSHUI = { lat: '34.80', lng: '113.66' }; // 金水区, next door
const DONGHU = { lat: '28.7021', lng: '115.8987' }; // 南昌市东湖区

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  const all = { name: `驿站 ${Math.random()}`, kind: 'station', status: 'in_use', crs: 'wgs84', openingHours: '24/7', address: '路 1 号', saveAnyway: '1', ...values };
  for (const [k, v] of Object.entries(all)) f.set(k, v);
  return f;
}

beforeAll(async () => {
  fdb = await openFuzzDb();
  save = await import('./save');
  scope = await import('./scope');
}, 60_000);
afterAll(() => fdb?.close());

describe('station saves nationwide', () => {
  it('a county admin of 二七区 saves a point in 二七区', async () => {
    const r = await save.saveNewStation(erqiAdmin, form(ERQI));
    expect('saved' in r).toBe(true);
    if ('saved' in r) expect((await fdb.db.station.findUniqueOrThrow({ where: { id: r.saved } })).countyCode).toBe('410103');
  });

  it.each([
    ['next door in 金水区', JINSHUI, '金水区'],
    ['in Jiangxi', DONGHU, '东湖区'],
  ])('refuses a point %s, naming the county it falls in, and writes nothing', async (_, point, county) => {
    const before = await fdb.db.station.count();
    const r = await save.saveNewStation(erqiAdmin, form(point));
    expect(r).toEqual({ answer: { outcome: 'invalid', errors: { countyCode: { code: 'outOfScope', params: { county } } } } });
    expect(await fdb.db.station.count()).toBe(before);
  });

  it('cannot edit a Henan station from Jiangxi, nor move its own station out of 二七区', async () => {
    const own = await fdb.db.station.create({ data: { name: '二七驿站', kind: 'station', status: 'in_use', lat: 34.6795, lng: 113.5886, countyCode: '410103', openingHours: '24/7' } });
    const edit = (who: Admin, point: Record<string, string>) => save.saveStationEdit(who, form({ ...point, id: own.id, version: '1', countyCode: '' }));
    expect(await edit(admin('county', '360102'), DONGHU)).toEqual({ answer: { outcome: 'refused' } });
    expect(await edit(admin('province', '360000'), ERQI)).toEqual({ answer: { outcome: 'refused' } });
    expect(await edit(erqiAdmin, JINSHUI)).toMatchObject({ answer: { outcome: 'invalid', errors: { countyCode: { code: 'outOfScope' } } } });
    expect(await fdb.db.station.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ countyCode: '410103', version: 1 });
  });

  it('a Henan province admin saves anywhere in Henan but not in Jiangxi; a national admin anywhere', async () => {
    expect('saved' in (await save.saveNewStation(henan, form(JINSHUI)))).toBe(true);
    expect(await save.saveNewStation(henan, form(DONGHU))).toMatchObject({ answer: { outcome: 'invalid' } });
    expect('saved' in (await save.saveNewStation(national, form(DONGHU)))).toBe(true);
  });

  it('a point outside China is an inline error on the coordinates', async () => {
    const r = await save.saveNewStation(national, form({ lat: '35.69', lng: '139.69' }));
    expect(r).toMatchObject({ answer: { outcome: 'invalid', errors: { lat: { code: 'outsideChina' } } } });
  });

  it('offers each admin the counties of its scope, in the page\'s language', () => {
    expect(scope.formPlaces(erqiAdmin, 'en').options).toEqual([{ code: '410103', name: 'Erqi District', cityName: 'Zhengzhou City' }]);
    const zhengzhou = scope.formPlaces(admin('city', '410100')).options.map((c) => c.code);
    expect(zhengzhou).toContain('410105');
    expect(zhengzhou.every((c) => c.startsWith('4101'))).toBe(true);
    const henanCounties = scope.countiesInScope(henan).map((c) => c.code);
    expect(henanCounties).toContain('419001');
    expect(henanCounties.every((c) => c.startsWith('41'))).toBe(true);
    expect(scope.formPlaces(national).options).toEqual([]);
    expect(scope.formPlaces(national, 'zh-CN', '410103').options.map((c) => c.code)).toEqual(['410103']);
  });
});
