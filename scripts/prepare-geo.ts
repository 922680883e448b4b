// Writes the small display layers in public/geo/ from the full-resolution
// reference data in prisma/data/. Rerunnable and deterministic:
//   npx tsx scripts/prepare-geo.ts
import fs from 'node:fs';
import path from 'node:path';
import simplify from 'simplify-js';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { cities, counties, countyGeometry, readDataFile } from '@/lib/divisions-data';
import { type AreaGeometry, ringArea } from '@/lib/geo/polygon';

type Props = { code: string; name: string };
type Layer = Feature<AreaGeometry, Props>[];

const OUT_DIR = path.join(process.cwd(), 'public', 'geo');
// Degrees; the first step whose output fits the budget wins, so the layers
// stay as detailed as the size budget allows.
const TOLERANCES = Array.from({ length: 40 }, (_, i) => Math.round((i + 1) * 5) / 1e4);

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Simplified, rounded, closed ring; null when it collapses. */
function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
  const pts = simplify(ring.map(([x = 0, y = 0]) => ({ x, y })), tolerance, true);
  const out: Position[] = [];
  for (const { x, y } of pts) {
    const p = [round4(x), round4(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [first] = out;
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  // A ring needs three distinct corners and some area to draw anything.
  if (out.length < 4 || Math.abs(ringArea(out)) < 1e-8) return null;
  return out;
}

function simplifyGeometry(g: AreaGeometry, tolerance: number): AreaGeometry | null {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings;
    const o = outer && simplifyRing(outer, tolerance);
    if (!o) continue; // holes go with their outer ring
    const h = holes.map((r) => simplifyRing(r, tolerance)).filter((r): r is Position[] => r !== null);
    kept.push([o, ...h]);
  }
  if (kept.length === 0) return null;
  if (kept.length === 1) return { type: 'Polygon', coordinates: kept[0]! };
  return { type: 'MultiPolygon', coordinates: kept };
}

function serialise(layer: Layer, tolerance: number): string {
  const features = layer.flatMap((f) => {
    const geometry = simplifyGeometry(f.geometry, tolerance);
    if (!geometry) throw new Error(`${f.properties.name} vanished at tolerance ${tolerance}`);
    return [{ type: 'Feature', properties: f.properties, geometry }];
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function writeLayer(file: string, layer: Layer, budgetBytes: number): void {
  for (const tolerance of TOLERANCES) {
    const json = serialise(layer, tolerance);
    const bytes = Buffer.byteLength(json);
    if (bytes > budgetBytes) continue;
    fs.writeFileSync(path.join(OUT_DIR, file), json + '\n');
    console.log(`${file}: ${layer.length} features, tolerance ${tolerance}°, ${(bytes / 1024).toFixed(1)} KB`);
    return;
  }
  throw new Error(`${file} does not fit ${budgetBytes} bytes`);
}

function countyLayer(): Layer {
  // 红谷滩区 has no polygon of its own; 新建区's geometry includes 湾里.
  return counties.flatMap((c) => {
    const geometry = countyGeometry(c.code);
    return geometry ? [{ type: 'Feature' as const, properties: { code: c.code, name: c.name }, geometry }] : [];
  });
}

function prefectureLayer(): Layer {
  const fc = readDataFile<FeatureCollection<AreaGeometry, { name: string }>>('jiangxi_prefectures_wgs84.geojson');
  return cities.map((city) => {
    const f = fc.features.find((x) => x.properties.name === city.name);
    if (!f) throw new Error(`No prefecture polygon for ${city.name}`);
    return { type: 'Feature', properties: { code: city.code, name: city.name }, geometry: f.geometry };
  });
}

function outlineLayer(): Layer {
  const f = readDataFile<Feature<AreaGeometry>>('jiangxi_outline_naturalearth.json');
  return [{ type: 'Feature', properties: { code: '360000', name: '江西省' }, geometry: f.geometry }];
}

fs.mkdirSync(OUT_DIR, { recursive: true });
writeLayer('counties.json', countyLayer(), 120 * 1024);
writeLayer('prefectures.json', prefectureLayer(), 120 * 1024);
writeLayer('outline.json', outlineLayer(), 16 * 1024);
