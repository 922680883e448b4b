import { describe, expect, it } from 'vitest';
import { canActIn, canManageAccounts, stationScope, type Admin } from './roles';

const admin = (role: Admin['role'], divisionCode: string | null): Admin => ({ id: 'u', email: 'a@b.c', name: 'A', role, divisionCode });
const donghu = { countyCode: '360102', cityCode: '360100' };
const ganzhou = { countyCode: '360702', cityCode: '360700' };

describe('scope', () => {
  it.each([
    ['province', null, donghu, true],
    ['province', null, ganzhou, true],
    ['city', '360100', donghu, true],
    ['city', '360100', ganzhou, false],
    ['county', '360102', donghu, true],
    ['county', '360102', ganzhou, false],
    ['county', '360103', donghu, false],
    ['county', null, donghu, false],
    ['city', null, donghu, false],
  ] as const)('%s %s acting in %j → %s', (role, code, place, allowed) => {
    expect(canActIn(admin(role, code), place)).toBe(allowed);
  });

  it('narrows station queries to the scope', () => {
    expect(stationScope(admin('province', null))).toEqual({});
    expect(stationScope(admin('city', '360100'))).toEqual({ county: { cityCode: '360100' } });
    expect(stationScope(admin('county', '360102'))).toEqual({ countyCode: '360102' });
    expect(stationScope(admin('county', null))).toEqual({ countyCode: '-' });
  });

  it('lets only province admins manage accounts', () => {
    expect(canManageAccounts(admin('province', null))).toBe(true);
    expect(canManageAccounts(admin('city', '360100'))).toBe(false);
  });
});
