import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import type { ChangesQuery } from './schema';

// The feed against a real (temporary) SQLite database: stations created,
// edited and archived at controlled times, then through the admin's own writes
// (which must move updatedAt), and keyset pages over many rows of one time.
// Each test reads only its own ids (a prefix): the feed has no upper bound.

let fdb: FuzzDb;
let listChanges: typeof import('./query').listChanges;
beforeAll(async () => {
  fdb = await openFuzzDb();
  ({ listChanges } = await import('./query'));
}, 60_000);
afterAll(() => fdb?.close());

const t = (iso: string) => new Date(`${iso}Z`);
const base = { kind: 'station', status: 'in_use', lat: 28.7, lng: 115.9, countyCode: '360102' };
const station = (id: string, createdAt: Date, updatedAt = createdAt, archivedAt: Date | null = null) =>
  ({ ...base, id, name: id, createdAt, updatedAt, archivedAt });

/** Every page from `since`, `limit` at a time; `between` runs after each page. */
async function feed(since: Date, limit: number, prefix: string, between?: (page: number) => Promise<void>) {
  const all: { id: string; change: string; at: string }[] = [];
  let after: ChangesQuery['after'];
  for (let page = 0; ; page++) {
    const res = await listChanges(fdb.db, { since, limit, after });
    expect(res.changes.length).toBeLessThanOrEqual(limit);
    all.push(...res.changes);
    if (!res.next) break;
    const { decodeCursor } = await import('./cursor');
    after = decodeCursor(res.next) ?? undefined;
    await between?.(page);
  }
  return all.filter((c) => c.id.startsWith(prefix));
}

