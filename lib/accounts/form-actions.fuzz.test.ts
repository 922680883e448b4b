import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { cities, counties } from '@/lib/divisions-data';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { fuzzField } from '@/lib/testing/fuzz-form';
import type { AccountOutcome } from './form-actions';

// The accounts forms under fuzz: hostile values in every field never throw,
// and a refused submission writes nothing.

let fdb: FuzzDb;
let forms: typeof import('./form-actions');
let otherId: string;

beforeAll(async () => {
  fdb = await openFuzzDb();
  forms = await import('./form-actions');
  otherId = (await fdb.db.user.create({ data: { id: 'fuzz-other', email: 'other@fuzz.test', name: 'other', role: 'county', divisionCode: '360102' } })).id;
}, 60_000);
afterAll(() => fdb?.close());

/** Fields named by a refusal (email_taken and the like name none); null once done. */
const refusal = (r: AccountOutcome) => (r.ok ? null : r.reason === 'fields' ? Object.keys(r.fields) : []);

// Jiangxi's divisions (the actor's province) and Henan's, national and province codes: out of reach is refused whole.
const DIVISION = fc.constantFrom('', '360000', '410000', '410100', '410103', '100000', ...cities.map((c) => c.code), ...counties.map((c) => c.code));
const ROLE = fc.constantFrom('national', 'province', 'city', 'county');
// Few distinct new emails: each accepted one costs a password hash.
const VALID: Record<string, fc.Arbitrary<string>> = {
  email: fc.constantFrom('other@fuzz.test', 'New1@Fuzz.Test', 'new2@fuzz.test'),
  name: fc.string({ minLength: 1, maxLength: 100 }),
  password: fc.string({ minLength: 12, maxLength: 128 }),
  role: ROLE,
  divisionCode: DIVISION,
};
// A valid role with the base's county code (or the reverse) is a division problem.
const BLAMES: Record<string, string[]> = { role: ['divisionCode'] };

describe('accounts forms fuzz', { timeout: 300_000 }, () => {
  it.each(Object.keys(VALID))('create: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: VALID[field]!, blames: BLAMES[field],
      base: () => ({ email: 'other@fuzz.test', name: '新管理员', password: 'a-long-enough-password', role: 'county', divisionCode: '360102' }),
      submit: (form) => forms.createAccountForm(PROVINCE, form), refusal,
    });
  });

  it.each(['userId', 'role', 'divisionCode'])('rescope: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'userId' ? fc.constantFrom(otherId, PROVINCE.id) : VALID[field]!, blames: BLAMES[field],
      base: () => ({ userId: otherId, role: 'county', divisionCode: '360102' }),
      submit: (form) => forms.rescopeForm(PROVINCE, form), refusal,
    });
  });

  it.each(['userId', 'disabled'])('disable: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'userId' ? fc.constantFrom(otherId, PROVINCE.id) : fc.constantFrom('0', '1'),
      base: () => ({ userId: otherId, disabled: '1' }),
      // This form has one message for a bad field ("missing"): a refusal names no field.
      submit: (form) => forms.setDisabledForm(PROVINCE, form), refusal,
    });
  });
});
