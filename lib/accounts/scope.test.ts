import { describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { accountsWhere, canGrant, canManageAccount, grantableRoles } from './scope';

const admin = (role: Admin['role'], divisionCode: string | null): Admin => ({ id: 'u', email: 'a@b.c', name: 'A', role, divisionCode });
const national = admin('national', null);
const henan = admin('province', '410000');

describe('who may give which scope', () => {
  it('a national admin gives any role anywhere', () => {
    for (const scope of [
      { role: 'national', divisionCode: null }, { role: 'province', divisionCode: '410000' },
      { role: 'city', divisionCode: '650100' }, { role: 'county', divisionCode: '360102' },
    ]) expect(canGrant(national, scope), JSON.stringify(scope)).toBe(true);
    expect(grantableRoles(national)).toEqual(['national', 'province', 'city', 'county']);
  });

  it('a province admin gives city and county scopes in its province, and its own province', () => {
    expect(canGrant(henan, { role: 'city', divisionCode: '410100' })).toBe(true);
    expect(canGrant(henan, { role: 'county', divisionCode: '410103' })).toBe(true);
    expect(canGrant(henan, { role: 'county', divisionCode: '419001' })).toBe(true);
    expect(canGrant(henan, { role: 'province', divisionCode: '410000' })).toBe(true);
    expect(grantableRoles(henan)).toEqual(['province', 'city', 'county']);
  });

  it('a province admin gives nothing outside its province, nor a national role', () => {
    expect(canGrant(henan, { role: 'national', divisionCode: null })).toBe(false);
    expect(canGrant(henan, { role: 'province', divisionCode: '360000' })).toBe(false);
    expect(canGrant(henan, { role: 'city', divisionCode: '360100' })).toBe(false);
    expect(canGrant(henan, { role: 'county', divisionCode: '360102' })).toBe(false);
    expect(canGrant(henan, { role: 'county', divisionCode: null })).toBe(false);
  });

  it('city and county admins, and a province admin without a province, give nothing', () => {
    for (const actor of [admin('city', '410100'), admin('county', '410103'), admin('province', null)]) {
      expect(canGrant(actor, { role: 'county', divisionCode: '410103' })).toBe(false);
      expect(grantableRoles(actor)).toEqual([]);
    }
  });

  it('a province admin manages the accounts of its province only', () => {
    expect(canManageAccount(henan, { role: 'county', divisionCode: '410103' })).toBe(true);
    expect(canManageAccount(henan, { role: 'county', divisionCode: '360102' })).toBe(false);
    expect(canManageAccount(henan, { role: 'national', divisionCode: null })).toBe(false);
    expect(canManageAccount(henan, { role: 'province', divisionCode: '360000' })).toBe(false);
  });

  it('lists accounts by the province prefix, portable across databases', () => {
    expect(accountsWhere(national)).toEqual({});
    expect(accountsWhere(henan)).toEqual({ divisionCode: { startsWith: '41' } });
    expect(accountsWhere(admin('county', '410103'))).toEqual({ divisionCode: '-' });
  });
});
