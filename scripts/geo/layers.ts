// Simplified display layers: the smallest tolerance whose output fits a budget.
import fs from 'node:fs';
import path from 'node:path';
import simplify from 'simplify-js';
import type { Feature, Position } from 'geojson';
import { type AreaGeometry, ringArea } from '@/lib/geo/polygon';

type Props = { code: string; name: string };
export type Layer = Feature<AreaGeometry, Props>[];

export const OUT_DIR = path.join(process.cwd(), 'public', 'geo');
// Degrees; the first step whose output fits the budget wins, so the layers
// stay as detailed as the size budget allows.
const TOLERANCES = [
  ...Array.from({ length: 40 }, (_, i) => Math.round((i + 1) * 5) / 1e4),
  ...Array.from({ length: 16 }, (_, i) => Math.round((i + 5) * 50) / 1e4),
];

const roundTo = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Simplified, rounded, closed ring; null when it collapses. */
export function simplifyRing(ring: Position[], tolerance: number, digits = 4): Position[] | null {
  const pts = simplify(ring.map(([x = 0, y = 0]) => ({ x, y })), tolerance, true);
  const out: Position[] = [];
  for (const { x, y } of pts) {
    const p = [roundTo(x, digits), roundTo(y, digits)];
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

export function simplifyGeometry(g: AreaGeometry, tolerance: number, digits = 4): AreaGeometry | null {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings;
    const o = outer && simplifyRing(outer, tolerance, digits);
    if (!o) continue; // holes go with their outer ring
    const h = holes.map((r) => simplifyRing(r, tolerance, digits)).filter((r): r is Position[] => r !== null);
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

export function writeLayer(file: string, layer: Layer, budgetBytes: number): void {
  for (const tolerance of TOLERANCES) {
    const json = serialise(layer, tolerance);
    const bytes = Buffer.byteLength(json);
    if (bytes > budgetBytes) continue;
    fs.mkdirSync(path.dirname(path.join(OUT_DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, file), json + '\n');
    console.log(`${file}: ${layer.length} features, tolerance ${tolerance}°, ${(bytes / 1024).toFixed(1)} KB`);
    return;
  }
  throw new Error(`${file} does not fit ${budgetBytes} bytes`);
}

