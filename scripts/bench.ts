// End-to-end performance check of Yizhan at 200,000 stations, over HTTP against
// the production build, as the targets are stated.
//   npx tsx scripts/bench.ts [--count 200000] [--samples 2000] [--port 3200] [--connections 10] [--seconds 10]
//                            [--quiet-wait 180] [--no-browser] [--no-import]
// Exits non-zero only when the benchmark itself fails; missed targets print FAIL.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type FirstLoadJs, measureFirstLoad, printFirstLoad } from './first-load-js';
import { Client } from './bench/client';
import { type Measured, loadAverage, waitForQuiet, withCpu } from './bench/machine';
import { BENCH_DB_URL, ensureBenchDb, ensureBuild, readBuildId, stationCoords } from './bench/prepare';
import { checks, printChecks, printLoad, printNearest, printViewport, writeJson } from './bench/report';
import { type Server, freePort, serverPid, startServer, statusField, stopServer, waitForServer } from './bench/server';
import { argValue, mulberry32 } from './bench/stats';
import { runLocateBench } from './bench/locate';
import { runImportBench } from './bench-import';
import { runSearchBench } from './bench-search';
import { printSearch, runSearchHttp } from './bench/search';
import { runLoad } from './bench/throughput';
import { warmUp } from './bench/warmup';
import {
  type Point, densestPoints, nearestPath, randomPoints, runNearest, runViewport, sweepJobs, viewportJobs, viewportPath,
} from './bench/workloads';

