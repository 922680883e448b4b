import fs from 'node:fs';
import path from 'node:path';
import gcoord from 'gcoord';
import { allDivisions } from '@/lib/divisions/catalog';
import type { FeatureCollection, Position } from 'geojson';
import {
  type AreaGeometry,
  type Bbox,
  bboxContains,
  geometryBbox,
  pointInGeometry,
} from '@/lib/geo/polygon';

// Jiangxi's 11 prefecture-level cities and 100 county-level divisions, read
// from prisma/data (see prisma/data/SOURCES.md). No 'server-only': the seed
// scripts use this too. Everything here is WGS-84.

export interface City {
  code: string;
  name: string;
  lat: number;
  lng: number;
}

export interface County extends City {
  cityCode: string;
  cityName: string;
}

/** 红谷滩区 (2019) has no polygon in any source; 新建区's polygon covers it. */
export const HONGGUTAN_CODE = '360113';
export const XINJIAN_CODE = '360112';
/** The abolished 湾里区, whose area now belongs to 新建区. */
export const WANLI_SOURCE_CODE = '360105';

// Our own representative point for 红谷滩区, between 红角洲 and 九龙湖. The CBD
// (≈115.86 E, 28.68 N) would be more obvious, but the 2016-vintage polygons
// give that bank to 东湖区; this point lies inside the 新建区 polygon, so
// point-in-county checks for the district can use 新建区's geometry.
export const HONGGUTAN_POINT: Readonly<{ lng: number; lat: number }> = { lng: 115.79, lat: 28.63 };

interface SeedRow {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  cpWgs84: [number, number] | null;
}

type CountyProps = { code: string; name: string; abolished?: boolean };
type PrefectureProps = { name: string; cp: [number, number] };

const DATA_DIR = path.join(process.cwd(), 'prisma', 'data');

export function readDataFile<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function loadCounties(): County[] {
  const rows = readDataFile<SeedRow[]>('jiangxi_counties_seed.json');
  return rows.map((r) => {
    const own = r.code === HONGGUTAN_CODE ? [HONGGUTAN_POINT.lng, HONGGUTAN_POINT.lat] : null;
    const [lng, lat] = r.cpWgs84 ?? own ?? [];
    if (lng === undefined || lat === undefined) throw new Error(`No point for county ${r.code}`);
    return { code: r.code, name: r.name, cityCode: r.cityCode, cityName: r.cityName, lat, lng };
  });
}

function loadCities(all: readonly County[]): City[] {
  const prefectures = readDataFile<FeatureCollection<AreaGeometry, PrefectureProps>>(
    'jiangxi_prefectures_wgs84.geojson',
  );
  const codes = new Map(all.map((c) => [c.cityName, c.cityCode]));
  const list = prefectures.features.map((f) => {
    const code = codes.get(f.properties.name);
    if (!code) throw new Error(`Unknown prefecture ${f.properties.name}`);
    // The prefecture file's `cp` was left in GCJ-02 by its source.
    const [lng = NaN, lat = NaN] = gcoord.transform(f.properties.cp, gcoord.GCJ02, gcoord.WGS84);
    return { code, name: f.properties.name, lat: round6(lat), lng: round6(lng) };
  });
  return list.sort((a, b) => a.code.localeCompare(b.code));
}

export const counties: readonly County[] = loadCounties();
export const cities: readonly City[] = loadCities(counties);

export interface DivisionRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  cityCode: string | null;
  lat: number;
  lng: number;
}

/**
 * The Division table's rows: every province, city and county of mainland
 * China (lib/divisions/catalog.ts), Jiangxi's from this seed. A county run
 * directly by its province has no cityCode.
 */
export function divisionRows(): DivisionRow[] {
  return allDivisions().map(({ code, name, level, cityCode, lat, lng }) => ({ code, name, level, cityCode, lat, lng }));
}

function polygonsOf(g: AreaGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

interface GeometryIndex {
  byCode: Map<string, AreaGeometry>;
  boxes: { code: string; box: Bbox; geometry: AreaGeometry }[];
}

let index: GeometryIndex | null = null;

// Loaded on first use: the polygons are ~0.5 MB and most callers only need
// names and points.
function geometryIndex(): GeometryIndex {
  if (index) return index;
  const fc = readDataFile<FeatureCollection<AreaGeometry, CountyProps>>(
    'jiangxi_counties_wgs84_simplified.geojson',
  );
  const wanli = fc.features.find((f) => f.properties.code === WANLI_SOURCE_CODE);
  const byCode = new Map<string, AreaGeometry>();
  for (const f of fc.features) {
    if (f.properties.code === WANLI_SOURCE_CODE) continue;
    let geometry = f.geometry;
    if (f.properties.code === XINJIAN_CODE && wanli) {
      // No clipping library here, so the merge keeps both outlines as parts.
      geometry = { type: 'MultiPolygon', coordinates: [...polygonsOf(geometry), ...polygonsOf(wanli.geometry)] };
    }
    byCode.set(f.properties.code, geometry);
  }
  const boxes = [...byCode]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, geometry]) => ({ code, box: geometryBbox(geometry), geometry }));
  index = { byCode, boxes };
  return index;
}

/** Full-resolution WGS-84 polygon of a county; null for 红谷滩区 and unknown codes. */
export function countyGeometry(code: string): AreaGeometry | null {
  return geometryIndex().byCode.get(code) ?? null;
}

/**
 * Code of the county whose polygon contains the point, or null. Never returns
 * 红谷滩区 (no polygon): its area answers 新建区 (or 东湖区 near the CBD).
 * Where two simplified polygons overlap, the lower code wins.
 */
export function countyAt(lng: number, lat: number): string | null {
  for (const { code, box, geometry } of geometryIndex().boxes) {
    if (bboxContains(box, lng, lat) && pointInGeometry(lng, lat, geometry)) return code;
  }
  return null;
}
