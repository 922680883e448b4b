import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { fuzzField } from '@/lib/testing/fuzz-form';
import type { ResetOutcome } from './reset';

// The reset form under fuzz: a hostile account id never throws, and a refused
// reset writes nothing. (The change form is left out: its refusals count
// toward the sign-in throttle, a write by design; change.test.ts covers it.)

let fdb: FuzzDb;
let forms: typeof import('./form-actions');
let otherId: string;

beforeAll(async () => {
  fdb = await openFuzzDb();
  forms = await import('./form-actions');
  otherId = (await fdb.db.user.create({ data: { id: 'fuzz-other', email: 'other@fuzz.test', name: 'other', role: 'county', divisionCode: '360102' } })).id;
}, 60_000);
afterAll(() => fdb?.close());

const refusal = (r: ResetOutcome) => (r.ok ? null : []);

describe('password reset form fuzz', { timeout: 300_000 }, () => {
  it('reset: userId', async () => {
    await fuzzField({
      db: fdb.db, field: 'userId', valid: fc.constantFrom(otherId, PROVINCE.id),
      base: () => ({ userId: otherId }),
      submit: (form) => forms.resetPasswordForm(PROVINCE, form), refusal,
    });
  });
});
