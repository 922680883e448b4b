import fs from 'node:fs';
import path from 'node:path';
import { CHINA, provinceOf } from './layers';
import { englishName } from './names-en';

// Every province, prefecture-level city and county-level division of mainland
// China (GB/T 2260 codes), from prisma/data/china/divisions.json (written by
// `npm run geo:prepare`). Loaded once per process; never changes at runtime.

export type Level = 'province' | 'city' | 'county';
export const CHINA_CODE = CHINA;

export interface Division {
  code: string;
  name: string;
  nameEn: string;
  level: Level;
  /** The province, city or (for the province) null. */
  parentCode: string | null;
  provinceCode: string;
  /** For a county: its prefecture-level city, or null when the province runs it directly. */
  cityCode: string | null;
  lat: number;
  lng: number;
}

type Row = [code: string, name: string, level: Level, parent: string | null, lng: number, lat: number];

interface Catalog {
  list: Division[];
  byCode: Map<string, Division>;
  children: Map<string, Division[]>;
}

let catalog: Catalog | null = null;

function load(): Catalog {
  if (catalog) return catalog;
  const file = path.join(process.cwd(), 'prisma', 'data', 'china', 'divisions.json');
  const { rows } = JSON.parse(fs.readFileSync(file, 'utf8')) as { rows: Row[] };
  const list = rows.map(([code, name, level, parent, lng, lat]): Division => ({
    code,
    name,
    nameEn: englishName(code, name),
    level,
    parentCode: parent,
    provinceCode: provinceOf(code),
    cityCode: level === 'county' && parent && !parent.endsWith('0000') ? parent : null,
    lat,
    lng,
  }));
  const children = new Map<string, Division[]>();
  for (const d of list) {
    const parent = d.parentCode ?? CHINA_CODE;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  catalog = { list, byCode: new Map(list.map((d) => [d.code, d])), children };
  return catalog;
}

export function allDivisions(): readonly Division[] {
  return load().list;
}

/** The division, or the whole country for 100000; undefined for an unknown code. */
export function division(code: string): Division | undefined {
  if (code === CHINA_CODE) return { code, name: '中国', nameEn: 'China', level: 'province', parentCode: null, provinceCode: code, cityCode: null, lat: 35.9, lng: 104.2 };
  return load().byCode.get(code);
}

/** Provinces of China; cities and directly-run counties of a province; counties of a city. */
export function childrenOf(code: string): readonly Division[] {
  return load().children.get(code) ?? [];
}

export function isKnownDivision(code: string): boolean {
  return code === CHINA_CODE || load().byCode.has(code);
}

/** True when `code` is `area` or lies inside it (100000 holds everything). */
export function isWithin(code: string, area: string): boolean {
  if (area === CHINA_CODE || code === area) return true;
  const d = load().byCode.get(code);
  if (!d) return false;
  return d.provinceCode === area || d.cityCode === area;
}

/** Every county in an area (the area itself when it is a county). */
export function countiesWithin(area: string): Division[] {
  return load().list.filter((d) => d.level === 'county' && isWithin(d.code, area));
}

/** China, province, city, county: the chain from the top to this division. */
export function ancestry(code: string): Division[] {
  const out: Division[] = [];
  for (let d = load().byCode.get(code); d; d = d.parentCode ? load().byCode.get(d.parentCode) : undefined) out.unshift(d);
  return out;
}
