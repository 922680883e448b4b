// Turns the measurements into tables, PASS/FAIL lines against the issue's
// targets, and bench-results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { FirstLoadJs } from '../first-load-js';
import { type Latency, kb } from './stats';
import type { LoadRun } from './throughput';
import type { NearestRun, ViewportRun } from './workloads';

export const TARGETS = { nearestP95Ms: 20, viewportP95Ms: 30, viewportMaxBytes: 60 * 1024, firstLoadGzipBytes: 180 * 1024 };

export type Check = { target: string; measured: string; limit: string; pass: boolean; noisy: boolean };
type Cpu = { otherCpuCores?: number };
// Above this many cores used by other processes, a run's latencies say more about the machine than the app.
const NOISY_CORES = 0.3;
const cpu = (r: Cpu) => (r.otherCpuCores === undefined ? '' : `   others ${r.otherCpuCores.toFixed(2)} cores${r.otherCpuCores > NOISY_CORES ? ' (busy)' : ''}`);

const ms = (x: number) => `${x.toFixed(1)} ms`;
const lat = (l: Latency) => [l.p50, l.p95, l.p99, l.max].map((x) => x.toFixed(2).padStart(8)).join('');
const HEAD = `${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}  (ms)`;

export function printNearest(runs: (NearestRun & Cpu)[]): void {
  console.log(`\nNearest-10, sequential on one keep-alive connection\n${'run'.padEnd(34)}${'n'.padStart(6)}${HEAD}`);
  for (const r of runs) {
    console.log(`${r.label.padEnd(34)}${String(r.latency.n).padStart(6)}${lat(r.latency)}   bytes max ${kb(r.bytes.max)}, <10 results: ${r.shortAnswers}${cpu(r)}`);
  }
}

export function printViewport(run: ViewportRun & Cpu): void {
  console.log(`\nViewport ${run.label} (1280×800 px boxes)${cpu(run)}\n${'zoom'.padEnd(6)}${'n'.padStart(5)}${HEAD}${'bytes p95'.padStart(12)}${'bytes max'.padStart(11)}${'gzip max'.padStart(10)}${'features'.padStart(9)}`);
  for (const z of run.perZoom) {
    const flag = z.bytes.max > TARGETS.viewportMaxBytes || z.latency.p95 > TARGETS.viewportP95Ms ? '  <-' : '';
    console.log(`${String(z.zoom).padEnd(6)}${String(z.latency.n).padStart(5)}${lat(z.latency)}        ${kb(z.bytes.p95).padStart(12)}${kb(z.bytes.max).padStart(11)}${kb(z.maxGzipBytes).padStart(10)}${String(z.maxFeatures).padStart(9)}${flag}`);
  }
  console.log(`${'all'.padEnd(6)}${String(run.latency.n).padStart(5)}${lat(run.latency)}        ${kb(run.bytes.p95).padStart(12)}${kb(run.bytes.max).padStart(11)}`);
}

export function printLoad(runs: (LoadRun & Cpu)[]): void {
  console.log(`\nThroughput, closed loop\n${'run'.padEnd(34)}${'conns'.padStart(6)}${'req/s'.padStart(7)}${HEAD}`);
  for (const r of runs) {
    console.log(`${r.label.padEnd(34)}${String(r.connections).padStart(6)}${String(r.rps).padStart(7)}${lat(r.latency)}   ${r.requests} ok, ${r.errors} errors in ${r.seconds} s${cpu(r)}`);
  }
}

export function checks(nearest: (NearestRun & Cpu)[], viewport: (ViewportRun & Cpu)[], firstLoad: FirstLoadJs | null): Check[] {
  const out: Check[] = [];
  for (const r of nearest) {
    out.push({ target: `nearest p95, ${r.label}`, measured: ms(r.latency.p95), limit: `≤ ${TARGETS.nearestP95Ms} ms`, pass: r.latency.p95 <= TARGETS.nearestP95Ms, noisy: (r.otherCpuCores ?? 0) > NOISY_CORES });
  }
  for (const r of viewport) {
    out.push({ target: `viewport p95, ${r.label}`, measured: ms(r.latency.p95), limit: `≤ ${TARGETS.viewportP95Ms} ms`, pass: r.latency.p95 <= TARGETS.viewportP95Ms, noisy: (r.otherCpuCores ?? 0) > NOISY_CORES });
    const worst = r.perZoom.reduce((a, b) => (b.bytes.max > a.bytes.max ? b : a));
    out.push({
      target: `viewport bytes max (every zoom), ${r.label}`, measured: `${kb(worst.bytes.max)} at z${worst.zoom}`,
      limit: `≤ ${kb(TARGETS.viewportMaxBytes)}`, pass: worst.bytes.max <= TARGETS.viewportMaxBytes, noisy: false,
    });
  }
  if (firstLoad) {
    out.push({ target: 'home first-load JS (initial, gzip)', measured: kb(firstLoad.initialGzip), limit: `≤ ${kb(TARGETS.firstLoadGzipBytes)}`, pass: firstLoad.pass, noisy: false });
  }
  return out;
}

// A pass on a busy machine is an upper bound and stands; a failure may be the machine's, not the app's.
const busyNote = (pass: boolean) => (pass ? '   (passed although other processes were busy)' : '   (other processes were busy: rerun before trusting this)');

export function printChecks(list: Check[]): void {
  console.log('\nTargets');
  for (const c of list) console.log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.target.padEnd(52)} ${c.measured.padStart(16)}   ${c.limit}${c.noisy ? busyNote(c.pass) : ''}`);
}

export function writeJson(results: unknown, file = 'bench-results/latest.json'): void {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}
