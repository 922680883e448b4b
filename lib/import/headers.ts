import type { Crs } from '@/lib/geo/crs';
import { IMPORT_LIMITS } from './limits';
import { normLabel } from './vocab-labels';

// File columns by header, in any order, in Chinese or English: the template's
// own headers, the headers union lists use (a reviewed table: only headers
// that mean one column), and what the admin mapped. A coordinate header may
// name its coordinate system (gcj02_lng, 经度(GCJ02), 百度经度): those columns
// are then read in it, whatever the file's setting.

export const COLUMNS = [
  'externalId', 'name', 'kind', 'status', 'address', 'lng', 'lat', 'countyCode', 'county',
  'openingHours', 'amenities', 'phone', 'operator', 'notes', 'entry', 'entryNote', 'services',
] as const;
export type Column = (typeof COLUMNS)[number];

/** The template's Chinese header first, its English one second; then the synonyms. */
const ALIASES: Record<Column, string[]> = {
  externalId: ['编号', 'external_id', 'externalid', 'id', '外部编号', '站点编号', '驿站编号', 'station_id'],
  name: ['名称', 'name', '站点名称', '驿站名称', '站名', '站点名', '阵地名称'],
  kind: ['类型', 'kind', 'type', '站点类型', '驿站类型', '类别', 'category'],
  status: ['状态', 'status', '运营状态', '建设状态', '站点状态', '使用状态'],
  address: ['地址', 'address', '详细地址', '站点地址', '所在地址', '具体位置', 'addr'],
  lng: ['经度', 'lng', 'lon', 'longitude', 'long'],
  lat: ['纬度', 'lat', 'latitude'],
  countyCode: ['区划代码', 'county_code', 'countycode', '行政区划代码', 'adcode', '区县代码'],
  county: ['县区', 'county', '区县', '县（市、区）', 'district', '所在区县', '所属区县', '县市区', '区'],
  openingHours: ['开放时间', 'opening_hours', 'openinghours', 'hours', 'open_hours', '营业时间', '服务时间', '开放时段', 'business_hours'],
  amenities: ['设施', 'amenities', '服务设施', '配套设施', '服务功能', '服务项目', 'facilities'],
  phone: ['电话', 'phone', '联系电话', '联系方式', '电话号码', 'tel', 'telephone', '联系人电话'],
  operator: ['管理单位', 'operator', '运营单位', '建设单位', '责任单位', '所属单位', '依托单位'],
  notes: ['备注', 'notes', 'note', '说明', 'remark', 'remarks'],
  entry: ['进门方式', 'entry', '进入方式', '入站方式', '开门方式', '准入方式', '门禁', 'access', '进站方式', 'entry_mode'],
  entryNote: ['进门说明', 'entry_note', '进入说明', '入站说明', '门禁说明', '开门说明', 'access_note'],
  // Recurring services on a schedule (lib/import/services-cell.ts). 服务项目 stays with amenities: union lists
  // use it for what a station has (饮水、充电、休息), not for services on a timetable.
  services: ['特色服务', 'services', '服务', '服务日程', '服务安排', '定期服务', 'service_schedule'],
};

const byAlias = new Map<string, Column>(
  COLUMNS.flatMap((c) => ALIASES[c].map((a) => [normLabel(a), c] as [string, Column])),
);

// Names of a coordinate system inside a header, and the maps that use it.
const CRS_WORDS: [RegExp, Crs][] = [
  [/gcj02|gcj|高德|腾讯|火星|amap/u, 'gcj02'],
  [/bd09ll|bd09|百度|baidu/u, 'bd09'],
  [/wgs84|wgs|gps|天地图/u, 'wgs84'],
];

/** The template's headers, in our column order. */
export const TEMPLATE_HEADERS: Record<'zh-CN' | 'en', Record<Column, string>> = {
  'zh-CN': Object.fromEntries(COLUMNS.map((c) => [c, ALIASES[c][0]])) as Record<Column, string>,
  en: Object.fromEntries(COLUMNS.map((c) => [c, ALIASES[c][1]])) as Record<Column, string>,
};

export const REQUIRED_COLUMNS: readonly Column[] = ['name', 'lng', 'lat'];

/** How a header was read: the template's own, a known synonym, the admin's map, or not at all. */
/**
 * The division names in both languages, after every import column (whose places stay as they were): for
 * people and tools that read the file. The importer ignores them: it goes by the point.
 */
