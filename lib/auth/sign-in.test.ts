import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';

// What a sign-in costs must not tell whether the email has an account, or
// whether the account is disabled: each refusal before the password is known
// runs argon2 exactly once, as a wrong password does, and answers the same.

const argon2 = vi.hoisted(() => ({ hash: 0, verify: 0 }));
vi.mock('./password', async (original) => {
  const real = await original<typeof import('./password')>();
  return {
    ...real,
    hashPassword: (p: string) => { argon2.hash++; return real.hashPassword(p); },
    verifyPassword: (a: { hash: string; password: string }) => { argon2.verify++; return real.verifyPassword(a); },
  };
});

let fdb: FuzzDb;
let attemptSignIn: typeof import('./sign-in').attemptSignIn;
const PASSWORD = 'right-password-123';

beforeAll(async () => {
  fdb = await openFuzzDb();
  ({ attemptSignIn } = await import('./sign-in'));
  const { createAccount } = await import('@/lib/accounts/create');
  await createAccount(fdb.db, { email: 'on@cost.test', name: 'on', password: PASSWORD, role: 'county', divisionCode: '360102' });
  const off = await createAccount(fdb.db, { email: 'off@cost.test', name: 'off', password: PASSWORD, role: 'county', divisionCode: '360102' });
  await fdb.db.user.update({ where: { id: off.id }, data: { disabled: true } });
}, 60_000);
afterAll(() => fdb?.close());

async function cost(email: string, password: string, address: string) {
  argon2.hash = 0;
  argon2.verify = 0;
  const outcome = await attemptSignIn(email, password, address, new Headers());
  return { kind: outcome.kind, argon2: argon2.hash + argon2.verify };
}

describe('attemptSignIn', () => {
  it('an unknown email, a disabled account and a wrong password cost one argon2 run each and answer alike', { timeout: 30_000 }, async () => {
    expect(await cost('on@cost.test', 'wrong-password', '203.0.113.1')).toEqual({ kind: 'wrong', argon2: 1 });
    expect(await cost('nobody@cost.test', 'wrong-password', '203.0.113.2')).toEqual({ kind: 'wrong', argon2: 1 });
    expect(await cost('off@cost.test', 'wrong-password', '203.0.113.3')).toEqual({ kind: 'wrong', argon2: 1 });
  });

  it('says "disabled" only to the right password, and makes no session', { timeout: 30_000 }, async () => {
    expect(await cost('off@cost.test', PASSWORD, '203.0.113.4')).toEqual({ kind: 'disabled', argon2: 1 });
    expect(await fdb.db.session.count()).toBe(0);
  });

  it('refuses unchecked once the account and address have used their five attempts', { timeout: 30_000 }, async () => {
    for (let i = 0; i < 5; i++) expect((await cost('on@cost.test', `wrong-${i}`, '203.0.113.5')).kind).toBe('wrong');
    expect(await cost('on@cost.test', PASSWORD, '203.0.113.5')).toMatchObject({ kind: 'throttled', argon2: 0 });
  });
});
