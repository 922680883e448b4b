import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';
import type { Admin } from '@/lib/permissions/roles';
import { auditText, form, makeAdmin, openSessions } from '@/lib/testing/password-fixtures';

// An admin changes their own password: only with the current one, never
// past the sign-in throttle, ending every other session, logged without secrets.

let fdb: FuzzDb;
let change: typeof import('./change').changeOwnPassword;
let verifyPassword: typeof import('@/lib/auth/password').verifyPassword;
let attemptSignIn: typeof import('@/lib/auth/sign-in').attemptSignIn;
const OLD = 'the-old-password-1';
const NEW = 'the-new-password-2';

beforeAll(async () => {
  fdb = await openFuzzDb();
  ({ changeOwnPassword: change } = await import('./change'));
  ({ verifyPassword } = await import('@/lib/auth/password'));
  ({ attemptSignIn } = await import('@/lib/auth/sign-in'));
}, 60_000);
afterAll(() => fdb?.close());

const hashOf = async (userId: string) => (await fdb.db.account.findFirstOrThrow({ where: { userId, providerId: 'credential' } })).password!;
const changeForm = (current: string, next = NEW) => form({ current, password: next, confirm: next });

describe('changeOwnPassword', () => {
  it('refuses a wrong current password and changes nothing', { timeout: 30_000 }, async () => {
    const admin = await makeAdmin(fdb.db, 'county', OLD, '360102');
    const [sid, ...others] = await openSessions(fdb.db, admin.id, 2);
    const before = await hashOf(admin.id);
    expect(await change({ admin, sessionId: sid! }, changeForm('not-the-password'))).toEqual({ ok: false, reason: 'wrong' });
    expect(await hashOf(admin.id)).toBe(before);
    expect(await fdb.db.session.count({ where: { id: { in: others } } })).toBe(1);
    expect(await fdb.db.auditEntry.count({ where: { actorId: admin.id } })).toBe(0);
  });

  it('refuses bad fields before checking anything', async () => {
    const admin = await makeAdmin(fdb.db, 'county', OLD, '360102');
    expect(await change({ admin, sessionId: 'x' }, form({ current: OLD, password: 'short', confirm: 'short' })))
      .toEqual({ ok: false, reason: 'fields', fields: { password: 'length' } });
    expect(await change({ admin, sessionId: 'x' }, changeForm(OLD, 'y'.repeat(129)))).toMatchObject({ reason: 'fields' });
    expect(await verifyPassword({ hash: await hashOf(admin.id), password: OLD })).toBe(true);
  });

  it('with the right one: stores the new hash, ends the other sessions, keeps this one, clears a reset', { timeout: 30_000 }, async () => {
    const admin = await makeAdmin(fdb.db, 'city', OLD, '360100');
    await fdb.db.user.update({ where: { id: admin.id }, data: { mustChangePassword: true } });
    const [mine] = await openSessions(fdb.db, admin.id, 3);
    const oldHash = await hashOf(admin.id);
    expect(await change({ admin, sessionId: mine! }, changeForm(OLD))).toEqual({ ok: true, endedSessions: 2 });
    const hash = await hashOf(admin.id);
    expect(await verifyPassword({ hash, password: NEW })).toBe(true);
    expect(await verifyPassword({ hash, password: OLD })).toBe(false);
    expect((await fdb.db.session.findMany({ where: { userId: admin.id } })).map((s) => s.id)).toEqual([mine]);
    expect((await fdb.db.user.findUniqueOrThrow({ where: { id: admin.id } })).mustChangePassword).toBe(false);

    const [entry] = await fdb.db.auditEntry.findMany({ where: { actorId: admin.id, action: 'password_change' } });
    expect(entry).toMatchObject({ actorEmail: admin.email, clientAddress: admin.address, before: null });
    expect(JSON.parse(entry!.after!)).toEqual({ id: admin.id, email: admin.email, sessionsEnded: 2 });
    const text = await auditText(fdb.db, 'password_change');
    for (const secret of [OLD, NEW, hash, oldHash, '$argon2']) expect(text).not.toContain(secret);

    // better-auth signs in with the new password only.
    const address = '198.51.100.7';
    expect((await attemptSignIn(admin.email, OLD, address, new Headers())).kind).toBe('wrong');
    expect((await attemptSignIn(admin.email, NEW, address, new Headers())).kind).toBe('signedIn');
  });

  it('counts wrong current passwords with sign-in guesses: after five, even the right one is refused unchecked', { timeout: 30_000 }, async () => {
    const admin: Admin = { ...(await makeAdmin(fdb.db, 'county', OLD, '360102')), address: '203.0.113.77' };
    const [sid] = await openSessions(fdb.db, admin.id, 1);
    for (let i = 0; i < 5; i++) expect(await change({ admin, sessionId: sid! }, changeForm(`guess-${i}-wrong`))).toMatchObject({ reason: 'wrong' });
    expect(await change({ admin, sessionId: sid! }, changeForm(OLD))).toMatchObject({ ok: false, reason: 'throttled' });
    // The same count as sign-in: no more guesses there from this address either.
    expect((await attemptSignIn(admin.email, OLD, admin.address!, new Headers())).kind).toBe('throttled');
    expect(await verifyPassword({ hash: await hashOf(admin.id), password: OLD })).toBe(true);
  });
});
