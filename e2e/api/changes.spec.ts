import { expect, test, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { testDb } from '../admin-fixtures';
import { bumpVersion, seedStation } from '../fixtures';
import { expectBadRequest } from './helpers';

// GET /api/changes?since=ISO&after=cursor&limit=: the stations created,
// updated or removed (archived) since a time, oldest first, each once in its
// latest state, keyset-paginated; ids and times only. Other tests write at the
// same time, so each test looks for its own ids in every page from its `since`.
// Its stations are closed: off the map and the nearest list, whose specs
// compare answers with the sample data.

type Change = { id: string; change: string; at: string };
type ChangesPage = { changes: Change[]; next: string | null };

/**
 * Every page from `since`, `limit` at a time; the entries of `ids`, in feed order. With small pages it
 * stops once each id was seen: other tests' writes keep coming, and it need not catch up with them.
 */
async function feed(request: APIRequestContext, since: string, ids: string[], limit = 1000): Promise<Change[]> {
  const found: Change[] = [];
  let after: string | null = null;
  do {
    const res = await request.get('/api/changes', { params: { since, limit: String(limit), ...(after ? { after } : {}) } });
    expect(res.status(), await res.text()).toBe(200);
    const page = (await res.json()) as ChangesPage;
    expect(page.changes.length).toBeLessThanOrEqual(limit);
    for (const c of page.changes) expect(Object.keys(c).sort()).toEqual(['at', 'change', 'id']);
    found.push(...page.changes.filter((c) => ids.includes(c.id)));
    after = limit < 1000 && new Set(found.map((c) => c.id)).size === ids.length ? null : page.next;
  } while (after);
  return found;
}

/** Until the clock has passed `iso`, so the next write gets a later time (times are to the millisecond). */
const clockPast = (iso: string) => expect.poll(() => Date.now()).toBeGreaterThan(Date.parse(iso));

test('a station created, then edited, then archived: created, updated, removed', async ({ request }) => {
  const db = testDb();
  // A second of margin: the feed is inclusive, and the station's times are the test process's clock.
  const before = new Date(Date.now() - 1000).toISOString();
  const s = await seedStation({ lat: 27.33, lng: 114.33, name: `变更驿站 ${randomUUID().slice(0, 8)}`, status: 'closed' });
  const [created, ...more] = await feed(request, before, [s.id]);
  expect(more).toEqual([]);
  expect(created).toEqual({ id: s.id, change: 'created', at: s.updatedAt.toISOString() });

  await clockPast(created!.at);
  const afterCreate = new Date().toISOString();
  const edited = await db.station.update({ where: { id: s.id }, data: { name: `${s.name} 新名` } });
  expect(edited.updatedAt.getTime()).toBeGreaterThan(s.updatedAt.getTime());
  expect(await feed(request, afterCreate, [s.id])).toEqual([{ id: s.id, change: 'updated', at: edited.updatedAt.toISOString() }]);
  // From before it was made it is one entry still: created, at its latest time.
  expect(await feed(request, before, [s.id])).toEqual([{ id: s.id, change: 'created', at: edited.updatedAt.toISOString() }]);

  await clockPast(edited.updatedAt.toISOString());
  const archived = await db.station.update({ where: { id: s.id }, data: { archivedAt: new Date() } });
  await bumpVersion(s.id);
  expect(archived.updatedAt.getTime()).toBeGreaterThan(edited.updatedAt.getTime());
  for (const since of [before, afterCreate]) {
    expect(await feed(request, since, [s.id])).toEqual([{ id: s.id, change: 'removed', at: archived.updatedAt.toISOString() }]);
  }
  // Nothing since the archive: not listed.
  expect(await feed(request, new Date(archived.updatedAt.getTime() + 1).toISOString(), [s.id])).toEqual([]);
});

test('pages of two follow one another with no gap and no repeat, oldest first', async ({ request }) => {
  const tag = randomUUID().slice(0, 8);
  const before = new Date(Date.now() - 1000).toISOString();
  const rows = [];
  for (const i of [1, 2, 3, 4, 5]) rows.push(await seedStation({ lat: 27.33 + i * 0.001, lng: 114.33, name: `变更分页站 ${tag} ${i}`, status: 'closed' }));
  // By time, then by id: two made in one millisecond come in id order.
  const expected = rows
    .map((r) => ({ id: r.id, change: 'created', at: r.updatedAt.toISOString() }))
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
  expect(await feed(request, before, rows.map((r) => r.id), 2)).toEqual(expected);
});

test('since in the future or malformed, a forged cursor, a limit out of range: a 400 naming it', async ({ request }) => {
  const future = await request.get('/api/changes', { params: { since: new Date(Date.now() + 3_600_000).toISOString() } });
  expect(((await future.json()) as { error: { message: string } }).error.message).toContain('future');
  for (const [query, field] of [
    [`since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`, 'since'],
    ['since=yesterday', 'since'],
    ['since=2025-01-01', 'since'],
    ['since=2025-13-01T00:00:00Z', 'since'],
    ['', 'since'],
    ['since=2025-01-01T00:00:00Z&since=2025-01-02T00:00:00Z', 'since'],
    ['since=2025-01-01T00:00:00Z&after=not-a-cursor', 'after'],
    ['since=2025-01-01T00:00:00Z&limit=0', 'limit'],
    ['since=2025-01-01T00:00:00Z&limit=1001', 'limit'],
  ] as const) {
    await expectBadRequest(await request.get(`/api/changes?${query}`), field, query);
  }
});
