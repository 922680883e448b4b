import { IMPORT_LIMITS } from './limits';
import { normLabel } from './vocab-labels';

// File columns by header, in any order, in Chinese or English.

export const COLUMNS = [
  'externalId', 'name', 'kind', 'status', 'address', 'lng', 'lat', 'countyCode', 'county',
  'openingHours', 'amenities', 'phone', 'operator', 'notes',
] as const;
export type Column = (typeof COLUMNS)[number];

const ALIASES: Record<Column, string[]> = {
  externalId: ['编号', 'external_id', 'externalid', 'id', '外部编号'],
  name: ['名称', 'name', '站点名称'],
  kind: ['类型', 'kind', 'type'],
  status: ['状态', 'status'],
  address: ['地址', 'address'],
  lng: ['经度', 'lng', 'lon', 'longitude'],
  lat: ['纬度', 'lat', 'latitude'],
  countyCode: ['区划代码', 'county_code', 'countycode', '行政区划代码'],
  county: ['县区', 'county', '区县', '县（市、区）'],
  openingHours: ['开放时间', 'opening_hours', 'openinghours', 'hours'],
  amenities: ['设施', 'amenities'],
  phone: ['电话', 'phone', '联系电话'],
  operator: ['管理单位', 'operator'],
  notes: ['备注', 'notes', 'note'],
};

const byAlias = new Map<string, Column>(
  COLUMNS.flatMap((c) => ALIASES[c].map((a) => [normLabel(a), c] as [string, Column])),
);

/** The template's headers, in our column order. */
export const TEMPLATE_HEADERS: Record<'zh-CN' | 'en', Record<Column, string>> = {
  'zh-CN': Object.fromEntries(COLUMNS.map((c) => [c, ALIASES[c][0]])) as Record<Column, string>,
  en: Object.fromEntries(COLUMNS.map((c) => [c, ALIASES[c][1]])) as Record<Column, string>,
};

export const REQUIRED_COLUMNS: readonly Column[] = ['name', 'lng', 'lat'];

export type HeaderMap = { columns: (Column | null)[]; missing: Column[]; unknown: string[]; repeated: string[] };

export function mapHeaders(headers: readonly string[]): HeaderMap {
  const seen = new Set<Column>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  const columns = headers.map((h) => {
    // No alias is long: a long header is unknown without normalising it.
    const c = h.length > IMPORT_LIMITS.headerChars ? null : byAlias.get(normLabel(h.replace(/^\uFEFF/u, ''))) ?? null;
    if (c === null) {
      if (h.trim()) unknown.push(h.slice(0, IMPORT_LIMITS.headerChars));
      return null;
    }
    if (seen.has(c)) {
      repeated.push(h);
      return null;
    }
    seen.add(c);
    return c;
  });
  return { columns, missing: REQUIRED_COLUMNS.filter((c) => !seen.has(c)), unknown, repeated };
}
