import { describe, expect, it } from 'vitest';
import { fitZoom, fullMapHref } from './view';

describe('embed view', () => {
  it('zooms so the box fills a screen', () => {
    // About 0.3° across (a county): 1024 px at zoom 11 show 0.7°, at zoom 12 only 0.35°.
    expect(fitZoom({ minLng: 115.75, minLat: 28.59, maxLng: 116.05, maxLat: 28.84 })).toBe(11);
    expect(fitZoom({ minLng: 113.57, minLat: 24.49, maxLng: 118.48, maxLat: 30.08 })).toBe(7);
    expect(fitZoom({ minLng: 115.9, minLat: 28.6, maxLng: 115.9001, maxLat: 28.6001 })).toBe(18);
    expect(fitZoom({ minLng: -180, minLat: -85, maxLng: 180, maxLat: 85 })).toBe(3);
  });

  it('opens the full map at the box in the page language', () => {
    const box = { minLng: 115.8, minLat: 28.6, maxLng: 116, maxLat: 28.8 };
    expect(fullMapHref(box, 'zh-CN')).toBe('/?at=28.70000,115.90000,12');
    expect(fullMapHref(box, 'en')).toBe('/en?at=28.70000,115.90000,12');
  });
});
