import { afterEach, describe, expect, it, vi } from 'vitest';

// The index in memory must outlive a database outage: a failed refresh keeps
// the last copy answering, and the next refresh after the outage picks up changes.

const fake = vi.hoisted(() => ({
  version: '1',
  down: false,
  rows: [{ id: 'a', name: 'A', kind: 'station', status: 'in_use', lat: 28.68, lng: 115.89, address: '', countyCode: '360102', amenities: '', openingHours: '24/7' }],
}));

function unreachable(): Error {
  return Object.assign(new Error("Can't reach database server"), { code: 'P1001' });
}

vi.mock('@/lib/db', () => ({
  db: {
    appState: { findMany: async () => (fake.down ? Promise.reject(unreachable()) : [{ key: 'dataVersion', value: fake.version }]) },
    stationSignal: { findMany: async () => (fake.down ? Promise.reject(unreachable()) : []) },
    station: { findMany: async () => (fake.down ? Promise.reject(unreachable()) : fake.rows.map((r) => ({ ...r }))) },
  },
}));
vi.mock('@/lib/env', () => ({ env: { INDEX_REFRESH_MS: 0 } }));

const { getStationIndex } = await import('./index-store');
const ids = async () => (await getStationIndex()).index.nearest(28.68, 115.89, 10, { kinds: [], amenities: [], statuses: ['in_use'], openNow: false, h24: false, noPhone: false }, new Date()).map((s) => s.id);
const settle = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => vi.restoreAllMocks());

describe('getStationIndex', () => {
  it('keeps serving its last copy while the database is down, and reloads once it is back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await ids()).toEqual(['a']);

    fake.down = true;
    expect(await ids()).toEqual(['a']);
    await settle();
    expect(await ids()).toEqual(['a']);
    await settle();

    fake.down = false;
    fake.version = '2';
    fake.rows.push({ ...fake.rows[0]!, id: 'b', lat: 28.681 });
    await ids(); // starts the refresh behind the request
    await expect.poll(ids).toEqual(['a', 'b']);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/refresh failed, serving the copy in memory/));
  });
});
