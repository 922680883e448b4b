import { describe, expect, it } from 'vitest';
import { nearestFirst, centreOf } from './listed';
import { MAX_FAVOURITES, parseSaved, refreshed, toSaved, withoutStation, withStation, type SavedStation } from './saved-stations';

const saved = (id: string, savedAt = 1, more: Partial<SavedStation> = {}): SavedStation => ({
  id, name: `驿站 ${id}`, kind: 'station', status: 'in_use', lat: 28.6, lng: 115.8, amenities: ['drinking_water', 'toilet'],
  address: '中山路 1 号', countyCode: '360102', entry: null, openNow: true, openState: 'open', openingHours: '24/7', savedAt, ...more,
});
const raw = (...xs: unknown[]) => JSON.stringify(xs);

describe('saved stations: reading back', () => {
  it('reads back what was stored, in order', () => {
    const list = [saved('a', 3), saved('b', 2, { entry: 'staffed', openNow: null, openState: 'reported_locked', openingHours: null })];
    expect(parseSaved(JSON.stringify(list), 50)).toEqual(list);
  });

  it('gives nothing for empty, corrupted or foreign values', () => {
    for (const r of [null, '', '{', '[', 'null', '{}', '"x"', '42', JSON.stringify({ 0: saved('a') }), 'x'.repeat(200_000)]) {
      expect(parseSaved(r, 50), String(r).slice(0, 20)).toEqual([]);
    }
  });

  it('drops entries that are not stations, keeping the good ones', () => {
    const good = saved('ok');
    const bad: unknown[] = [
      null, 3, 'a', [], { id: 'x' }, saved('a', 1, { id: '../../etc' }), saved('b', 1, { id: '' }), saved('c', 1, { name: '' }),
      saved('d', 1, { name: 'x'.repeat(201) }), saved('e', 1, { kind: 'palace' as never }), saved('f', 1, { status: 'gone' as never }),
      saved('g', 1, { lat: 91 }), saved('h', 1, { lng: '115' as never }), saved('i', 1, { amenities: 'wifi' as never }),
      saved('j', 1, { entry: 'teleport' as never }), saved('k', 1, { openNow: 'yes' as never }), saved('l', 1, { openState: 'maybe' as never }),
      saved('m', 1, { savedAt: '1' as never }), saved('n', 1, { openingHours: 7 as never }), { ...saved('o'), entry: undefined },
    ];
    expect(parseSaved(raw(...bad, good), 50)).toEqual([good]);
  });

  it('keeps no unknown keys or amenities from a hostile value', () => {
    const hostile = JSON.parse(raw({ ...saved('a'), amenities: ['toilet', '<img onerror=x>', 'toilet', 'wifi'], onclick: 'x', constructor: 1 }))[0];
    const text = JSON.stringify([hostile]).replace('"onclick"', '"__proto__":{"polluted":1},"onclick"');
    const [s] = parseSaved(text, 50);
    expect(s).toEqual({ ...saved('a'), amenities: ['toilet', 'wifi'] });
    expect(Object.keys(s!)).not.toContain('onclick');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps each station once (the first) and at most `max`', () => {
    expect(parseSaved(raw(saved('a', 2), saved('b'), saved('a', 1)), 50).map((s) => [s.id, s.savedAt])).toEqual([['a', 2], ['b', 1]]);
    const many = Array.from({ length: 80 }, (_, i) => saved(`s${i}`));
    expect(parseSaved(JSON.stringify(many), 20).map((s) => s.id)).toEqual(many.slice(0, 20).map((s) => s.id));
  });
});

describe('saved stations: changing the list', () => {
  it('puts a station first, moving it up when already there, and drops the oldest past the cap', () => {
    const list = [saved('a'), saved('b'), saved('c')];
    expect(withStation(list, saved('b', 9), 50).map((s) => [s.id, s.savedAt])).toEqual([['b', 9], ['a', 1], ['c', 1]]);
    const full = Array.from({ length: MAX_FAVOURITES }, (_, i) => saved(`s${i}`));
    const added = withStation(full, saved('new'), MAX_FAVOURITES);
    expect(added).toHaveLength(MAX_FAVOURITES);
    expect([added[0]!.id, added.at(-1)!.id]).toEqual(['new', `s${MAX_FAVOURITES - 2}`]);
  });

  it('removes a station, and refreshes one in place with its saved time', () => {
    const list = [saved('a', 5), saved('b', 4)];
    expect(withoutStation(list, 'a').map((s) => s.id)).toEqual(['b']);
    expect(withoutStation(list, 'zz')).toEqual(list);
    const seen = { ...saved('b', 99), name: '新名字', openNow: false, openState: 'closed' as const };
    expect(refreshed(list, seen)).toEqual([saved('a', 5), { ...seen, savedAt: 4 }]);
    expect(refreshed(list, saved('zz'))).toEqual(list);
  });

  it('copies only the fields the list needs from a full station', () => {
    const full = { ...saved('a'), phone: '0791', operator: '工会', schedule: [], navigation: {} };
    expect(toSaved(full, 7)).toEqual(saved('a', 7));
  });
});

describe('saved stations in the list', () => {
  const home = { lat: 28.6, lng: 115.8 };
  it('measures from the chosen place, else the map centre, else home', () => {
    const bbox = { minLat: 28, maxLat: 29, minLng: 115, maxLng: 116 };
    expect(centreOf({ lat: 1, lng: 2 }, bbox, home)).toEqual({ lat: 1, lng: 2 });
    expect(centreOf(null, bbox, home)).toEqual({ lat: 28.5, lng: 115.5 });
    expect(centreOf(null, null, home)).toEqual(home);
  });

  it('lists the nearest first with distance and times', () => {
    const far = saved('far', 3, { lat: 28.61 });
    const near = saved('near', 1, { lat: 28.601 });
    const items = nearestFirst([far, near], home);
    expect(items.map((i) => [i.id, i.distanceM])).toEqual([['near', 111], ['far', 1112]]);
    expect(items[1]).toMatchObject({ walkMinutes: expect.any(Number), ebikeMinutes: expect.any(Number), name: far.name });
    expect(items[1]!.walkMinutes).toBeGreaterThan(items[0]!.walkMinutes);
  });
});
