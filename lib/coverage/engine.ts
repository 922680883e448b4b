import { CELL_M, type Grid, buildGrid } from './grid';
import { suggestSites } from './greedy';
import { type Entry, figuresOf, reachBox } from './figures';
import { coveredKm2, largestGap, markReach } from './measure';
import { gridPayload } from './payload';
import type { ReachProvider } from './reach';
import { rollup } from './rollup';
import type { CoverageCounty, CoverageDivisions } from './divisions';
import { type CountyCounts, type StationSource, countedFilters, countsByCounty, positionsHash, stationsIn } from './station-source';
import type { CountyDetail, CountyFigures, Mode, ProvinceCoverage } from './types';

// Coverage for every county, cached per county under a fingerprint of the
// stations that can reach it. A change to the stations recomputes only the
// counties those stations reach; everything else is a cache hit.

type Options = { cellM?: number; maxEntries?: number };

const NO_COUNTS: CountyCounts = { inUse: 0, h24: 0, counted: 0 };
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class CoverageEngine {
  readonly cellM: number;
  /** Counties computed and served from cache since start (for the bench and logs). */
  readonly stats = { computed: 0, reused: 0 };
  private readonly grids = new Map<string, Grid | null>();
  private readonly entries = new Map<string, Promise<Entry>>();
  private readonly provinces = new WeakMap<StationSource, Map<string, Promise<ProvinceCoverage>>>();
  private readonly counts = new WeakMap<StationSource, Map<string, Map<string, CountyCounts>>>();
  private readonly maxEntries: number;

  constructor(readonly provider: ReachProvider, private readonly divisions: CoverageDivisions, opts: Options = {}) {
    this.cellM = opts.cellM ?? CELL_M;
    this.maxEntries = opts.maxEntries ?? 1200;
  }

  /** Every county, city and the province. Concurrent callers share one computation. */
  province(src: StationSource, mode: Mode, openNow: boolean, now: Date): Promise<ProvinceCoverage> {
    const key = `${mode}|${src.filterKey(countedFilters(openNow), now)}`;
    let memo = this.provinces.get(src);
    if (!memo) this.provinces.set(src, (memo = new Map()));
    let result = memo.get(key);
    if (!result) {
      result = this.computeProvince(src, mode, openNow, now);
      memo.set(key, result);
      result.catch(() => memo.delete(key));
      // "Open now" answers change by the minute: keep a few, not every minute's.
      if (memo.size > 6) memo.delete(memo.keys().next().value!);
    }
    return result;
  }

  async county(src: StationSource, code: string, mode: Mode, openNow: boolean, now: Date, count = 3): Promise<CountyDetail | null> {
    const div = this.divisions.counties.find((c) => c.code === code);
    if (!div) return null;
    const counts = this.countsOf(src, openNow, now).get(code) ?? NO_COUNTS;
    const entry = await this.entry(src, div, mode, src.matcher(countedFilters(openNow), now));
    const radiusM = this.provider.maxReachM(mode);
    if (!entry) return { mode, openNow, radiusM, figures: figuresOf(div, null, counts), grid: null, suggestions: [] };
    let suggestions = entry.suggestions.get(count);
    if (!suggestions) {
      suggestions = suggestSites(entry.grid, entry.covered, this.provider.candidateRadiusM(mode), count);
      entry.suggestions.set(count, suggestions);
    }
    const grid = gridPayload(entry.grid, entry.covered, entry.gap.cells);
    return { mode, openNow, radiusM, figures: figuresOf(div, entry, counts), grid, suggestions };
  }

  private async computeProvince(src: StationSource, mode: Mode, openNow: boolean, now: Date): Promise<ProvinceCoverage> {
    const match = src.matcher(countedFilters(openNow), now);
    const counts = this.countsOf(src, openNow, now);
    const counties: CountyFigures[] = [];
    for (const div of this.divisions.counties) {
      const before = this.stats.computed;
      counties.push(figuresOf(div, await this.entry(src, div, mode, match), counts.get(div.code) ?? NO_COUNTS));
      // Let other requests in between counties that took real work.
      if (this.stats.computed > before) await tick();
    }
    const cities = this.divisions.cities.map((c) => rollup(c.code, c.name, counties.filter((x) => x.cityCode === c.code)));
    const { code, name } = this.divisions.province;
    return { mode, openNow, radiusM: this.provider.maxReachM(mode), cellM: this.cellM, counties, cities, province: rollup(code, name, counties) };
  }

  /** Per-county station counts, one pass over the index per data version (and minute, for "open now"). */
  private countsOf(src: StationSource, openNow: boolean, now: Date): Map<string, CountyCounts> {
    const key = src.filterKey(countedFilters(openNow), now);
    let memo = this.counts.get(src);
    if (!memo) this.counts.set(src, (memo = new Map()));
    let counts = memo.get(key);
    if (!counts) {
      if (memo.size > 6) memo.clear();
      memo.set(key, (counts = countsByCounty(src, openNow, now)));
    }
    return counts;
  }

  private grid(div: CoverageCounty): Grid | null {
    if (!this.grids.has(div.code)) this.grids.set(div.code, div.geometry ? buildGrid(div.geometry, this.cellM) : null);
    return this.grids.get(div.code)!;
  }

  private async entry(src: StationSource, div: CoverageCounty, mode: Mode, match: (i: number) => boolean): Promise<Entry | null> {
    const grid = this.grid(div);
    if (!grid) return null;
    const ids = stationsIn(src, reachBox(grid, this.provider.maxReachM(mode)), match);
    const key = [div.code, mode, this.provider.key, positionsHash(src, ids)].join('|');
    const hit = this.entries.get(key);
    if (hit) {
      this.stats.reused++;
      this.entries.delete(key); // re-insert: the Map's order is the LRU order
      this.entries.set(key, hit);
      return hit;
    }
    const entry = this.compute(src, grid, ids, mode);
    this.entries.set(key, entry);
    entry.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  private async compute(src: StationSource, grid: Grid, ids: number[], mode: Mode): Promise<Entry> {
    this.stats.computed++;
    const points = ids.map((i) => ({ lng: src.lng[i]!, lat: src.lat[i]! }));
    const covered = markReach(grid, points, await this.provider.reach(points, mode));
    return { grid, covered, coveredKm2: coveredKm2(grid, covered), gap: largestGap(grid, covered), suggestions: new Map() };
  }
}
