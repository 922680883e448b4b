import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';

// A readiness probe is public: it says what is wrong in its own words, and the
// driver's (table names, versions, paths) go to the server log only.

let fdb: FuzzDb;
beforeAll(async () => void (fdb = await openFuzzDb()), 60_000);
afterAll(() => fdb?.close());

it('an unmigrated database is "not ready", without the driver text', async () => {
  const { readiness } = await import('./readiness');
  expect(await readiness()).toMatchObject({ ready: true });
  await fdb.db.$executeRawUnsafe('DROP TABLE "_prisma_migrations"');
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const r = await readiness();
  expect(r).toEqual({ ready: false, message: 'database not ready' });
  expect(String(log.mock.calls[0]?.[1])).toContain('_prisma_migrations');
  log.mockRestore();
});
