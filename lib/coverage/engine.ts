import { geometryBbox } from '@/lib/geo/polygon';
import { CELL_M, buildGrid } from './grid';
import { suggestSites } from './greedy';
import { type Entry, type Measured, figuresOf, measuredOf, reachBox } from './figures';
import { coveredKm2, largestGap, markReach } from './measure';
import { outlineFigures } from './outline-figures';
import { gridPayload } from './payload';
import type { ReachProvider } from './reach';
import { rollup } from './rollup';
import type { CoverageCounty, CoverageDivisions } from './divisions';
import { type Box, type CountyCounts, type StationSource, countedFilters, countsByCounty, positionsHash, stationsIn } from './station-source';
import type { AreaCoverage, CountyDetail, CountyFigures, Mode } from './types';

// Coverage of any region of China, county by county. Each county's few
// figures are cached under a fingerprint of the stations that can reach it,
// so an edit recomputes only the counties that station reaches. Grids live
// only while a county is measured, and for the few counties being looked at
// (detail LRU): all of China at 250 m would be ~300 million cells. A county
// no station reaches is measured from its outline, with no grid at all.

type Options = { cellM?: number; maxEntries?: number; maxDetails?: number };

const NO_COUNTS: CountyCounts = { inUse: 0, h24: 0, counted: 0 };
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Puts a value last in a Map (its LRU order) and drops the oldest beyond `cap`. */
function remember<V>(map: Map<string, V>, key: string, value: V, cap: number): V {
  map.delete(key);
  map.set(key, value);
  while (map.size > cap) map.delete(map.keys().next().value!);
  return value;
}

export class CoverageEngine {
  readonly cellM: number;
  /** Counties measured on a grid, from their outline alone, and served from cache (for the bench and logs). */
  readonly stats = { computed: 0, outlined: 0, reused: 0 };
  private readonly boxes = new Map<string, Box | null>();
  private readonly measured = new Map<string, Promise<Measured | null>>();
  private readonly details = new Map<string, Promise<Entry>>();
  private readonly areas = new WeakMap<StationSource, Map<string, Promise<AreaCoverage>>>();
  private readonly counts = new WeakMap<StationSource, Map<string, Map<string, CountyCounts>>>();
  private readonly maxEntries: number;
  private readonly maxDetails: number;

  constructor(readonly provider: ReachProvider, private readonly divisions: CoverageDivisions, opts: Options = {}) {
    this.cellM = opts.cellM ?? CELL_M;
    this.maxEntries = opts.maxEntries ?? 12_000;
    this.maxDetails = opts.maxDetails ?? 6;
  }

  /** Every county of the region, its parts and itself; null for an unknown code. Concurrent callers share one computation. */
  area(src: StationSource, code: string, mode: Mode, openNow: boolean, now: Date): Promise<AreaCoverage> | null {
    if (!this.divisions.region(code)) return null;
    const key = `${code}|${mode}|${src.filterKey(countedFilters(openNow), now)}`;
    let memo = this.areas.get(src);
    if (!memo) this.areas.set(src, (memo = new Map()));
    const hit = memo.get(key);
    if (hit) return hit;
    const result = this.computeArea(src, code, mode, openNow, now);
    result.catch(() => memo.delete(key));
    // "Open now" answers change by the minute, and regions are many: keep a few.
    return remember(memo, key, result, 24);
  }

  async county(src: StationSource, code: string, mode: Mode, openNow: boolean, now: Date, count = 3): Promise<CountyDetail | null> {
    const div = this.divisions.county(code);
    if (!div) return null;
    const counts = this.countsOf(src, openNow, now).get(code) ?? NO_COUNTS;
    const radiusM = this.provider.maxReachM(mode);
    const key = this.keyOf(src, div, mode, src.matcher(countedFilters(openNow), now));
    if (!key) return { mode, openNow, radiusM, figures: figuresOf(div, null, counts), grid: null, suggestions: [] };
    const entry = await (this.details.get(key.text) ?? remember(this.details, key.text, this.computeEntry(src, div, key.ids, mode), this.maxDetails));
    // Unreached counties keep their outline's figures, as in the region's table; the grid is for drawing.
    const measured = key.ids.length ? measuredOf(entry) : await this.measure(src, div, mode, () => false);
    let suggestions = entry.suggestions.get(count);
    if (!suggestions) entry.suggestions.set(count, (suggestions = suggestSites(entry.grid, entry.covered, this.provider.candidateRadiusM(mode), count)));
    const grid = gridPayload(entry.grid, entry.covered, entry.gap.cells);
    return { mode, openNow, radiusM, figures: figuresOf(div, measured, counts), grid, suggestions };
  }

