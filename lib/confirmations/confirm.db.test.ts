import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';

// Confirmations against a real (temporary) database: the signal, the lock
// version the index reloads on, the per-device hour, the admin's clear, and
// what is kept of the sender.
let fdb: FuzzDb;
let confirm: typeof import('./mutations');
let admin: typeof import('./admin');
let hash: typeof import('@/lib/security/client-hash');
let stationId: string;
const elsewhere: Admin = { id: 'c2', email: 'c2@fuzz.test', name: 'c2', role: 'county', divisionCode: '360111' };

beforeAll(async () => {
  fdb = await openFuzzDb();
  [confirm, admin, hash] = await Promise.all([import('./mutations'), import('./admin'), import('@/lib/security/client-hash')]);
  stationId = (await fdb.db.station.create({
    data: { name: '确认测试驿站', kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode: '360102', openingHours: '24/7' },
  })).id;
}, 60_000);
afterAll(() => fdb?.close());

const lockVersion = async () => (await fdb.db.appState.findUnique({ where: { key: 'lockVersion' } }))?.value ?? null;

describe('confirmStation', () => {
  it('folds open and locked into the signal; the lock version moves only when the lock does', async () => {
    expect(await confirm.confirmStation(stationId, 'open', '10.0.0.1')).toMatchObject({ kind: 'done' });
    const v0 = await lockVersion();
    expect(await confirm.confirmStation(stationId, 'locked', '10.0.0.2')).toMatchObject({ kind: 'done' });
    const v1 = await lockVersion();
    expect(v1).not.toBe(v0);
    const signal = await fdb.db.stationSignal.findUniqueOrThrow({ where: { stationId } });
    expect(signal.lockedAt!.getTime()).toBeGreaterThanOrEqual(signal.lastOpenAt!.getTime());
    // A second "locked" from someone else keeps it locked: no reload needed.
    await confirm.confirmStation(stationId, 'locked', '10.0.0.3');
    expect(await lockVersion()).toBe(v1);
  });

  it('one word per station per device an hour; refused taps write nothing', async () => {
    const before = await fdb.db.confirmation.count();
    expect(await confirm.confirmStation(stationId, 'open', '10.0.0.2')).toMatchObject({ kind: 'again' });
    expect(await fdb.db.confirmation.count()).toBe(before);
    expect(await confirm.confirmStation('no-such-station', 'open', '10.0.0.9')).toEqual({ kind: 'station' });
  });

  it('keeps a weekly hash of the sender, never the address', async () => {
    const rows = await fdb.db.confirmation.findMany();
    expect(new Set(rows.map((r) => r.clientHash)).size).toBe(3);
    const dump = JSON.stringify([rows, await fdb.db.rateLimit.findMany()]);
    expect(dump).not.toContain('10.0.0.');
    const monday = new Date('2026-12-07T01:00:00Z');
    expect(await hash.clientHash('10.0.0.1', monday)).toBe(await hash.clientHash('10.0.0.1', new Date('2026-12-13T15:00:00Z')));
    expect(await hash.clientHash('10.0.0.1', new Date('2026-12-14T01:00:00Z'))).not.toBe(await hash.clientHash('10.0.0.1', monday));
    // Only the newest week's salt is kept.
    expect(await fdb.db.appState.count({ where: { key: { startsWith: 'clientSalt:' } } })).toBe(1);
  });
});

describe('clearLock', () => {
  it('refuses an admin of another county, then clears once for one in scope, with an audit entry', async () => {
    expect(await admin.clearLock(elsewhere, stationId)).toBe('forbidden');
    expect(await admin.clearLock(PROVINCE, stationId)).toBe('ok');
    expect(await admin.clearLock(PROVINCE, stationId)).toBe('none');
    expect((await fdb.db.stationSignal.findUniqueOrThrow({ where: { stationId } })).lockedAt).toBeNull();
    expect(await fdb.db.auditEntry.findMany({ where: { action: 'lock_clear' } })).toMatchObject([{ stationId, countyCode: '360102', actorEmail: PROVINCE.email }]);
  });
});
