import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';

// An interactive transaction must do database work only. Password hashing
// inside one held the connection's write turn for the whole hash: with a busy
// CPU, account creations queued behind each other until Prisma's budget ran
// out (P2028 "expired transaction", or no transaction started within maxWait).

let fdb: FuzzDb;
let mutations: typeof import('./mutations');

beforeAll(async () => {
  fdb = await openFuzzDb();
  mutations = await import('./mutations');
}, 60_000);
afterAll(() => fdb?.close());

/** Keeps one core busy, as a loaded server's other requests would. */
function burnCpu(): Worker {
  return new Worker('const end = Date.now() + 60_000; while (Date.now() < end) {}', { eval: true });
}

describe('account creation under load', () => {
  it('holds no transaction open while hashing: 100 at once all commit within Prisma\'s default budget', { timeout: 60_000 }, async () => {
    const burner = burnCpu();
    const admin = { ...PROVINCE, role: 'province' as const };
    try {
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => mutations.createAccountAudited(admin, {
        email: `load-${i}@tx.test`, name: `load ${i}`, password: `pw-${i}-long-enough`, role: 'county', divisionCode: '360102',
      })));
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(await fdb.db.user.count({ where: { email: { endsWith: '@tx.test' } } })).toBe(100);
      expect(await fdb.db.auditEntry.count({ where: { action: 'account_create' } })).toBe(100);
    } finally {
      await burner.terminate();
    }
  });
});