const FILTER = '&amenities=ebike_charging&openNow=1';
const opts = {
  count: argValue('--count', 200_000), samples: argValue('--samples', 2000), port: argValue('--port', 3200),
  connections: argValue('--connections', 10), seconds: argValue('--seconds', 10), quietWait: argValue('--quiet-wait', 180),
  browser: !process.argv.includes('--no-browser'),
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function startAndWarm(server: Server, client: Client, rng: () => number, coords: Float64Array) {
  const startupMs = Math.round(await waitForServer(server, () => client.get('/api/stations/nearest?lat=x')));
  console.log(`server: listening after ${(startupMs / 1000).toFixed(1)} s on port ${server.port}; warming up…`);
  const rssBeforeIndexBytes = statusField(serverPid(server), 'VmRSS'); // the framework alone, before any data
  const warmup = await warmUp(client, server, randomPoints(rng, coords, 150), FILTER);
  console.log(`first nearest request (DB read + index build): ${warmup.firstNearestMs} ms`);
  console.log(`first viewport (supercluster build): ${warmup.firstViewportMs} ms, with filter: ${warmup.firstViewportFilteredMs} ms; first home page: ${warmup.firstHomePageMs} ms`);
  console.log(`next-server pid ${warmup.serverPid}: RSS ${mb(rssBeforeIndexBytes)} before the first data request, ${mb(warmup.rssBytes)} after warm-up (peak ${mb(warmup.peakRssBytes)})`);
  return { startupMs, rssBeforeIndexBytes, warmup };
}

/** One run, measured for CPU, then the server's RSS after it (memory must stay flat run after run). */
async function run<T extends object>(pid: number, label: string, work: () => Promise<T>): Promise<Measured<T>> {
  const result = await withCpu(pid, work);
  console.log(`  next-server RSS after ${label}: ${mb(statusField(pid, 'VmRSS'))}`);
  return result;
}

async function sequentialRuns(client: Client, pid: number, rng: () => number, coords: Float64Array, points: Point[]) {
  console.log(`\nfiltered runs use ${FILTER.slice(1)}`);
  const nearest = [
    await run(pid, 'nearest, unfiltered', () => runNearest(client, 'unfiltered', points, '')),
    await run(pid, 'nearest, filtered', () => runNearest(client, 'filtered', points, FILTER)),
  ];
  printNearest(nearest);
  const jobs = viewportJobs(rng, randomPoints(rng, coords, opts.samples));
  const viewport = [
    await run(pid, 'viewport, unfiltered', () => runViewport(client, 'unfiltered', jobs, '')),
    await run(pid, 'viewport, filtered', () => runViewport(client, 'filtered', jobs, FILTER)),
    await run(pid, 'viewport, densest spots', () => runViewport(client, 'at the 10 densest spots', sweepJobs(densestPoints(coords, 10)), '')),
  ];
  viewport.forEach(printViewport);
  return { nearest, viewport, jobs };
}

async function loadRuns(port: number, pid: number, points: Point[], jobs: { p: Point; zoom: number }[]) {
  const { connections, seconds } = opts;
  const load = [
    await run(pid, 'the nearest load run', () => runLoad(port, 'nearest-10 mixed filters', points.map((p, k) => nearestPath(p, k % 2 ? FILTER : '')), connections, seconds)),
    await run(pid, 'the viewport load run', () => runLoad(port, 'viewport z4-18 mixed filters', jobs.map((j, k) => viewportPath(j.p, j.zoom, k % 2 ? FILTER : '')), connections, seconds)),
  ];
  printLoad(load);
  const rssAfterLoadBytes = statusField(pid, 'VmRSS');
  console.log(`next-server RSS after the load runs: ${mb(rssAfterLoadBytes)} (peak ${mb(statusField(pid, 'VmHWM'))})`);
  return { load, rssAfterLoadBytes };
}

async function measure(server: Server, client: Client) {
  const rng = mulberry32(42); // fixed seed: every run asks exactly the same questions
  // openNow answers depend on the clock: at night only 24/7 stations match, so say when we ran.
  const shanghaiTime = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
  console.log(`Asia/Shanghai time ${shanghaiTime} (the openNow filter depends on it)`);
  const coords = stationCoords();
  const start = await startAndWarm(server, client, rng, coords);
  const pid = start.warmup.serverPid;
  const otherCpuBeforeRuns = await waitForQuiet(pid, opts.quietWait);
  const points = randomPoints(rng, coords, opts.samples);
  const seq = await sequentialRuns(client, pid, rng, coords, points);
  const search = await run(pid, 'search', async () => ({ queries: await runSearchHttp(client) }));
  printSearch('Search over HTTP, sequential on one keep-alive connection (/api/search)', search.queries);
  const loads = await loadRuns(server.port, pid, points, seq.jobs);
  return { shanghaiTime, filter: FILTER.slice(1), loadAverage: loadAverage(), otherCpuBeforeRuns, ...start, nearest: seq.nearest, viewport: seq.viewport, search, ...loads };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  await ensureBenchDb(opts.count);
  await ensureBuild();
  const buildId = readBuildId();
  const server = startServer(await freePort(opts.port), BENCH_DB_URL);
  const client = new Client(server.port);
  try {
    const results = await measure(server, client);
    let firstLoad: FirstLoadJs | null = null;
    if (opts.browser) {
      firstLoad = await measureFirstLoad(`http://127.0.0.1:${server.port}/`);
      printFirstLoad(firstLoad);
    }
    const list = checks(results.nearest, results.viewport, firstLoad);
    printChecks(list);
    const totalSeconds = Math.round((performance.now() - t0) / 1000);
    writeJson({ date: new Date().toISOString(), buildId, options: opts, totalSeconds, ...results, firstLoad, checks: list });
    console.log(`bench: done in ${totalSeconds} s`);
  } finally {
    client.close();
    await stopServer(server);
  }
  // Search in process: pinyin keys for 200,000 names (build time, memory) and µs per query.
  await runSearchBench(opts.count);
  // Point → county over random points in China and at the 200,000 stations, in process (its own PASS/FAIL line).
  runLocateBench(opts.count, stationCoords());
  // 15-minute coverage of Jiangxi and of all China (its own PASS/FAIL lines and bench-results/coverage-latest.json),
  // in a process of its own: its peak memory is a target, and the search keys above would count in it.
  spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/bench-coverage.ts'], { stdio: 'inherit' });
  // Import through the command line at 10,000 and 200,000 rows (bench-results/import-latest.json).
  if (!process.argv.includes('--no-import')) await runImportBench();
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