  private async computeArea(src: StationSource, code: string, mode: Mode, openNow: boolean, now: Date): Promise<AreaCoverage> {
    const region = this.divisions.region(code)!;
    const match = src.matcher(countedFilters(openNow), now);
    const counts = this.countsOf(src, openNow, now);
    const counties: CountyFigures[] = [];
    const all = this.divisions.counties(code);
    for (const div of all) {
      const before = this.stats.computed;
      counties.push(figuresOf(div, await this.measure(src, div, mode, match), counts.get(div.code) ?? NO_COUNTS));
      // Let other requests in between counties that took real work.
      if (this.stats.computed > before) await tick();
    }
    const byPart = new Map<string, CountyFigures[]>();
    all.forEach((div, i) => {
      const part = this.divisions.partOf(div, code);
      byPart.set(part, [...(byPart.get(part) ?? []), counties[i]!]);
    });
    const parts = this.divisions.parts(code).map((p) => rollup(p, byPart.get(p.code) ?? []));
    return { mode, openNow, radiusM: this.provider.maxReachM(mode), cellM: this.cellM, level: region.level, counties, parts, region: rollup(region, counties) };
  }

  /** Per-county station counts, one pass over the index per data version (and minute, for "open now"). */
  private countsOf(src: StationSource, openNow: boolean, now: Date): Map<string, CountyCounts> {
    const key = src.filterKey(countedFilters(openNow), now);
    let memo = this.counts.get(src);
    if (!memo) this.counts.set(src, (memo = new Map()));
    return memo.get(key) ?? remember(memo, key, countsByCounty(src, openNow, now), 6);
  }

  private boxOf(div: CoverageCounty): Box | null {
    if (!this.boxes.has(div.code)) {
      const g = div.geometry();
      const b = g && geometryBbox(g);
      // Grown by one cell: the grid's cells can reach past the outline by a fraction of one.
      const pad = (2 * this.cellM) / 1000 / 111;
      this.boxes.set(div.code, b && { minLng: b[0] - pad, minLat: b[1] - pad, maxLng: b[2] + pad, maxLat: b[3] + pad });
    }
    return this.boxes.get(div.code)!;
  }

  /** The cache key of a county: the stations that can reach it, by position. Null when it has no outline. */
  private keyOf(src: StationSource, div: CoverageCounty, mode: Mode, match: (i: number) => boolean) {
    const box = this.boxOf(div);
    if (!box) return null;
    const ids = stationsIn(src, reachBox(box, this.provider.maxReachM(mode)), match);
    return { ids, text: [div.code, mode, this.provider.key, this.cellM, positionsHash(src, ids)].join('|') };
  }

  private measure(src: StationSource, div: CoverageCounty, mode: Mode, match: (i: number) => boolean): Promise<Measured | null> {
    const key = this.keyOf(src, div, mode, match);
    if (!key) return Promise.resolve(null);
    const hit = this.measured.get(key.text);
    if (hit) {
      this.stats.reused++;
      return remember(this.measured, key.text, hit, this.maxEntries);
    }
    const result = key.ids.length === 0 ? Promise.resolve(this.outlined(div)) : this.computeEntry(src, div, key.ids, mode).then(measuredOf);
    result.catch(() => this.measured.delete(key.text));
    return remember(this.measured, key.text, result, this.maxEntries);
  }

  private outlined(div: CoverageCounty): Measured | null {
    this.stats.outlined++;
    const g = div.geometry();
    if (!g) return null;
    const o = outlineFigures(g);
    return { areaKm2: o.areaKm2, coveredKm2: 0, gapKm2: o.largestPartKm2, gapAt: o.partAt };
  }

  private async computeEntry(src: StationSource, div: CoverageCounty, ids: number[], mode: Mode): Promise<Entry> {
    this.stats.computed++;
    const grid = buildGrid(div.geometry()!, this.cellM);
    const points = ids.map((i) => ({ lng: src.lng[i]!, lat: src.lat[i]! }));
    const covered = markReach(grid, points, await this.provider.reach(points, mode));
    return { grid, covered, coveredKm2: coveredKm2(grid, covered), gap: largestGap(grid, covered), suggestions: new Map() };
  }
}
