// Times region-wide coverage (lib/coverage) in process, for the issue's
// targets: 5,000 stations in Jiangxi ≤ 2 s cold; 200,000 stations across all
// China ≤ 120 s cold in ≤ 600 MB peak RSS; one edit recomputes only the
// counties it reaches, in ≤ 2 s.
import { readFileSync } from 'node:fs';
import { chinaDivisions } from '@/lib/coverage/divisions';
import { CoverageEngine } from '@/lib/coverage/engine';
import { BufferReach } from '@/lib/coverage/reach';
import { loadCoverageSettings } from '@/lib/coverage/settings';
import type { Mode } from '@/lib/coverage/types';
import type { IndexRow } from '@/lib/stations/station-index';
import { indexOf, withOneMore } from './coverage-data';

export type CoverageRun = {
  label: string; region: string; stations: number; inRegion: number; indexMs: number;
  coldMs: Record<Mode, number>; gridCounties: number; outlineCounties: number; warmMs: number; reloadMs: number; reloadComputed: number;
  changeMs: number; changeComputed: number; countyMs: number; countyName: string; walkShare: number; ebikeShare: number; rssMb: number; peakRssMb: number;
  /** Peak RSS after building the index, and after both cold runs: what the coverage itself added. */
  peakAfterIndexMb: number; peakAfterColdMb: number;
};

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, Math.round((performance.now() - t0) * 10) / 10];
}

/** Peak resident memory of this process so far (Linux), else the current RSS. */
function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(safeRead('/proc/self/status'));
  return Math.round((m ? Number(m[1]) * 1024 : process.memoryUsage().rss) / 2 ** 20);
}
const safeRead = (file: string) => { try { return readFileSync(file, 'utf8'); } catch { return ''; } };

/** The index's stations as rows again (what a reload reads from the database). */
function rowsOf(index: ReturnType<typeof indexOf>): IndexRow[] {
  return Array.from({ length: index.size }, (_, i) => index.row(i)!);
}

/** `load` is called once: like the app, the bench keeps the index, not the rows it was built from. */
export async function benchCoverage(label: string, load: () => IndexRow[], region: string): Promise<CoverageRun> {
  const now = new Date();
  // One index alive at a time, as in the app: each reload replaces the last.
  const [first, indexMs] = await timed(async () => indexOf(load()));
  let index = first;
  const peakAfterIndexMb = peakRssMb();
  const engine = new CoverageEngine(new BufferReach(loadCoverageSettings().radiusM), chinaDivisions);
  const area = (mode: Mode) => engine.area(index, region, mode, false, now)!;
  const [walk, coldWalk] = await timed(() => area('walk'));
  const [gridCounties, outlineCounties] = [engine.stats.computed, engine.stats.outlined];
  const [ebike, coldEbike] = await timed(() => area('ebike'));
  const peakAfterColdMb = peakRssMb();
  const [, warmMs] = await timed(() => area('walk'));
  // The index reloads after any write: same stations, new object. Every county must come from cache.
  index = indexOf(rowsOf(index));
  let before = engine.stats.computed;
  const [, reloadMs] = await timed(() => area('walk'));
  const reloadComputed = engine.stats.computed - before;
  before = engine.stats.computed;
  index = indexOf(withOneMore(rowsOf(index)));
  const [, changeMs] = await timed(() => area('walk'));
  const changeComputed = engine.stats.computed - before;
  // The largest county with a station reaching it: its grid, gap and suggestions by e-bike.
  const biggest = [...walk.counties].filter((c) => (c.coveredKm2 ?? 0) > 0).sort((a, b) => b.areaKm2! - a.areaKm2!)[0] ?? walk.counties[0]!;
  const [, countyMs] = await timed(() => engine.county(index, biggest.code, 'ebike', false, now));
  return {
    label, region, stations: index.size - 1, inRegion: walk.region.stationsInUse, indexMs,
    coldMs: { walk: coldWalk, ebike: coldEbike }, gridCounties, outlineCounties, warmMs, reloadMs, reloadComputed, changeMs, changeComputed,
    countyMs, countyName: `${biggest.nameEn} ${Math.round(biggest.areaKm2 ?? 0).toLocaleString('en')} km²`,
    walkShare: walk.region.coveredShare, ebikeShare: ebike.region.coveredShare,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20), peakRssMb: peakRssMb(), peakAfterIndexMb, peakAfterColdMb,
  };
}

export type CoverageCheck = { target: string; measured: string; pass: boolean };

export function coverageChecks(runs: CoverageRun[]): CoverageCheck[] {
  const checks: CoverageCheck[] = [];
  for (const r of runs) {
    const cold = Math.max(r.coldMs.walk, r.coldMs.ebike);
    const limit = r.stations <= 5000 ? 2000 : 120_000;
    checks.push({ target: `${r.label}: cold region ≤ ${limit / 1000} s`, measured: `${cold} ms`, pass: cold <= limit });
    checks.push({ target: `${r.label}: after an index reload, every county from cache`, measured: `${r.reloadComputed} recomputed, ${r.reloadMs} ms`, pass: r.reloadComputed === 0 });
    checks.push({ target: `${r.label}: one new station recomputes 1–4 counties in ≤ 2 s`, measured: `${r.changeComputed} recomputed, ${r.changeMs} ms`, pass: r.changeComputed >= 1 && r.changeComputed <= 4 && r.changeMs <= 2000 });
  }
  // The memory target is the cold computation's. Later phases rebuild the index twice (as the
  // app's reload does, old and new alive at once): their peak is printed, not judged here.
  const peak = Math.max(...runs.map((r) => r.peakAfterColdMb));
  checks.push({ target: 'peak RSS through the cold runs ≤ 600 MB', measured: `${peak} MB`, pass: peak <= 600 });
  return checks;
}

export function printCoverage(runs: CoverageRun[], checks: CoverageCheck[]): void {
  console.log('\nCoverage (lib/coverage, in process; ms)');
  const head = [['set', 34], ['region', 8], ['stations', 9], ['in use', 8], ['index', 7], ['cold walk', 10], ['grids', 6], ['outlines', 9], ['cold ebike', 11], ['warm', 6], ['reload', 7], ['+1 stn', 7], ['county', 8], ['walk %', 7], ['ebike %', 8], ['RSS', 5], ['peak', 5]] as const;
  console.log(head.map(([h, w], i) => (i ? h.padStart(w) : h.padEnd(w))).join(''));
  for (const r of runs) {
    const cells = [r.label, r.region, r.stations, r.inRegion, r.indexMs, r.coldMs.walk, r.gridCounties, r.outlineCounties, r.coldMs.ebike, r.warmMs, r.reloadMs, r.changeMs, r.countyMs,
      (r.walkShare * 100).toFixed(1), (r.ebikeShare * 100).toFixed(1), r.rssMb, r.peakRssMb];
    console.log(cells.map((c, i) => (i ? String(c).padStart(head[i]![1]) : String(c).padEnd(head[i]![1]))).join(''));
  }
  for (const r of runs) console.log(`  ${r.label}: peak RSS ${r.peakAfterIndexMb} MB with the index built, ${r.peakAfterColdMb} MB after both cold runs, ${r.peakRssMb} MB at the end`);
  for (const r of runs) console.log(`  ${r.label}: county detail (e-bike, grid + 3 suggestions) of the largest reached county, ${r.countyName}: ${r.countyMs} ms`);
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.target.padEnd(62)} ${c.measured}`);
}
