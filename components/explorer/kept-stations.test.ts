import { describe, expect, it } from 'vitest';
import { MAX_KEPT, mergeKept, parseKept, type KeptStation } from './kept-stations';

const item = (id: string) => ({
  id, name: id.toUpperCase(), kind: 'station' as const, status: 'in_use' as const, lat: 28.6, lng: 115.8, distanceM: 10,
  walkMinutes: 1, ebikeMinutes: 1, amenities: [], address: '', countyCode: '360102', entry: null, openNow: true, openState: 'open' as const,
});

describe('kept stations', () => {
  it('puts the new list first with its time and keeps older stations after it', () => {
    const kept: KeptStation[] = [{ ...item('a'), keptAt: 1 }, { ...item('b'), keptAt: 1 }];
    const merged = mergeKept(kept, [item('b'), item('c')], 2);
    expect(merged.map((s) => [s.id, s.keptAt])).toEqual([['b', 2], ['c', 2], ['a', 1]]);
  });

  it('keeps at most MAX_KEPT, dropping the oldest', () => {
    const old = Array.from({ length: MAX_KEPT }, (_, i) => ({ ...item(`old${i}`), keptAt: 1 }));
    const merged = mergeKept(old, [item('new')], 2);
    expect(merged).toHaveLength(MAX_KEPT);
    expect(merged[0]!.id).toBe('new');
    expect(merged.at(-1)!.id).toBe(`old${MAX_KEPT - 2}`);
  });

  it('reads back what was stored and drops what it cannot read', () => {
    const good = { ...item('a'), keptAt: 5 };
    expect(parseKept(JSON.stringify([good, { id: 'b' }, null, { ...item('c') }]))).toEqual([good]);
    for (const raw of [null, '', '{', '{}', '"x"']) expect(parseKept(raw), String(raw)).toEqual([]);
  });

  it('keeps the opening hours for offline "open now", and stations kept before they were sent', () => {
    const withHours = { ...item('a'), openingHours: 'Mo-Fr 08:00-18:00', keptAt: 5 };
    const before = { ...item('b'), keptAt: 4 };
    expect(parseKept(JSON.stringify([withHours, before, { ...item('c'), openingHours: 7, keptAt: 3 }]))).toEqual([withHours, before]);
  });
});
