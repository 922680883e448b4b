// Times province-wide coverage (lib/coverage) in process, for the issue's
// targets: 5,000 stations ≤ 2 s cold and served from cache after; 200,000
// stations ≤ 60 s, with a change recomputing only the counties it touches.
import { jiangxiDivisions } from '@/lib/coverage/divisions';
import { CoverageEngine } from '@/lib/coverage/engine';
import { BufferReach } from '@/lib/coverage/reach';
import { loadCoverageSettings } from '@/lib/coverage/settings';
import type { Mode } from '@/lib/coverage/types';
import type { IndexRow } from '@/lib/stations/station-index';
import { indexOf, withOneMore } from './coverage-data';

export type CoverageRun = {
  label: string; stations: number; inJiangxi: number; indexMs: number;
  coldMs: Record<Mode, number>; warmMs: number; reloadMs: number; reloadComputed: number;
  changeMs: number; changeComputed: number; countyMs: number; walkShare: number; ebikeShare: number; rssMb: number;
};

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, Math.round((performance.now() - t0) * 10) / 10];
}

export async function benchCoverage(label: string, rows: IndexRow[]): Promise<CoverageRun> {
  const now = new Date();
  const [index, indexMs] = await timed(async () => indexOf(rows));
  const engine = new CoverageEngine(new BufferReach(loadCoverageSettings().radiusM), jiangxiDivisions());
  const [walk, coldWalk] = await timed(() => engine.province(index, 'walk', false, now));
  const [ebike, coldEbike] = await timed(() => engine.province(index, 'ebike', false, now));
  const [, warmMs] = await timed(() => engine.province(index, 'walk', false, now));
  // The index reloads after any write: same stations, new object. Every county must come from cache.
  const reloaded = indexOf(rows);
  let before = engine.stats.computed;
  const [, reloadMs] = await timed(() => engine.province(reloaded, 'walk', false, now));
  const reloadComputed = engine.stats.computed - before;
  before = engine.stats.computed;
  const changed = indexOf(withOneMore(rows));
  const [, changeMs] = await timed(() => engine.province(changed, 'walk', false, now));
  const changeComputed = engine.stats.computed - before;
  const worst = [...walk.counties].filter((c) => c.coveredShare !== null).sort((a, b) => a.coveredShare! - b.coveredShare!)[0]!;
  const [, countyMs] = await timed(() => engine.county(changed, worst.code, 'ebike', false, now));
  return {
    label, stations: rows.length, inJiangxi: walk.province.stationsInUse, indexMs,
    coldMs: { walk: coldWalk, ebike: coldEbike }, warmMs, reloadMs, reloadComputed, changeMs, changeComputed, countyMs,
    walkShare: walk.province.coveredShare, ebikeShare: ebike.province.coveredShare,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

export type CoverageCheck = { target: string; measured: string; pass: boolean };

export function coverageChecks(runs: CoverageRun[]): CoverageCheck[] {
  const checks: CoverageCheck[] = [];
  for (const r of runs) {
    const cold = Math.max(r.coldMs.walk, r.coldMs.ebike);
    const limit = r.stations <= 5000 ? 2000 : 60_000;
    checks.push({ target: `${r.label}: cold province ≤ ${limit / 1000} s`, measured: `${cold} ms`, pass: cold <= limit });
    checks.push({ target: `${r.label}: after an index reload, every county from cache`, measured: `${r.reloadComputed} recomputed, ${r.reloadMs} ms`, pass: r.reloadComputed === 0 });
    checks.push({ target: `${r.label}: one new station recomputes 1–4 counties`, measured: `${r.changeComputed} recomputed, ${r.changeMs} ms`, pass: r.changeComputed >= 1 && r.changeComputed <= 4 });
  }
  return checks;
}

export function printCoverage(runs: CoverageRun[], checks: CoverageCheck[]): void {
  console.log('\nCoverage (lib/coverage, in process; ms)');
  console.log(`${'set'.padEnd(26)}${'stations'.padStart(9)}${'in use JX'.padStart(10)}${'index'.padStart(8)}${'cold walk'.padStart(10)}${'cold ebike'.padStart(11)}${'warm'.padStart(7)}${'reload'.padStart(8)}${'+1 stn'.padStart(8)}${'county'.padStart(8)}${'walk %'.padStart(8)}${'ebike %'.padStart(8)}${'RSS MB'.padStart(8)}`);
  for (const r of runs) {
    const pct = (x: number) => (x * 100).toFixed(1).padStart(8);
    console.log(`${r.label.padEnd(26)}${String(r.stations).padStart(9)}${String(r.inJiangxi).padStart(10)}${String(r.indexMs).padStart(8)}${String(r.coldMs.walk).padStart(10)}${String(r.coldMs.ebike).padStart(11)}${String(r.warmMs).padStart(7)}${String(r.reloadMs).padStart(8)}${String(r.changeMs).padStart(8)}${String(r.countyMs).padStart(8)}${pct(r.walkShare)}${pct(r.ebikeShare)}${String(r.rssMb).padStart(8)}`);
  }
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.target.padEnd(62)} ${c.measured}`);
}
