import { cities, counties } from '@/lib/divisions-data';
import type { StationIndex } from './station-index';

// Search for a place to centre the nearest list on, for workers without
// geolocation: a county or city by name, or a station by name.

export type SearchResult = {
  type: 'city' | 'county' | 'station';
  id: string;
  name: string;
  /** County and city for a station, city for a county. */
  context: string;
  lat: number;
  lng: number;
};

const stem = (name: string) => name.replace(/(市|区|县)$/u, '');

function matches(name: string, q: string): boolean {
  return name.includes(q) || (stem(name).length >= 2 && q.includes(stem(name)));
}

const countyByCode = new Map(counties.map((c) => [c.code, c]));

export function countyLabel(code: string): string {
  const c = countyByCode.get(code);
  return c ? `${c.cityName} ${c.name}` : code;
}

export function searchPlaces(index: StationIndex, rawQ: string, limit = 12): SearchResult[] {
  const q = rawQ.trim();
  const out: SearchResult[] = [];
  for (const c of cities) {
    if (matches(c.name, q)) out.push({ type: 'city', id: c.code, name: c.name, context: '', lat: c.lat, lng: c.lng });
  }
  for (const c of counties) {
    if (matches(c.name, q)) out.push({ type: 'county', id: c.code, name: c.name, context: c.cityName, lat: c.lat, lng: c.lng });
  }
  for (const i of index.searchNames(q, Math.max(0, limit - out.length))) {
    const r = index.row(i)!;
    out.push({ type: 'station', id: r.id, name: r.name, context: countyLabel(r.countyCode), lat: r.lat, lng: r.lng });
  }
  return out.slice(0, limit);
}
