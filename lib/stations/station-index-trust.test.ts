import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUSES, type Filters } from './schema';
import { StationIndex, type HoursOracle, type IndexRow } from './station-index';

// Workers' "locked" reports and the way in, as the map, the list and the filters see them.

const oracle: HoursOracle = { openNow: (h) => h === '24/7', is24x7: (h) => h === '24/7' };
const all: Filters = { kinds: [], amenities: [], statuses: [...DEFAULT_STATUSES], openNow: false, h24: false, noPhone: false };
const now = new Date('2026-12-07T06:00:00Z');

const row = (id: string, extra: Partial<IndexRow> = {}): IndexRow => ({
  id, name: id, kind: 'station', status: 'in_use', lat: 28.68, lng: 115.89 + Number(id.slice(1)) / 1000,
  address: '', countyCode: '360102', amenities: '', openingHours: '24/7', entry: null, ...extra,
});

const data = [row('a1', { entry: 'staffed' }), row('a2', { entry: 'scan' }), row('a3', { entry: 'pin' }), row('a4'), row('a5', { openingHours: 'off', entry: 'open_door' })];
const ids = (index: StationIndex, f: Partial<Filters>) => index.nearest(28.68, 115.89, 10, { ...all, ...f }, now).map((s) => s.id).sort();

describe('StationIndex with worker reports', () => {
  it('a reported-locked station is uncertain: openNow null, left out of "open now"', () => {
    const index = new StationIndex(data, oracle);
    index.setLocks(['a2', 'unknown-id'], 'v1');
    const a2 = index.nearest(28.68, 115.89, 10, all, now).find((s) => s.id === 'a2')!;
    expect(a2).toMatchObject({ openNow: null, openState: 'reported_locked' });
    expect(ids(index, { openNow: true })).toEqual(['a1', 'a3', 'a4']);
    // Closed by its hours stays closed, whatever workers say.
    index.setLocks(['a5'], 'v2');
    expect(index.nearest(28.68, 115.89, 10, all, now).find((s) => s.id === 'a5')).toMatchObject({ openNow: false, openState: 'closed' });
  });

  it('clearing the locks restores "open" and changes the filter key (no stale clustering)', () => {
    const index = new StationIndex(data, oracle);
    index.setLocks(['a2'], 'v1');
    const locked = index.filterKey({ ...all, openNow: true }, now);
    index.setLocks([], 'v2');
    expect(index.filterKey({ ...all, openNow: true }, now)).not.toBe(locked);
    expect(ids(index, { openNow: true })).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('"no smartphone needed" keeps open doors, staffed desks and union cards; not scan, PIN or unknown', () => {
    const index = new StationIndex(data, oracle);
    expect(ids(index, { noPhone: true })).toEqual(['a1', 'a5']);
    expect(index.row(0)?.entry).toBe('staffed');
  });

  it('finds a station by id whether or not the rows came sorted', () => {
    const index = new StationIndex([...data].reverse(), oracle);
    index.setLocks(['a1'], 'v1');
    expect(index.nearest(28.68, 115.89, 10, all, now).find((s) => s.id === 'a1')?.openState).toBe('reported_locked');
    expect(new StationIndex(data, oracle).position('a4')).toBe(3);
  });
});
