import { describe, expect, it } from 'vitest';
import { nearestOffline } from './offline-nearest';
import type { NearestItem } from './station-index';

// Nanchang-ish; 0.01° of latitude is 1,112 m.
const HERE = { lat: 28.68, lng: 115.86 };

function station(id: string, dLat: number, dLng: number, extra: Partial<NearestItem> = {}): NearestItem {
  return {
    id, name: id, kind: 'station', status: 'in_use', lat: HERE.lat + dLat, lng: HERE.lng + dLng, distanceM: 999_999,
    walkMinutes: 0, ebikeMinutes: 0, amenities: ['drinking_water'], address: '', countyCode: '360102', entry: null, openNow: true, openState: 'open' as const, ...extra,
  };
}

const q = (extra: Record<string, string> = {}) => new URLSearchParams({ lat: String(HERE.lat), lng: String(HERE.lng), limit: '10', ...extra });

describe('nearestOffline', () => {
  const kept = [station('far', 0.03, 0), station('near', 0.003, 0), station('mid', 0, 0.012)];

  it('orders the kept stations by distance from the query point and recomputes distance and minutes', () => {
    const got = nearestOffline(kept, q());
    expect(got.map((s) => s.id)).toEqual(['near', 'mid', 'far']);
    // 0.003° north ≈ 334 m; × 1.25 detour is 5.01 min on foot (rounded up: 6) and 1.7 by e-bike (2).
    expect(got[0]!.distanceM).toBeGreaterThan(330);
    expect(got[0]!.distanceM).toBeLessThan(338);
    expect(got[0]!.walkMinutes).toBe(6);
    expect(got[0]!.ebikeMinutes).toBe(2);
  });

  it('keeps to the limit', () => {
    expect(nearestOffline(kept, q({ limit: '2' })).map((s) => s.id)).toEqual(['near', 'mid']);
  });

  it('applies kind, amenities, status and open now as the API would', () => {
    const more = [
      ...kept,
      station('centre', 0.001, 0, { kind: 'service_centre' }),
      station('charging', 0.002, 0, { amenities: ['drinking_water', 'ebike_charging'] }),
      station('planned', 0.0005, 0, { status: 'planned' }),
      station('closed-now', 0.0007, 0, { openNow: false }),
    ];
    expect(nearestOffline(more, q({ kind: 'service_centre' })).map((s) => s.id)).toEqual(['centre']);
    expect(nearestOffline(more, q({ amenities: 'ebike_charging' })).map((s) => s.id)).toEqual(['charging']);
    expect(nearestOffline(more, q()).map((s) => s.id)).not.toContain('planned');
    expect(nearestOffline(more, q({ status: 'in_use,planned' }))[0]!.id).toBe('planned');
    expect(nearestOffline(more, q({ openNow: '1' })).map((s) => s.id)).not.toContain('closed-now');
  });

  it('keeps to the bbox when the query has one', () => {
    const bbox = [HERE.lng - 0.02, HERE.lat - 0.02, HERE.lng + 0.02, HERE.lat + 0.02].join(',');
    expect(nearestOffline(kept, q({ bbox })).map((s) => s.id)).toEqual(['near', 'mid']);
  });

  it('finds nothing without a usable point', () => {
    expect(nearestOffline(kept, new URLSearchParams({ lat: 'x', lng: '115' }))).toEqual([]);
    expect(nearestOffline(kept, new URLSearchParams())).toEqual([]);
  });
});
