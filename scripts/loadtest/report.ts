// The load test's verdicts and its printed table.
import { KINDS } from './mix';
import type { Db } from './options';
import type { LoadResult } from './run';

export const TARGET = { p99Ms: 250, errors: 0 };

export type RunReport = LoadResult & {
  db: Db; stations: number; otherCpuCores: number; serverAndClientCpuCores: number;
  indexLoadMs: number; pass: boolean; failures: string[];
};

/** Every failed request counts: a connection error, a timeout or an answer other than 2xx. */
export function verdict(r: LoadResult): { pass: boolean; failures: string[] } {
  const failures: string[] = [];
  const failed = r.errors + r.non2xx; // autocannon's errors include its timeouts
  if (failed > TARGET.errors) failures.push(`${failed} failed requests (${r.non2xx} non-2xx, ${r.errors} errors of which ${r.timeouts} timeouts)`);
  if (!(r.latency.p99 <= TARGET.p99Ms)) failures.push(`p99 ${r.latency.p99} ms > ${TARGET.p99Ms} ms`);
  return { pass: failures.length === 0, failures };
}

const pad = (v: string | number, w: number) => String(v).padStart(w);

export function printRun(r: RunReport): void {
  console.log(`\n${r.db}, ${r.stations} stations: ${r.requests} requests in ${r.seconds} s at ${r.connections} connections = ${r.rps} req/s`);
  console.log(`  ${'kind'.padEnd(8)} ${pad('requests', 9)} ${pad('p50', 7)} ${pad('p95', 7)} ${pad('p99', 7)} ${pad('max', 7)} ${pad('non-2xx', 8)}  (ms)`);
  const line = (name: string, n: number, l: LoadResult['latency'], non2xx: number) =>
    console.log(`  ${name.padEnd(8)} ${pad(n, 9)} ${pad(l.p50, 7)} ${pad(l.p95, 7)} ${pad(l.p99, 7)} ${pad(l.max, 7)} ${pad(non2xx, 8)}`);
  for (const k of KINDS) line(k, r.byKind[k].requests, r.byKind[k].latency, r.byKind[k].non2xx);
  line('all', r.requests, r.latency, r.non2xx);
  const codes = Object.entries(r.statusCodes).map(([c, n]) => `${c}×${n}`).join(' ');
  console.log(`  errors ${r.errors} (timeouts ${r.timeouts}); status codes ${codes}`);
  console.log(`  CPU: server + load generator ${r.serverAndClientCpuCores} cores, everything else ${r.otherCpuCores} cores (of 2)`);
  console.log(`  ${r.pass ? 'PASS' : 'FAIL'}: 0 failed requests and p99 ≤ ${TARGET.p99Ms} ms${r.pass ? '' : ` — ${r.failures.join('; ')}`}`);
}

export function printSummary(runs: RunReport[]): void {
  console.log(`\n${'database'.padEnd(10)} ${pad('stations', 8)} ${pad('req/s', 6)} ${pad('p50', 7)} ${pad('p95', 7)} ${pad('p99', 7)} ${pad('failed', 7)}  result`);
  for (const r of runs) {
    const l = r.latency;
    console.log(`${r.db.padEnd(10)} ${pad(r.stations, 8)} ${pad(r.rps, 6)} ${pad(l.p50, 7)} ${pad(l.p95, 7)} ${pad(l.p99, 7)} ${pad(r.errors + r.non2xx, 7)}  ${r.pass ? 'PASS' : 'FAIL'}`);
  }
}
