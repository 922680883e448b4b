import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUSES, nearestQuerySchema, toFilters, type Filters } from './schema';
import { StationIndex, type HoursOracle, type IndexRow } from './station-index';

// Weather mode in the index: heat keeps stations with air-conditioning, cold
// those with hot water; either way in use, open now (24-hour ones always are)
// and not reported locked.

const oracle: HoursOracle = { openNow: (h) => h === '24/7' || h === 'Mo-Su 08:00-20:00', is24x7: (h) => h === '24/7' };
const none: Filters = { kinds: [], amenities: [], statuses: [...DEFAULT_STATUSES], openNow: false, h24: false, noPhone: false };
const now = new Date('2026-07-20T04:00:00Z');

const row = (id: string, amenities: string, openingHours = '24/7', status = 'in_use', north = 0): IndexRow => ({
  id, name: id, kind: 'station', status, lat: 28.4 + north * 0.001, lng: 117.6, address: '', countyCode: '361125', amenities, openingHours,
});

const data = [
  row('ac-24h', 'air_conditioning,drinking_water', '24/7', 'in_use', 1),
  row('ac-day', 'air_conditioning', 'Mo-Su 08:00-20:00', 'in_use', 2),
  row('ac-closed', 'air_conditioning', 'off', 'in_use', 3),
  row('ac-suspended', 'air_conditioning', '24/7', 'suspended', 4),
  row('ac-locked', 'air_conditioning', '24/7', 'in_use', 5),
  row('water-24h', 'hot_water,drinking_water', '24/7', 'in_use', 6),
  row('plain-24h', 'drinking_water', '24/7', 'in_use', 7),
];

describe('the weather filter', () => {
  const index = new StationIndex(data, oracle);
  index.setLocks(['ac-locked'], 'l1');
  const ids = (f: Filters) => index.nearest(28.4, 117.6, 50, f, now).map((s) => s.id);

  it('heat: air-conditioned, in use and open now, not reported locked', () => {
    expect(ids({ ...none, weather: 'heat' })).toEqual(['ac-24h', 'ac-day']);
  });

  it('cold: hot water, by the same rules', () => {
    expect(ids({ ...none, weather: 'cold' })).toEqual(['water-24h']);
  });

  it('adds to the other filters, and nothing without it', () => {
    expect(ids({ ...none, weather: 'heat', h24: true })).toEqual(['ac-24h']);
    expect(ids({ ...none, weather: 'heat', amenities: ['drinking_water'] })).toEqual(['ac-24h']);
    expect(ids({ ...none, weather: null })).toHaveLength(data.length);
  });

  it('has a filter key of its own, the same as the amenity with "open now"', () => {
    const heat = index.filterKey({ ...none, weather: 'heat' }, now);
    expect(heat).not.toBe(index.filterKey(none, now));
    expect(heat).not.toBe(index.filterKey({ ...none, weather: 'cold' }, now));
    expect(heat).toBe(index.filterKey({ ...none, amenities: ['air_conditioning'], openNow: true }, now));
  });

  it('comes from the query as heat or cold only', () => {
    const q = (weather: string) => nearestQuerySchema.safeParse({ lat: '28.4', lng: '117.6', weather });
    expect(toFilters(q('heat').data!).weather).toBe('heat');
    expect(toFilters(nearestQuerySchema.parse({ lat: '28.4', lng: '117.6' })).weather).toBeNull();
    expect(['', 'HEAT', 'hot', 'off', 'heat,cold'].map((w) => q(w).error?.issues[0]?.path)).toEqual([['weather'], ['weather'], ['weather'], ['weather'], ['weather']]);
  });
});
