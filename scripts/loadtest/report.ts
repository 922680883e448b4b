// The load test's verdicts and its printed tables. Every target is a ratio
// against a route measured in the same run on the same machine (the liveness
// probe, nearest), so a busy or slower machine moves both sides alike.
import { KINDS } from './mix';
import type { Db } from './options';
import type { LoadResult } from './run';

export const TARGET = {
  stationVsNearest: 0.5, mixVsProbe: 0.8, p99VsProbe: 1.5, maxMs: 2000, failed: 0, rssMb: 350, sampleMax: 5000, rssGrowth: 0.05,
  /** What the index and caches may add over the empty database, at 200,000 stations. */
  overEmptyMb: 150,
};

export type Phase = 'probe' | 'nearest' | 'station' | 'mix';
export type PhaseRun = LoadResult & { phase: Phase; rssMb: number[]; otherCpuCores: number; serverAndClientCpuCores: number };
/** `info`: a target for another data size, missed here (printed as MISS, not counted). */
export type Check = { what: string; value: string; target: string; pass: boolean; info?: boolean };

export type RunReport = {
  db: Db; stations: number; workers: number; indexLoadMs: number; rssStartMb: number[]; rssWarmMb: number[];
  runs: PhaseRun[]; checks: Check[]; pass: boolean;
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

const runsOf = (r: Pick<RunReport, 'runs'>, p: Phase) => r.runs.filter((x) => x.phase === p);
const firstOf = (r: Pick<RunReport, 'runs'>, p: Phase) => runsOf(r, p)[0]!;

/** The worst of the repeated mix runs: the lowest req/s, the highest p99 and max. */
function worstMix(r: Pick<RunReport, 'runs'>) {
  const mixes = runsOf(r, 'mix');
  return {
    rps: Math.min(...mixes.map((m) => m.rps)), p99: Math.max(...mixes.map((m) => m.latency.p99)),
    max: Math.max(...mixes.map((m) => m.latency.max)), rssMb: sum(mixes.at(-1)!.rssMb),
  };
}

/** The speed targets are the sample data's (Jiangxi's ~4,700 stations); at other counts they are printed, not judged. */
function ratioChecks(r: Pick<RunReport, 'runs' | 'stations'>): Check[] {
  const [probe, nearest, station] = [firstOf(r, 'probe'), firstOf(r, 'nearest'), firstOf(r, 'station')];
  const mix = worstMix(r);
  const judged = r.stations <= TARGET.sampleMax;
  return judgedOnly(judged, [
    { what: 'station pages alone / nearest alone, req/s', value: String(round2(station.rps / nearest.rps)), target: `≥ ${TARGET.stationVsNearest}`, pass: station.rps >= TARGET.stationVsNearest * nearest.rps },
    { what: 'mix / probe, req/s (slowest mix run)', value: String(round2(mix.rps / probe.rps)), target: `≥ ${TARGET.mixVsProbe}`, pass: mix.rps >= TARGET.mixVsProbe * probe.rps },
    { what: 'mix p99 / probe p99 (worst mix run)', value: String(round2(mix.p99 / probe.latency.p99)), target: `≤ ${TARGET.p99VsProbe}`, pass: mix.p99 <= TARGET.p99VsProbe * probe.latency.p99 },
    { what: 'mix max latency, ms (worst mix run)', value: String(mix.max), target: `≤ ${TARGET.maxMs}`, pass: mix.max <= TARGET.maxMs },
  ]);
}

function judgedOnly(judged: boolean, checks: Check[]): Check[] {
  return judged ? checks : checks.map((c) => ({ ...c, target: `${c.target}, for the sample data`, pass: true, info: !c.pass }));
}

const largestAfterLoad = (r: Pick<RunReport, 'runs'>) => Math.max(...runsOf(r, 'mix').at(-1)!.rssMb);

function memoryChecks(r: Omit<RunReport, 'checks' | 'pass'>): Check[] {
  const checks: Check[] = [];
  const mixes = runsOf(r, 'mix');
  const last = mixes.at(-1)!;
  const perProcess = largestAfterLoad(r);
  if (r.stations <= TARGET.sampleMax) {
    checks.push({ what: 'RSS after the load, largest process, MB', value: String(perProcess), target: `≤ ${TARGET.rssMb}`, pass: perProcess <= TARGET.rssMb });
  }
  if (mixes.length > 1) {
    const growth = sum(last.rssMb) / sum(mixes[0]!.rssMb) - 1;
    checks.push({ what: `RSS growth over ${mixes.length - 1} more mix runs`, value: `${(growth * 100).toFixed(1)} %`, target: `< ${TARGET.rssGrowth * 100} %`, pass: growth < TARGET.rssGrowth });
  }
  return checks;
}

/** Every failed request counts: a connection error, a timeout or an answer other than 2xx, in any run. */
export function verdict(r: Omit<RunReport, 'checks' | 'pass'>): { checks: Check[]; pass: boolean } {
  const failed = sum(r.runs.map((x) => x.errors + x.non2xx));
  const timeouts = sum(r.runs.map((x) => x.timeouts));
  // The empty database is the baseline: its lists are empty and its station pages 404s by design, so only memory is judged.
  const checks = r.stations === 0 ? memoryChecks(r) : [
    ...ratioChecks(r),
    { what: 'failed requests in all runs (timeouts)', value: `${failed} (${timeouts})`, target: `${TARGET.failed}`, pass: failed === TARGET.failed },
    ...memoryChecks(r),
  ];
  return { checks, pass: checks.every((c) => c.pass) };
}

/** The index and caches: each count's RSS after the load over the empty database's (same database, same processes). */
export function addOverEmptyChecks(runs: RunReport[]): void {
  for (const r of runs) {
    const base = runs.find((b) => b.stations === 0 && b.db === r.db && b.workers === r.workers);
    if (r.stations === 0 || !base) continue;
    const mb = largestAfterLoad(r) - largestAfterLoad(base);
    const applies = r.stations >= 200_000;
    const check = {
      what: `RSS over the empty database after the same load, largest process, MB${applies ? '' : ' (target at 200,000 stations)'}`,
      value: String(mb), target: `≤ ${TARGET.overEmptyMb}`, pass: !applies || mb <= TARGET.overEmptyMb,
    };
    r.checks.push(check);
    r.pass &&= check.pass;
    console.log(`  ${r.db}, ${r.stations} stations, ${r.workers} process(es): ${checkLine(check)}`);
  }
}

const checkLine = (c: Check) => `${c.info ? 'MISS' : c.pass ? 'PASS' : 'FAIL'}  ${c.what}: ${c.value} (target ${c.target})`;

const pad = (v: string | number, w: number) => String(v).padStart(w);

export function printPhase(r: PhaseRun): void {
  console.log(`\n  ${r.phase}: ${r.requests} requests in ${r.seconds} s = ${r.rps} req/s; RSS after: ${r.rssMb.join(' + ')} MB`);
  console.log(`    ${'kind'.padEnd(8)} ${pad('requests', 9)} ${pad('p50', 7)} ${pad('p95', 7)} ${pad('p99', 7)} ${pad('max', 7)} ${pad('non-2xx', 8)}  (ms)`);
  const line = (name: string, n: number, l: LoadResult['latency'], non2xx: number) =>
    console.log(`    ${name.padEnd(8)} ${pad(n, 9)} ${pad(l.p50, 7)} ${pad(l.p95, 7)} ${pad(l.p99, 7)} ${pad(l.max, 7)} ${pad(non2xx, 8)}`);
  for (const k of KINDS) if (r.byKind[k].requests) line(k, r.byKind[k].requests, r.byKind[k].latency, r.byKind[k].non2xx);
  if (r.phase === 'mix') line('all', r.requests, r.latency, r.non2xx);
  console.log(`    errors ${r.errors} (timeouts ${r.timeouts}); CPU: server + load generator ${r.serverAndClientCpuCores} cores, everything else ${r.otherCpuCores}`);
}

export function printChecks(r: RunReport): void {
  console.log(`\n  ${r.db}, ${r.stations} stations, ${r.workers} process(es): RSS ${r.rssStartMb.join(' + ')} MB after start, ${r.rssWarmMb.join(' + ')} MB after warm-up`);
  for (const c of r.checks) console.log(`    ${checkLine(c)}`);
}

export function printSummary(runs: RunReport[]): void {
  console.log(`\n${'database'.padEnd(10)} ${pad('stations', 8)} ${pad('procs', 5)} ${pad('probe/s', 8)} ${pad('near/s', 7)} ${pad('page/s', 7)} ${pad('mix/s', 6)} ${pad('mix p99', 8)} ${pad('max', 6)} ${pad('RSS MB', 7)}  result`);
  for (const r of runs) {
    const mix = worstMix(r);
    const rps = (p: Phase) => firstOf(r, p).rps;
    console.log(`${r.db.padEnd(10)} ${pad(r.stations, 8)} ${pad(r.workers, 5)} ${pad(rps('probe'), 8)} ${pad(rps('nearest'), 7)} ${pad(rps('station'), 7)} ${pad(mix.rps, 6)} ${pad(mix.p99, 8)} ${pad(mix.max, 6)} ${pad(mix.rssMb, 7)}  ${r.pass ? 'PASS' : 'FAIL'}`);
  }
}
