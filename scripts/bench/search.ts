// Search latency: in process over 200,000 realistic station names (index build
// time with pinyin-pro, memory of the keys, µs per query), and over HTTP
// against the bench server for the same queries.
import { allDivisions } from '@/lib/divisions/catalog';
import { searchPlaces } from '@/lib/stations/search';
import { type IndexRow, StationIndex } from '@/lib/stations/station-index';
import { StationSearch } from '@/lib/stations/station-search';
import type { Client } from './client';
import { type Latency, latency, mulberry32 } from './stats';

/** What people type: Chinese, pinyin, initials, English, a station word, and a miss (the full scan). */
export const SEARCH_QUERIES = ['郑州', 'zhengzhou', 'dcx', 'Duchang County', 'huayuanlu', 'zhigongyizhan', 'xyzzyq'];

const STREETS = ['花园路', '人民路', '解放大道', '建设路', '新华街', '文化路', '中山北路', '城关镇', '工业园区', '长江路', '和平街', '银行大厦'];
const KINDS = ['职工驿站', '爱心驿站', '户外劳动者服务站点', '暖心驿站', '劳动者港湾', '工会服务站', '环卫工人休息点'];

/** Names as real union lists write them: county, street, kind, number. Deterministic. */
export function realisticRows(count: number): IndexRow[] {
  const rng = mulberry32(17_003);
  const counties = allDivisions().filter((d) => d.level === 'county');
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const c = pick(counties);
    return {
      id: `s${n}`, name: `${c.name}${pick(STREETS)}${pick(KINDS)}${1 + Math.floor(rng() * 40)}号`, kind: 'station', status: 'in_use',
      lat: c.lat, lng: c.lng, address: '', countyCode: c.code, amenities: '', openingHours: '24/7',
    };
  });
}

export type SearchQueryRun = { q: string; results: number; us: Latency };
export type SearchBench = { stations: number; buildMs: number; keysMb: number; queries: SearchQueryRun[] };

function timeQueries(run: (q: string) => Promise<number> | number, reps: number) {
  return async (q: string): Promise<SearchQueryRun> => {
    let results = 0;
    const us: number[] = [];
    for (let k = 0; k < reps; k++) {
      const t0 = performance.now();
      results = await run(q);
      us.push((performance.now() - t0) * 1000);
    }
    return { q, results, us: latency(us) };
  };
}

async function sequential(queries: readonly string[], each: (q: string) => Promise<SearchQueryRun>) {
  const out: SearchQueryRun[] = [];
  for (const q of queries) out.push(await each(q));
  return out;
}

/** In process: build the keys as index-store does (in slices), then time searchPlaces. */
export async function runSearchInProcess(count: number, reps = 200): Promise<SearchBench> {
  const rows = realisticRows(count);
  searchPlaces(new StationIndex([], { openNow: () => true, is24x7: () => true }), 'warm'); // the divisions' keys, once per process
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const search = await StationSearch.build(rows.map((r) => r.name));
  const buildMs = Math.round(performance.now() - t0);
  globalThis.gc?.();
  const keysMb = Math.round(((process.memoryUsage().heapUsed - heap0) / 2 ** 20) * 10) / 10;
  const index = new StationIndex(rows, { openNow: () => true, is24x7: () => true }, search);
  const queries = await sequential(SEARCH_QUERIES, timeQueries((q) => searchPlaces(index, q).length, reps));
  return { stations: count, buildMs, keysMb, queries };
}

/** Over HTTP against the running bench server, one keep-alive connection. */
export function runSearchHttp(client: Client, reps = 50): Promise<SearchQueryRun[]> {
  const ask = async (q: string) => {
    const s = await client.ok(`/api/search?q=${encodeURIComponent(q)}`);
    return (JSON.parse(s.body.toString()) as { results: unknown[] }).results.length;
  };
  return sequential(SEARCH_QUERIES, timeQueries(ask, reps));
}

export function printSearch(title: string, runs: SearchQueryRun[]): void {
  console.log(`\n${title}\n${'query'.padEnd(18)}${'n'.padStart(6)}${'results'.padStart(9)}${'p50'.padStart(10)}${'p95'.padStart(10)}  (µs)`);
  for (const r of runs) {
    console.log(`${r.q.padEnd(18)}${String(r.us.n).padStart(6)}${String(r.results).padStart(9)}${r.us.p50.toFixed(0).padStart(10)}${r.us.p95.toFixed(0).padStart(10)}`);
  }
}
