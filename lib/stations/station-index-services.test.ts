import { describe, expect, it } from 'vitest';
import { serialiseServices } from '@/lib/services/stored';
import { DEFAULT_STATUSES, filtersSchema, toFilters, type Filters } from './schema';
import { StationIndex, type HoursOracle, type IndexRow } from './station-index';

// "Services today" as the API, the list and the map's clusters ask it of the index.

const oracle: HoursOracle = { openNow: (h) => h === '24/7', is24x7: (h) => h === '24/7' };
const all: Filters = { kinds: [], amenities: [], statuses: [...DEFAULT_STATUSES], openNow: false, h24: false, noPhone: false };
const TUE_1430 = new Date('2026-12-08T14:30:00+08:00');
const row = (id: string, services?: string): IndexRow => ({
  id, name: id, kind: 'station', status: 'in_use', lat: 28.68, lng: 115.89 + Number(id.slice(1)) / 1000,
  address: '', countyCode: '360102', amenities: '', openingHours: '24/7', services,
});
const allDay = serialiseServices([{ kind: 'legal_aid', schedule: 'Mo-Su 00:00-24:00', note: null }]);
const saturday = serialiseServices([{ kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }]);
const index = new StationIndex([row('s1', allDay), row('s2'), row('s3', saturday), row('s4', '[]')], oracle);
const ids = (f: Partial<Filters>) => index.nearest(28.68, 115.89, 10, { ...all, ...f }, TUE_1430).map((s) => s.id).sort();

describe('StationIndex with services', () => {
  it('filters "services today" and by kind, and leaves everything in without either', () => {
    expect(ids({})).toEqual(['s1', 's2', 's3', 's4']);
    expect(ids({ servicesToday: true })).toEqual(['s1']);
    expect(ids({ services: ['haircut'] })).toEqual(['s3']);
    expect(ids({ services: ['haircut'], servicesToday: true })).toEqual([]);
    expect(index.pointsInBox({ minLng: 115, minLat: 28, maxLng: 116, maxLat: 29 }, { ...all, servicesToday: true }, TUE_1430, 10).points).toHaveLength(1);
  });

  it('gives the filter its own cluster key', () => {
    expect(index.filterKey({ ...all, servicesToday: true }, TUE_1430)).not.toBe(index.filterKey(all, TUE_1430));
    expect(index.filterKey({ ...all, services: [] }, TUE_1430)).toBe(index.filterKey(all, TUE_1430));
  });

  it('reads the API\'s parameters: servicesToday=1 and service=a,b (unknown kinds refused)', () => {
    expect(toFilters(filtersSchema.parse({ servicesToday: '1', service: 'legal_aid,haircut' }))).toMatchObject({ servicesToday: true, services: ['legal_aid', 'haircut'] });
    expect(toFilters(filtersSchema.parse({}))).toMatchObject({ servicesToday: false, services: [] });
    expect(filtersSchema.safeParse({ service: 'massage' }).success).toBe(false);
    expect(filtersSchema.safeParse({ servicesToday: 'yes' }).success).toBe(false);
  });
});
