import { describe, expect, it } from 'vitest';
import { canActIn, canManageAccounts, canReadLog, canReadWholeLog, logScope, stationScope, type Admin } from './roles';

const admin = (role: Admin['role'], divisionCode: string | null): Admin => ({ id: 'u', email: 'a@b.c', name: 'A', role, divisionCode });
const donghu = { countyCode: '360102', cityCode: '360100' };
const ganzhou = { countyCode: '360702', cityCode: '360700' };
const erqi = { countyCode: '410103', cityCode: '410100' }; // 郑州市二七区
const jinshui = { countyCode: '410105', cityCode: '410100' }; // 郑州市金水区
const luolong = { countyCode: '410311', cityCode: '410300' }; // 洛阳市洛龙区
const jiyuan = { countyCode: '419001', cityCode: null }; // run by Henan directly
const huangpu = { countyCode: '310101', cityCode: null }; // Shanghai

describe('scope', () => {
  it.each([
    ['province', '360000', donghu, true],
    ['province', '360000', ganzhou, true],
    ['province', '360000', erqi, false],
    ['city', '360100', donghu, true],
    ['city', '360100', ganzhou, false],
    ['county', '360102', donghu, true],
    ['county', '360102', ganzhou, false],
    ['county', '360103', donghu, false],
    ['county', null, donghu, false],
    ['city', null, donghu, false],
    // A province admin with no province, or a city's code, acts nowhere.
    ['province', null, donghu, false],
    ['province', '360100', donghu, false],
  ] as const)('%s %s acting in %j → %s', (role, code, place, allowed) => {
    expect(canActIn(admin(role, code), place)).toBe(allowed);
  });

  it.each([
    ['national', null, [erqi, jiyuan, huangpu, donghu], []],
    ['province', '410000', [erqi, jinshui, luolong, jiyuan], [donghu, huangpu]],
    ['city', '410100', [erqi, jinshui], [luolong, jiyuan, donghu]],
    ['county', '410103', [erqi], [jinshui, luolong, jiyuan, donghu, huangpu]],
  ] as const)('Henan and beyond: %s %s acts in its own places only', (role, code, inside, outside) => {
    for (const place of inside) expect(canActIn(admin(role, code), place), place.countyCode).toBe(true);
    for (const place of outside) expect(canActIn(admin(role, code), place), place.countyCode).toBe(false);
  });

  it('narrows station queries to the scope', () => {
    expect(stationScope(admin('national', null))).toEqual({});
    expect(stationScope(admin('province', '410000'))).toEqual({ countyCode: { startsWith: '41' } });
    expect(stationScope(admin('province', '360000'))).toEqual({ countyCode: { startsWith: '36' } });
    expect(stationScope(admin('province', null))).toEqual({ countyCode: '-' });
    expect(stationScope(admin('city', '410100'))).toEqual({ county: { cityCode: '410100' } });
    expect(stationScope(admin('county', '410103'))).toEqual({ countyCode: '410103' });
    expect(stationScope(admin('county', null))).toEqual({ countyCode: '-' });
  });

  it('lets national and province admins manage accounts, and only national ones read the whole log', () => {
    expect(canManageAccounts(admin('national', null))).toBe(true);
    expect(canManageAccounts(admin('province', '410000'))).toBe(true);
    expect(canManageAccounts(admin('province', null))).toBe(false);
    expect(canManageAccounts(admin('city', '360100'))).toBe(false);
    expect(canManageAccounts(admin('county', '410103'))).toBe(false);
    expect(canReadWholeLog(admin('national', null))).toBe(true);
    expect(canReadWholeLog(admin('province', '360000'))).toBe(false);
  });
});

describe('the audit log', () => {
  it('is whole for national admins, the province for a province admin, closed to others', () => {
    expect(logScope(admin('national', null))).toEqual({});
    expect(logScope(admin('province', '410000'))).toEqual({ countyCode: { startsWith: '41' } });
    expect(canReadLog(admin('province', '410000'))).toBe(true);
    expect(canReadLog(admin('city', '410100'))).toBe(false);
    expect(canReadLog(admin('county', '410103'))).toBe(false);
  });
});
