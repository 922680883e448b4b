import { describe, expect, it } from 'vitest';
import { hoursState } from '@/lib/hours';
import { nearestOffline, plainHoursAt, type HoursAt } from './offline-nearest';
import type { NearestItem } from './station-index';

// Nanchang-ish; 0.01° of latitude is 1,112 m.
const HERE = { lat: 28.68, lng: 115.86 };

function station(id: string, dLat: number, dLng: number, extra: Partial<NearestItem> = {}): NearestItem {
  return {
    id, name: id, kind: 'station', status: 'in_use', lat: HERE.lat + dLat, lng: HERE.lng + dLng, distanceM: 999_999,
    walkMinutes: 0, ebikeMinutes: 0, amenities: ['drinking_water'], address: '', countyCode: '360102', entry: null,
    openNow: true, openState: 'open' as const, openingHours: '24/7', ...extra,
  };
}

const q = (extra: Record<string, string> = {}) => new URLSearchParams({ lat: String(HERE.lat), lng: String(HERE.lng), limit: '10', ...extra });
const ids = (items: NearestItem[]) => items.map((s) => s.id);

// The device's clock, told by the same library the server uses: Monday 7 Dec 2026 in Shanghai.
const at = (iso: string): HoursAt => (h) => hoursState(h, new Date(iso));
const NIGHT = at('2026-12-06T19:00:00Z'); // 03:00
const NOON = at('2026-12-07T04:00:00Z'); // 12:00

describe('nearestOffline', () => {
  const kept = [station('far', 0.03, 0), station('near', 0.003, 0), station('mid', 0, 0.012)];

  it('orders the kept stations by distance from the query point and recomputes distance and minutes', () => {
    const got = nearestOffline(kept, q());
    expect(ids(got)).toEqual(['near', 'mid', 'far']);
    // 0.003° north ≈ 334 m; × 1.25 detour is 5.01 min on foot (rounded up: 6) and 1.7 by e-bike (2).
    expect(got[0]!.distanceM).toBeGreaterThan(330);
    expect(got[0]!.distanceM).toBeLessThan(338);
    expect(got[0]!.walkMinutes).toBe(6);
    expect(got[0]!.ebikeMinutes).toBe(2);
  });

  it('keeps to the limit', () => {
    expect(ids(nearestOffline(kept, q({ limit: '2' })))).toEqual(['near', 'mid']);
  });

  it('applies kind, amenities and status as the API would', () => {
    const more = [
      ...kept,
      station('centre', 0.001, 0, { kind: 'service_centre' }),
      station('charging', 0.002, 0, { amenities: ['drinking_water', 'ebike_charging'] }),
      station('planned', 0.0005, 0, { status: 'planned' }),
    ];
    expect(ids(nearestOffline(more, q({ kind: 'service_centre' })))).toEqual(['centre']);
    expect(ids(nearestOffline(more, q({ amenities: 'ebike_charging' })))).toEqual(['charging']);
    expect(ids(nearestOffline(more, q()))).not.toContain('planned');
    expect(nearestOffline(more, q({ status: 'in_use,planned' }))[0]).toMatchObject({ id: 'planned', openNow: false, openState: 'not_in_use' });
  });

  it('keeps to the bbox when the query has one', () => {
    const bbox = [HERE.lng - 0.02, HERE.lat - 0.02, HERE.lng + 0.02, HERE.lat + 0.02].join(',');
    expect(ids(nearestOffline(kept, q({ bbox })))).toEqual(['near', 'mid']);
  });

  it('finds nothing without a usable point', () => {
    expect(nearestOffline(kept, new URLSearchParams({ lat: 'x', lng: '115' }))).toEqual([]);
    expect(nearestOffline(kept, new URLSearchParams())).toEqual([]);
  });
});

describe('nearestOffline by the device clock', () => {
  // Kept in the afternoon: "day" was open then, "night" was closed.
  const kept = [
    station('allday', 0.001, 0),
    station('day', 0.002, 0, { openingHours: 'Mo-Su 08:00-18:00', openNow: true, openState: 'open' }),
    station('night', 0.003, 0, { openingHours: 'Mo-Su 20:00-06:00', openNow: false, openState: 'closed' }),
    station('locked', 0.004, 0, { openNow: null, openState: 'reported_locked' }),
  ];

  it('"open now" leaves out a station kept open whose hours say closed now, and takes one kept closed that opened', () => {
    expect(ids(nearestOffline(kept, q({ openNow: '1' }), NIGHT))).toEqual(['allday', 'night']);
    expect(ids(nearestOffline(kept, q({ openNow: '1' }), NOON))).toEqual(['allday', 'day']);
  });

  it('shows every station with its open state now, not as kept', () => {
    const got = nearestOffline(kept, q(), NIGHT);
    expect(got.map((s) => [s.id, s.openNow, s.openState])).toEqual([
      ['allday', true, 'open'], ['day', false, 'closed'], ['night', true, 'open'], ['locked', null, 'reported_locked'],
    ]);
  });

  it('a station reported locked stays out of "open now"; closed by its hours it is simply closed', () => {
    expect(ids(nearestOffline(kept, q({ openNow: '1' }), NOON))).not.toContain('locked');
    const nightOnly = [station('locked-day', 0, 0, { openingHours: 'Mo-Su 08:00-18:00', openNow: null, openState: 'reported_locked' })];
    expect(nearestOffline(nightOnly, q(), NIGHT)[0]).toMatchObject({ openNow: false, openState: 'closed' });
  });

  it('"24 hours" keeps the stations open around the clock, at any hour', () => {
    const more = [...kept, station('every-day', 0.005, 0, { openingHours: 'Mo-Su 00:00-24:00' })];
    expect(ids(nearestOffline(more, q({ h24: '1' }), NIGHT))).toEqual(['allday', 'locked', 'every-day']);
    expect(ids(nearestOffline(more, q({ h24: '1' }), NOON))).toEqual(['allday', 'locked', 'every-day']);
    expect(ids(nearestOffline(more, q({ h24: '1', openNow: '1' }), NOON))).toEqual(['allday', 'every-day']);
  });

  it('without the library on the device only "24/7" is told; other hours stay as kept', () => {
    expect(ids(nearestOffline(kept, q({ h24: '1' }), plainHoursAt))).toEqual(['allday', 'locked']);
    expect(ids(nearestOffline(kept, q({ openNow: '1' }), plainHoursAt))).toEqual(['allday', 'day']);
  });

  it('a station kept before hours were sent keeps its open state as kept and is never "24 hours"', () => {
    const old = [station('old', 0.001, 0, { openingHours: undefined, openNow: true })];
    expect(ids(nearestOffline(old, q({ openNow: '1' }), NIGHT))).toEqual(['old']);
    expect(nearestOffline(old, q({ h24: '1' }), NIGHT)).toEqual([]);
  });

  it('tells each distinct hours string once', () => {
    const told: string[] = [];
    const spy: HoursAt = (h) => (told.push(h), NIGHT(h));
    nearestOffline([...kept, station('day2', 0.006, 0, { openingHours: 'Mo-Su 08:00-18:00' })], q({ openNow: '1' }), spy);
    expect(told.sort()).toEqual(['24/7', 'Mo-Su 08:00-18:00', 'Mo-Su 20:00-06:00']);
  });
});
