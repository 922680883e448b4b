import { ancestry, division, type Division } from '@/lib/divisions/catalog';
import { searchDivisions } from '@/lib/divisions/search';
import type { Rank } from '@/lib/search/text';
import type { StationIndex } from './station-index';

// Search for a place to centre the nearest list on, for workers without
// geolocation: a division of China or a station, by Chinese, pinyin, initials
// or English name, best match first.

export type SearchResult = {
  type: 'province' | 'city' | 'county' | 'station';
  /** Division code, or station id. */
  id: string;
  name: string;
  /** English name of a division; a station's own name has none. */
  nameEn?: string;
  /** Where it is: the county and city of a station, the city (or province) of a county, the province of a city. */
  context: string;
  contextEn: string;
  lat: number;
  lng: number;
};

export const SEARCH_LIMIT = 12;
const TYPE_ORDER = { province: 0, city: 1, county: 2, station: 3 } as const;

/** The county and the city (or, for a county its province runs, the province) above it, nearest first. */
function place(code: string): Division[] {
  return ancestry(code).reverse().slice(0, 2);
}

/** "南昌市 东湖区" for a county code, nationwide; the code itself when unknown. */
export function countyLabel(code: string): string {
  const chain = place(code);
  return chain.length ? chain.map((d) => d.name).reverse().join(' ') : code;
}

function countyLabelEn(code: string): string {
  const chain = place(code);
  return chain.length ? chain.map((d) => d.nameEn).join(', ') : code;
}

function divisionResult(d: Division): SearchResult {
  const parent = d.parentCode ? division(d.parentCode) : undefined;
  return {
    type: d.level, id: d.code, name: d.name, nameEn: d.nameEn,
    context: parent?.name ?? '', contextEn: parent?.nameEn ?? '', lat: d.lat, lng: d.lng,
  };
}

export function searchPlaces(index: StationIndex, q: string, limit = SEARCH_LIMIT): SearchResult[] {
  const ranked: { rank: Rank; result: SearchResult }[] = searchDivisions(q, limit).map((h) => ({ rank: h.rank, result: divisionResult(h.division) }));
  for (const { i, rank } of index.search.find(q, limit)) {
    const r = index.row(i)!;
    ranked.push({
      rank,
      result: { type: 'station', id: r.id, name: r.name, context: countyLabel(r.countyCode), contextEn: countyLabelEn(r.countyCode), lat: r.lat, lng: r.lng },
    });
  }
  // Stable: within a rank and type, each source already gave its own order (divisions by code, stations by index).
  ranked.sort((a, b) => a.rank - b.rank || TYPE_ORDER[a.result.type] - TYPE_ORDER[b.result.type]);
  return ranked.slice(0, limit).map((x) => x.result);
}
