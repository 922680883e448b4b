import { describe, expect, it } from 'vitest';
import { loadCoverageSettings } from './settings';

describe('coverage settings', () => {
  it('default to the map’s travel model: 1.0 km on foot, 3.0 km by e-bike', () => {
    expect(loadCoverageSettings({})).toEqual({ minutes: 15, walkKmh: 5, ebikeKmh: 15, detour: 1.25, radiusM: { walk: 1000, ebike: 3000 } });
    expect(loadCoverageSettings({ COVERAGE_WALK_KMH: '' }).radiusM.walk).toBe(1000);
  });

  it('take speeds and the detour factor from the environment', () => {
    const s = loadCoverageSettings({ COVERAGE_WALK_KMH: '4', COVERAGE_EBIKE_KMH: '20', COVERAGE_DETOUR: '1' });
    expect(s.radiusM).toEqual({ walk: 1000, ebike: 5000 });
  });

  it('refuse nonsense with the variable named', () => {
    expect(() => loadCoverageSettings({ COVERAGE_DETOUR: '0.5' })).toThrow(/COVERAGE_DETOUR/);
    expect(() => loadCoverageSettings({ COVERAGE_EBIKE_KMH: 'fast' })).toThrow(/COVERAGE_EBIKE_KMH/);
  });
});