describe('change feed', () => {
  it('says created, updated or removed, oldest first, and leaves out what did not change since', async () => {
    await fdb.db.station.createMany({
      data: [
        station('a-untouched', t('2021-01-01T00:00:00')),
        station('a-edited', t('2021-01-01T00:00:00'), t('2021-03-02T00:00:00')),
        station('a-new', t('2021-03-03T00:00:00')),
        station('a-new-edited', t('2021-03-01T00:00:00'), t('2021-03-05T00:00:00')),
        station('a-archived', t('2021-01-01T00:00:00'), t('2021-03-04T00:00:00'), t('2021-03-04T00:00:00')),
        station('a-new-archived', t('2021-03-02T00:00:00'), t('2021-03-06T00:00:00'), t('2021-03-06T00:00:00')),
      ],
    });
    expect(await feed(t('2021-03-01T00:00:00'), 500, 'a-')).toEqual([
      { id: 'a-edited', change: 'updated', at: '2021-03-02T00:00:00.000Z' },
      { id: 'a-new', change: 'created', at: '2021-03-03T00:00:00.000Z' },
      { id: 'a-archived', change: 'removed', at: '2021-03-04T00:00:00.000Z' },
      // Created on `since` itself: inclusive.
      { id: 'a-new-edited', change: 'created', at: '2021-03-05T00:00:00.000Z' },
      { id: 'a-new-archived', change: 'removed', at: '2021-03-06T00:00:00.000Z' },
    ]);
    // A later `since`: the edited new station is an update now; the rows before it are gone.
    expect(await feed(t('2021-03-05T00:00:00'), 500, 'a-')).toEqual([
      { id: 'a-new-edited', change: 'updated', at: '2021-03-05T00:00:00.000Z' },
      { id: 'a-new-archived', change: 'removed', at: '2021-03-06T00:00:00.000Z' },
    ]);
  });

  it('follows the admin\'s create, edit, archive and restore: each moves the station\'s time', async () => {
    const { createStation, markStation, updateStation } = await import('@/lib/stations/admin/mutations');
    const input = { name: 'b-测试', kind: 'station', status: 'in_use', lat: 28.7, lng: 115.9, countyCode: '360102', openingHours: '24/7', amenities: ['toilet'], address: '', phone: null, operator: null, notes: null, entry: null, entryNote: null } as const;
    const before = new Date();
    const id = (await createStation(PROVINCE, { ...input, amenities: [...input.amenities] }))!;
    const mine = async (since: Date) => (await listChanges(fdb.db, { since, limit: 1000 })).changes.filter((c) => c.id === id);
    const [created] = await mine(before);
    expect(created).toMatchObject({ change: 'created' });

    await new Promise((r) => setTimeout(r, 5));
    const afterCreate = new Date();
    expect(await mine(afterCreate)).toEqual([]);
    expect(await updateStation(PROVINCE, id, 1, { ...input, amenities: ['toilet', 'wifi'] })).toEqual({ ok: true });
    const [edited] = await mine(afterCreate);
    expect(edited).toMatchObject({ change: 'updated' });
    expect(edited!.at > created!.at).toBe(true);
    // From before it was made, it is still one entry: created, at its latest time.
    expect(await mine(before)).toEqual([{ ...edited, change: 'created' }]);

    await new Promise((r) => setTimeout(r, 5));
    expect(await markStation(PROVINCE, id, 'archive')).toBe('done');
    const [removed] = await mine(before);
    expect(removed).toMatchObject({ change: 'removed' });
    expect(removed!.at > edited!.at).toBe(true);

    await new Promise((r) => setTimeout(r, 5));
    expect(await markStation(PROVINCE, id, 'restore')).toBe('done');
    const [restored] = await mine(afterCreate);
    expect(restored).toMatchObject({ change: 'updated' });
    expect(restored!.at > removed!.at).toBe(true);
  });

  it('pages with no gap and no repeat when hundreds of stations share one time, as an import writes them', async () => {
    const batch = t('2022-06-01T00:00:00');
    const ids = Array.from({ length: 230 }, (_, i) => `c-${String(i).padStart(3, '0')}`);
    await fdb.db.station.createMany({
      data: [
        station('c-early', t('2022-05-31T23:59:59.999')), ...ids.map((id) => station(id, t('2022-01-01T00:00:00'), batch)),
        station('c-late', t('2022-01-01T00:00:00'), t('2022-06-01T00:00:00.001')),
      ],
    });
    for (const limit of [1, 7, 229, 230, 1000]) {
      const got = await feed(t('2022-05-01T00:00:00'), limit, 'c-');
      expect(got.map((c) => c.id)).toEqual(['c-early', ...ids, 'c-late']);
      expect(got.filter((c) => c.at === batch.toISOString())).toHaveLength(230);
    }
  });

  it('still lists once a station edited between two pages, at its new time', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `d-${String(i).padStart(2, '0')}`);
    await fdb.db.station.createMany({ data: ids.map((id) => station(id, t('2023-01-01T00:00:00'), t('2023-02-01T00:00:00'))) });
    const moved = t('2023-03-01T00:00:00');
    const got = await feed(t('2023-01-15T00:00:00'), 5, 'd-', async (page) => {
      // After the first page: one not yet listed moves past all the others.
      if (page === 0) await fdb.db.station.update({ where: { id: 'd-10' }, data: { name: 'd-10 新名', updatedAt: moved } });
    });
    expect(got.map((c) => c.id)).toEqual([...ids.filter((id) => id !== 'd-10'), 'd-10']);
    expect(got.at(-1)).toEqual({ id: 'd-10', change: 'updated', at: moved.toISOString() });
  });

  it('lists the stations an import inserts with plain SQL, at their insert time', async () => {
    const { insertStations } = await import('@/lib/import/insert');
    const before = new Date(Date.now() - 1);
    const input = { name: 'e-导入', kind: 'station', status: 'in_use', lat: 28.7, lng: 115.9, countyCode: '360102', openingHours: '24/7', amenities: [], address: '', phone: null, operator: null, notes: null, entry: null, entryNote: null } as const;
    await fdb.db.$transaction((tx) => insertStations(tx, ['e-1', 'e-2'].map((id) => ({ id, input: { ...input, amenities: [] }, externalId: null }))));
    const got = await feed(before, 500, 'e-');
    expect(got.map((c) => [c.id, c.change])).toEqual([['e-1', 'created'], ['e-2', 'created']]);
    expect(await feed(new Date(Date.parse(got[0]!.at) + 1), 500, 'e-')).toEqual([]);
  });

  it('gives ids, kinds and times only', async () => {
    const { changes } = await listChanges(fdb.db, { since: t('2021-01-01T00:00:00'), limit: 3 });
    for (const c of changes) expect(Object.keys(c).sort()).toEqual(['at', 'change', 'id']);
  });
});