export const NAME_COLUMNS = ['countyEn', 'city', 'cityEn', 'province', 'provinceEn'] as const;
export type NameColumn = (typeof NAME_COLUMNS)[number];
export const NAME_HEADERS: Record<'zh-CN' | 'en', Record<NameColumn, string>> = {
  'zh-CN': { countyEn: '县区英文名', city: '地市', cityEn: '地市英文名', province: '省份', provinceEn: '省份英文名' },
  en: { countyEn: 'county_en', city: 'city', cityEn: 'city_en', province: 'province', provinceEn: 'province_en' },
};

/**
 * What workers say of a station, after the way in: its newest "open" confirmation and the grade of its published
 * reviews. Read-only (the workers write them, not a file): the importer ignores them too.
 */
export const TRUST_COLUMNS = ['lastConfirmedAt', 'gradeStars', 'gradeCount'] as const;
export type TrustColumn = (typeof TRUST_COLUMNS)[number];
export const TRUST_HEADERS: Record<'zh-CN' | 'en', Record<TrustColumn, string>> = {
  'zh-CN': { lastConfirmedAt: '最近确认开放', gradeStars: '评分', gradeCount: '评价数' },
  en: { lastConfirmedAt: 'last_confirmed_at', gradeStars: 'grade_stars', gradeCount: 'grade_count' },
};

const DERIVED = new Set([NAME_HEADERS, TRUST_HEADERS].flatMap((byLocale) =>
  Object.values(byLocale).flatMap((h: Record<string, string>) => Object.values(h).map((x) => normLabel(x)))));

export type HeaderHow = 'template' | 'synonym' | 'mapped' | 'ignored' | 'unknown' | 'repeated';
export type HeaderInfo = { header: string; column: Column | null; how: HeaderHow; crs: Crs | null };
export type HeaderMap = {
  columns: (Column | null)[]; missing: Column[]; unknown: string[]; repeated: string[];
  headers: HeaderInfo[];
  /** The coordinate system a coordinate header names, if any. */
  crs: Crs | null;
};
/** The admin's map: normalised header → column, or '-' to ignore it. */
export type HeaderChoices = ReadonlyMap<string, Column | '-'>;

function read(header: string, own: HeaderChoices): Omit<HeaderInfo, 'header'> {
  // No alias is long: a long header is unknown without normalising it.
  if (header.length > IMPORT_LIMITS.headerChars) return { column: null, how: 'unknown', crs: null };
  const key = normLabel(header.replace(/^\uFEFF/u, ''));
  const chosen = own.get(key);
  if (chosen) return chosen === '-' ? { column: null, how: 'ignored', crs: null } : { column: chosen, how: 'mapped', crs: crsIn(key) };
  const column = byAlias.get(key);
  if (!column && DERIVED.has(key)) return { column: null, how: 'ignored', crs: null };
  if (column) return { column, how: ALIASES[column].slice(0, 2).some((a) => normLabel(a) === key) ? 'template' : 'synonym', crs: null };
  const crs = crsIn(key);
  const base = crs ? byAlias.get(withoutCrs(key)) : undefined;
  if (crs && (base === 'lng' || base === 'lat')) return { column: base, how: 'synonym', crs };
  return { column: null, how: 'unknown', crs: null };
}

const crsIn = (key: string): Crs | null => CRS_WORDS.find(([re]) => re.test(key))?.[1] ?? null;
const withoutCrs = (key: string) => CRS_WORDS.reduce((k, [re]) => k.replace(re, ''), key).replace(/[()[\]【】]|坐标系?|地图/gu, '');

export function mapHeaders(headers: readonly string[], own: HeaderChoices = new Map()): HeaderMap {
  const seen = new Set<Column>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  const infos: HeaderInfo[] = [];
  const columns = headers.map((h) => {
    const info: HeaderInfo = { header: h.slice(0, IMPORT_LIMITS.headerChars), ...read(h, own) };
    if (info.column !== null && seen.has(info.column)) Object.assign(info, { column: null, how: 'repeated' });
    if (h.trim()) infos.push(info);
    if (info.how === 'unknown' && h.trim()) unknown.push(info.header);
    if (info.how === 'repeated') repeated.push(h);
    if (info.column !== null) seen.add(info.column);
    return info.column;
  });
  const crs = infos.find((i) => i.column === 'lng' && i.crs)?.crs ?? infos.find((i) => i.column === 'lat' && i.crs)?.crs ?? null;
  return { columns, missing: REQUIRED_COLUMNS.filter((c) => !seen.has(c)), unknown, repeated, headers: infos, crs };
}
