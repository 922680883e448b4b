import { ancestry, division } from '@/lib/divisions/catalog';
import { countyAt } from '@/lib/divisions/locate';
import { HONGGUTAN_CODE, XINJIAN_CODE } from '@/lib/divisions-data';
import { toWgs84, type Crs } from '@/lib/geo/crs';
import { canActIn, type Admin } from '@/lib/permissions/roles';
import { normLabel } from './vocab-labels';

// Where a row's point is, for all of China: the point decides the county. A
// county named by the file (a county column, or a division code) that does not
// hold the point is only compared with it, and the difference warned about.

export type Located = { ok: true; lng: number; lat: number; countyCode: string } | { ok: false; code: 'outsideChina' | 'swappedCoordinates' };

/** The WGS-84 point and its county, or why there is none. */
export function locate(lng: number, lat: number, crs: Crs): Located {
  const [x, y] = toWgs84(lng, lat, crs);
  const countyCode = countyAt(x, y);
  if (countyCode) return { ok: true, lng: x, lat: y, countyCode };
  // Longitude and latitude in each other's column: say so rather than only "outside China".
  const [sx, sy] = toWgs84(lat, lng, crs);
  return { ok: false, code: lat >= -180 && lat <= 180 && countyAt(sx, sy) ? 'swappedCoordinates' : 'outsideChina' };
}

/** Whether the admin may act in the county (its city from the national catalog, not a form). */
export function mayActIn(admin: Admin, countyCode: string): boolean {
  const d = division(countyCode);
  return d?.level === 'county' && canActIn(admin, { countyCode, cityCode: d.cityCode });
}

/** Province, city and county of a division, as a person writes them: 河南省郑州市金水区 / Jinshui District, Zhengzhou, Henan. */
export function placeName(code: string, locale: 'zh-CN' | 'en'): string {
  const chain = ancestry(code);
  if (chain.length === 0) return code;
  return locale === 'en' ? chain.map((d) => d.nameEn).reverse().join(', ') : chain.map((d) => d.name).join('');
}

// Development zones are no county of GB/T 2260: their stations belong to the county the point is in.
const ZONE = /高新|经开|经济开发|技术开发|开发区|工业园|产业园|园区|新区|示范区|试验区|保税|港区|度假区|风景区|管委会/u;
const SUFFIX = /(?:自治县|自治旗|特区|林区|区|县|市|旗|省)$/u;
// A county without an outline of its own, and the county whose outline holds its stations (as the station form reads them).
const STAND_IN = new Map([[HONGGUTAN_CODE, XINJIAN_CODE]]);

/** Whether a county column's text names this county, or its city or province (which also hold it). */
export function namesCounty(text: string, countyCode: string): boolean {
  const said = normLabel(text);
  if (said === countyCode) return true;
  const forms = ancestry(countyCode).map((d) => [...new Set([normLabel(d.name), normLabel(d.name).replace(SUFFIX, '')])]);
  const county = forms.pop() ?? [];
  if (forms.some((f) => f.includes(said))) return true;
  // Every way to write the county: 金水区, 金水, 郑州金水区, 郑州市金水区, 河南省郑州市金水区…
  let prefixes = [''];
  for (const f of forms) prefixes = [...prefixes, ...prefixes.flatMap((p) => f.map((n) => p + n))];
  return prefixes.some((p) => county.some((c) => p + c === said));
}

export type CountyWarning = { code: 'developmentZone' | 'countyMismatch'; params: { named: string; found: string } };
export type CountyChoice = { countyCode: string; warning: CountyWarning | null };

/**
 * The row's county: the one holding the point, with a warning when the file
 * names another one (or a development zone). A county without an outline of
 * its own is taken as named when its stand-in holds the point.
 */
export function chooseCounty(said: { name?: string; code?: string }, found: string): CountyChoice {
  for (const [own, standIn] of STAND_IN) {
    if (found === standIn && (said.code === own || (!said.code && said.name && namesCounty(said.name, own)))) return { countyCode: own, warning: null };
  }
  if (said.code) {
    if (said.code === found) return { countyCode: found, warning: null };
    return { countyCode: found, warning: { code: 'countyMismatch', params: { named: division(said.code)?.name ?? said.code.slice(0, 12), found } } };
  }
  if (!said.name || namesCounty(said.name, found)) return { countyCode: found, warning: null };
  return { countyCode: found, warning: { code: ZONE.test(said.name) ? 'developmentZone' : 'countyMismatch', params: { named: said.name.slice(0, 40), found } } };
}
