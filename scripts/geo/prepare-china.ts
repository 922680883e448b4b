// All of China's divisions, prepared once from the npm package (see
// prisma/data/SOURCES.md): a list with codes, names and points, outlines for
// point-in-county checks, and drawing layers per province. Jiangxi keeps its
// seed (names, points and outlines the sample data was built on).
import fs from 'node:fs';
import path from 'node:path';
import type { Position } from 'geojson';
import { cities, counties, countyGeometry } from '@/lib/divisions-data';
import { OUTLINE_UNIT } from '@/lib/divisions/outlines';
import type { AreaGeometry } from '@/lib/geo/polygon';
import { type SourceDivision, readDataV, sourceVersion } from './datav-source';
import { type Layer, simplifyGeometry, writeLayer } from './layers';

const DATA_DIR = path.join(process.cwd(), 'prisma', 'data', 'china');
const SEED_PROVINCE = '36';
/** ≈ 50 m, about the sources' own accuracy; coordinates kept to ≈ 10 m. */
const PIP_TOLERANCE = 0.0005;

function withJiangxiSeed(all: SourceDivision[]): SourceDivision[] {
  const others = all.filter((d) => d.level === 'province' || !d.code.startsWith(SEED_PROVINCE));
  const seedCities = cities.map((c): SourceDivision => ({ code: c.code, name: c.name, level: 'city', parent: '360000', center: [c.lng, c.lat], geometry: null }));
  const seedCounties = counties.map((c): SourceDivision => ({ code: c.code, name: c.name, level: 'county', parent: c.cityCode, center: [c.lng, c.lat], geometry: countyGeometry(c.code) }));
  return [...others, ...seedCities, ...seedCounties].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Rings as [x0, y0, dx1, dy1, …] in units of OUTLINE_UNIT degrees: a quarter
 * of the JSON of coordinate pairs (decoded by lib/divisions/outlines.ts).
 */
function deltaRings(g: AreaGeometry): number[][][] {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const ring = (r: Position[]) => {
    let px = 0;
    let py = 0;
    return r.flatMap(([x = 0, y = 0]) => {
      const ix = Math.round(x / OUTLINE_UNIT);
      const iy = Math.round(y / OUTLINE_UNIT);
      const d = [ix - px, iy - py];
      [px, py] = [ix, iy];
      return d;
    });
  };
  return polygons.map((rings) => rings.map(ring));
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const json = JSON.stringify(value);
  fs.writeFileSync(path.join(DATA_DIR, file), json + '\n');
  console.log(`prisma/data/china/${file}: ${(json.length / 1024).toFixed(0)} KB`);
}

function layerOf(list: SourceDivision[]): Layer {
  return list.flatMap((d) => (d.geometry ? [{ type: 'Feature' as const, properties: { code: d.code, name: d.name }, geometry: d.geometry }] : []));
}

export function prepareChina(): void {
  const source = readDataV();
  const all = withJiangxiSeed(source);
  const rows = all.map((d) => [d.code, d.name, d.level, d.parent, d.center[0], d.center[1]]);
  writeJson('divisions.json', { source: sourceVersion(), rows });
  const outlines: Record<string, number[][][]> = {};
  for (const d of all) {
    if (d.level !== 'county' || d.code.startsWith(SEED_PROVINCE) || !d.geometry) continue;
    const g = simplifyGeometry(d.geometry, PIP_TOLERANCE, 4);
    if (!g) throw new Error(`${d.code} ${d.name} vanished`);
    outlines[d.code] = deltaRings(g);
  }
  writeJson('county-outlines.json', { source: sourceVersion(), tolerance: PIP_TOLERANCE, unit: OUTLINE_UNIT, outlines });
  writeLayer('china/provinces.json', layerOf(source.filter((d) => d.level === 'province')), 200 * 1024);
  for (const p of source.filter((d) => d.level === 'province' && !d.code.startsWith(SEED_PROVINCE))) {
    const prefix = p.code.slice(0, 2);
    const inside = source.filter((d) => d.code.startsWith(prefix));
    writeLayer(`china/${p.code}-cities.json`, layerOf(inside.filter((d) => d.level === 'city' || (d.level === 'county' && d.parent === p.code))), 120 * 1024);
    writeLayer(`china/${p.code}-counties.json`, layerOf(inside.filter((d) => d.level === 'county')), 160 * 1024);
  }
}
