import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { auditText, form, makeAdmin, openSessions } from '@/lib/testing/password-fixtures';

// A province admin resets another admin's password: a working temporary
// password, every session of the account ended, the account told to change
// it, a log entry without secrets. Nobody else may, and not on themself.

let fdb: FuzzDb;
let resetForm: typeof import('./form-actions').resetPasswordForm;
let attemptSignIn: typeof import('@/lib/auth/sign-in').attemptSignIn;
const OWN = 'owners-password-1';

beforeAll(async () => {
  fdb = await openFuzzDb();
  ({ resetPasswordForm: resetForm } = await import('./form-actions'));
  ({ attemptSignIn } = await import('@/lib/auth/sign-in'));
}, 60_000);
afterAll(() => fdb?.close());

const province = { ...PROVINCE, address: '203.0.113.20' };

describe('resetPasswordForm', () => {
  it('makes a temporary password that signs in, ends every session, and asks for a new one', { timeout: 30_000 }, async () => {
    const target = await makeAdmin(fdb.db, 'county', OWN, '360102');
    await openSessions(fdb.db, target.id, 2);
    const result = await resetForm(province, form({ userId: target.id }));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.id).toBe(target.id);
    expect(await fdb.db.session.count({ where: { userId: target.id } })).toBe(0);
    expect((await fdb.db.user.findUniqueOrThrow({ where: { id: target.id } })).mustChangePassword).toBe(true);

    const entries = await fdb.db.auditEntry.findMany({ where: { action: 'password_reset' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: PROVINCE.id, actorEmail: PROVINCE.email, clientAddress: province.address, before: null });
    expect(JSON.parse(entries[0]!.after!)).toEqual({ id: target.id, email: target.email, mustChangePassword: true, sessionsEnded: 2 });
    const hash = (await fdb.db.account.findFirstOrThrow({ where: { userId: target.id } })).password!;
    const text = await auditText(fdb.db, 'password_reset');
    for (const secret of [result.temporary, hash, OWN, '$argon2']) expect(text).not.toContain(secret);

    const address = '198.51.100.20';
    expect((await attemptSignIn(target.email, OWN, address, new Headers())).kind).toBe('wrong');
    expect((await attemptSignIn(target.email, result.temporary, address, new Headers())).kind).toBe('signedIn');
  });

  it('is refused to city and county admins, on oneself, and for an unknown account, writing nothing', { timeout: 30_000 }, async () => {
    const target = await makeAdmin(fdb.db, 'county', OWN, '360102');
    const [sid] = await openSessions(fdb.db, target.id, 1);
    const city = await makeAdmin(fdb.db, 'city', OWN, '360100');
    const county = await makeAdmin(fdb.db, 'county', OWN, '360102');
    const hashBefore = (await fdb.db.account.findFirstOrThrow({ where: { userId: target.id } })).password;
    const audits = await fdb.db.auditEntry.count();
    expect(await resetForm(city, form({ userId: target.id }))).toEqual({ ok: false, reason: 'forbidden' });
    expect(await resetForm(county, form({ userId: target.id }))).toEqual({ ok: false, reason: 'forbidden' });
    expect(await resetForm(province, form({ userId: PROVINCE.id }))).toEqual({ ok: false, reason: 'self' });
    expect(await resetForm(province, form({ userId: 'no-such-account' }))).toEqual({ ok: false, reason: 'missing' });
    expect(await resetForm(province, form({}))).toEqual({ ok: false, reason: 'missing' });
    expect((await fdb.db.account.findFirstOrThrow({ where: { userId: target.id } })).password).toBe(hashBefore);
    expect(await fdb.db.session.findUnique({ where: { id: sid! } })).not.toBeNull();
    expect((await fdb.db.user.findUniqueOrThrow({ where: { id: target.id } })).mustChangePassword).toBe(false);
    expect(await fdb.db.auditEntry.count()).toBe(audits);
  });
});
