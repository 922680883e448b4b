import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';

// The accounts forms' own code (session known): a national admin creates a
// Henan province admin, who then manages Henan's accounts and no one else's.

let fdb: FuzzDb;
let forms: typeof import('./form-actions');
let queries: typeof import('./queries');
let reset: typeof import('@/lib/passwords/reset');

const national: Admin = { id: 'nat', email: 'nat@t.test', name: 'nat', role: 'national', divisionCode: null };
let henan: Admin;
let jiangxiCounty: string;

const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const account = (email: string, role: string, divisionCode: string) => form({ email, name: email, password: 'a-long-enough-password', role, divisionCode });

beforeAll(async () => {
  fdb = await openFuzzDb();
  forms = await import('./form-actions');
  queries = await import('./queries');
  reset = await import('@/lib/passwords/reset');
  await fdb.db.user.create({ data: { id: national.id, email: national.email, name: national.name, role: 'national' } });
  jiangxiCounty = (await fdb.db.user.create({ data: { id: 'jx', email: 'jx@t.test', name: 'jx', role: 'county', divisionCode: '360102' } })).id;
}, 60_000);
afterAll(() => fdb?.close());

describe('accounts nationwide', () => {
  it('a national admin creates a Henan province admin', async () => {
    const r = await forms.createAccountForm(national, account('henan@t.test', 'province', '410000'));
    expect(r.ok).toBe(true);
    const row = await fdb.db.user.findUniqueOrThrow({ where: { email: 'henan@t.test' } });
    expect(row).toMatchObject({ role: 'province', divisionCode: '410000' });
    henan = { id: row.id, email: row.email, name: row.name, role: 'province', divisionCode: '410000' };
  });

  it('the Henan province admin creates city and county admins in Henan', async () => {
    expect((await forms.createAccountForm(henan, account('zz@t.test', 'city', '410100'))).ok).toBe(true);
    expect((await forms.createAccountForm(henan, account('erqi@t.test', 'county', '410103'))).ok).toBe(true);
  });

  it.each([
    ['a national admin', 'national', ''],
    ['a Jiangxi province admin', 'province', '360000'],
    ['a Jiangxi county admin', 'county', '360102'],
  ])('the Henan province admin may not create %s', async (_, role, code) => {
    const before = await fdb.db.user.count();
    expect(await forms.createAccountForm(henan, account(`x-${role}-${code}@t.test`, role, code))).toEqual({ ok: false, reason: 'forbidden' });
    expect(await fdb.db.user.count()).toBe(before);
  });

  it('sees, disables, re-scopes and resets Henan accounts only', async () => {
    expect((await queries.listAccounts(henan)).map((a) => a.email).sort()).toEqual(['erqi@t.test', 'henan@t.test', 'zz@t.test']);
    expect(await queries.getAccount(henan, jiangxiCounty)).toBeNull();
    expect(await queries.getAccount(henan, national.id)).toBeNull();
    expect(await forms.setDisabledForm(henan, form({ userId: jiangxiCounty, disabled: '1' }))).toEqual({ ok: false, reason: 'missing' });
    expect(await forms.setDisabledForm(henan, form({ userId: national.id, disabled: '1' }))).toEqual({ ok: false, reason: 'missing' });
    expect(await forms.rescopeForm(henan, form({ userId: jiangxiCounty, role: 'county', divisionCode: '410103' }))).toEqual({ ok: false, reason: 'missing' });
    expect(await reset.resetPassword(henan, national.id)).toEqual({ ok: false, reason: 'missing' });
    expect(await fdb.db.user.findUniqueOrThrow({ where: { id: jiangxiCounty } })).toMatchObject({ disabled: false, role: 'county', divisionCode: '360102' });
    const erqi = await fdb.db.user.findUniqueOrThrow({ where: { email: 'erqi@t.test' } });
    expect((await forms.rescopeForm(henan, form({ userId: erqi.id, role: 'county', divisionCode: '410105' }))).ok).toBe(true);
    expect(await forms.rescopeForm(henan, form({ userId: erqi.id, role: 'county', divisionCode: '360102' }))).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('no admin changes their own scope', async () => {
    expect(await forms.rescopeForm(henan, form({ userId: henan.id, role: 'city', divisionCode: '410100' }))).toEqual({ ok: false, reason: 'self' });
    expect(await forms.rescopeForm(national, form({ userId: national.id, role: 'province', divisionCode: '410000' }))).toEqual({ ok: false, reason: 'self' });
  });

  it('the national admin sees every account', async () => {
    expect((await queries.listAccounts(national)).length).toBe(await fdb.db.user.count());
  });
});
