import { describe, expect, it } from 'vitest';
import { nearestOffline } from '@/lib/stations/offline-nearest';
import type { NearestItem } from '@/lib/stations/station-index';
import { foldWeather, weatherAmenities } from './filter';

const station = (id: string, amenities: NearestItem['amenities'], openingHours: string, north: number): NearestItem => ({
  id, name: id, kind: 'station', status: 'in_use', lat: 28.4 + north * 0.001, lng: 117.6, distanceM: 0, walkMinutes: 0, ebikeMinutes: 0,
  amenities, address: '', countyCode: '361125', entry: null, openNow: true, openState: 'open', openingHours,
});

describe('the weather filter, folded', () => {
  it('is the alert\'s amenity and "open now"', () => {
    const none = { kinds: [], amenities: ['toilet' as const], statuses: ['in_use' as const], openNow: false, h24: false, noPhone: false };
    expect(foldWeather({ ...none, weather: 'cold' })).toEqual({ ...none, amenities: ['toilet', 'hot_water'], openNow: true, weather: null });
    expect(foldWeather(none)).toBe(none);
    expect(['heat', 'cold', 'off', null].map((w) => weatherAmenities(new URLSearchParams(w ? { weather: w } : {}))))
      .toEqual([['air_conditioning'], ['hot_water'], [], []]);
  });

  it('applies offline too, to the stations the phone kept', () => {
    const kept = [
      station('ac-24h', ['air_conditioning'], '24/7', 1),
      station('ac-closed', ['air_conditioning'], 'off', 2),
      station('water-24h', ['hot_water'], '24/7', 3),
      station('plain-24h', ['drinking_water'], '24/7', 4),
    ];
    const hoursAt = (h: string) => ({ openNow: h === '24/7', is24x7: h === '24/7' });
    const ids = (q: string) => nearestOffline(kept, new URLSearchParams(`lat=28.4&lng=117.6&${q}`), hoursAt).map((s) => s.id);
    expect(ids('weather=heat')).toEqual(['ac-24h']);
    expect(ids('weather=cold')).toEqual(['water-24h']);
    expect(ids('')).toEqual(['ac-24h', 'ac-closed', 'water-24h', 'plain-24h']);
  });
});
