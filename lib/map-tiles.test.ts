import { describe, expect, it } from 'vitest';
import { bboxFromDisplay, fromDisplay, toDisplay } from '@/components/map/display-crs';
import { tileConfig } from './map-tiles';

describe('base maps', () => {
  it('defaults to OpenStreetMap with attribution, in WGS-84', () => {
    const c = tileConfig('osm');
    expect(c.layers[0]!.url).toContain('tile.openstreetmap.org');
    expect(c.attribution).toContain('OpenStreetMap');
    expect(c.crs).toBe('wgs84');
  });

  it('passes the Tianditu key to both of its layers', () => {
    const c = tileConfig('tianditu', 'k&y');
    expect(c.layers).toHaveLength(2);
    for (const l of c.layers) expect(l.url).toContain('tk=k%26y');
  });

  it('draws in GCJ-02 on Amap tiles: markers shift by the GCJ-02 offset and the view box shifts back', () => {
    expect(tileConfig('amap').crs).toBe('gcj02');
    const [lat, lng] = toDisplay('gcj02', 28.702086, 115.898683);
    expect(lat).toBeCloseTo(28.698731, 4); // the published GCJ-02 point of 东湖区
    expect(lng).toBeCloseTo(115.903526, 4);
    const [bLat, bLng] = fromDisplay('gcj02', lat, lng);
    expect(bLat).toBeCloseTo(28.702086, 5);
    expect(bLng).toBeCloseTo(115.898683, 5);
    expect(toDisplay('wgs84', 28.7, 115.9)).toEqual([28.7, 115.9]);
    const box = bboxFromDisplay('gcj02', 28.6, 115.8, 28.8, 116.0);
    expect(box.minLat).toBeGreaterThan(28.6);
    expect(box.minLng).toBeLessThan(115.8);
  });
});
