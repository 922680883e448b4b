// Mixed read load against the production build, as the issue's target is stated:
// 100 connections for 60 s of nearest, viewport and station-page requests, on
// SQLite and PostgreSQL, at 5,000 and 200,000 stations. Target: 0 failed
// requests and p99 ≤ 250 ms on a 2-core machine, load generator included.
//   npm run loadtest -- [--db sqlite|postgresql|both] [--counts 5000,200000] [--seconds 60]
//                       [--connections 100] [--port 3300] [--quiet-wait 120] [--timeout 10]
//                       [--workers N]   server processes, as WEB_CONCURRENCY (default: one per core)
// PostgreSQL comes from LOADTEST_POSTGRES_URL or TEST_POSTGRES_URL; each count gets its own
// schema (yizhan_load_<count>). Exits non-zero only when the load test itself fails; missed
// targets print FAIL. Results: bench-results/loadtest-latest.json.
import { Client } from './bench/client';
import { loadAverage, waitForQuiet, withCpu } from './bench/machine';
import { ensureBenchDb, ensureBuild, readBuildId } from './bench/prepare';
import { writeJson } from './bench/report';
import { freePort, serverPids, startServer, stopServer, waitForServer } from './bench/server';
import { mulberry32 } from './bench/stats';
import { warmUp } from './bench/warmup';
import { randomPoints } from './bench/workloads';
import { FILTER, kindOf, requestMix } from './loadtest/mix';
import { type Db, type LoadOptions, parseOptions } from './loadtest/options';
import { type RunReport, TARGET, printRun, printSummary, verdict } from './loadtest/report';
import { runMix } from './loadtest/run';
import { postgresBaseUrl, sampleStations, targetUrl } from './loadtest/targets';

const MIX_SIZE = 5000; // distinct requests each connection cycles through
const STATION_IDS = 1000;
const WARM_RUN_SECONDS = 15;

async function measure(db: Db, count: number, opts: LoadOptions): Promise<RunReport> {
  console.log(`\n== ${db}, ${count} stations ==`);
  const url = targetUrl(db, count);
  await ensureBenchDb(count, url);
  const rng = mulberry32(42); // fixed seed: every run asks exactly the same questions
  const sample = await sampleStations(url, rng, STATION_IDS);
  const paths = requestMix(rng, sample, MIX_SIZE);
  const server = startServer(await freePort(opts.port), url, opts.workers);
  const client = new Client(server.port);
  try {
    await waitForServer(server, () => client.get('/api/stations/nearest?lat=x'));
    // The first data request loads every station into the index: on a busy machine, longer than the client's usual 30 s.
    const first = await client.get('/api/stations/nearest?lat=28.68&lng=115.89&limit=10', 600_000);
    if (first.status !== 200) throw new Error(`first nearest answered HTTP ${first.status}: ${first.body.toString().slice(0, 200)}`);
    const indexLoadMs = Math.round(first.ms);
    // Builds the superclusters, then gives V8 enough of each kind to optimise.
    const warm = await warmUp(client, server, randomPoints(rng, sample.coords, 150), FILTER);
    for (const path of paths.filter((p) => kindOf(p) === 'station').slice(0, 100)) await client.ok(path);
    // The warm-up above used one connection, so one worker; a short unmeasured run reaches them all.
    if (opts.workers > 1) await runMix(server.port, paths, opts.connections, WARM_RUN_SECONDS, 60);
    const pids = serverPids(server);
    console.log(`server on port ${server.port} (${pids.length} processes): first nearest (index load) ${indexLoadMs} ms; warmed up with ${warm.warmupRequests + 101} requests${opts.workers > 1 ? ` and ${WARM_RUN_SECONDS} s of the mix` : ''}`);
    if (opts.quietWait > 0) await waitForQuiet(pids, opts.quietWait);
    console.log(`measuring: ${opts.connections} connections for ${opts.seconds} s…`);
    const result = await withCpu(pids, () => runMix(server.port, paths, opts.connections, opts.seconds, opts.timeoutSeconds));
    const report: RunReport = { db, stations: count, indexLoadMs, ...result, ...verdict(result) };
    printRun(report);
    return report;
  } finally {
    client.close();
    await stopServer(server);
  }
}

async function main(): Promise<void> {
  const opts = parseOptions();
  if (opts.dbs.includes('postgresql')) postgresBaseUrl(); // fail before building when it is missing
  const t0 = performance.now();
  await ensureBuild();
  const shanghaiTime = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
  console.log(`Asia/Shanghai time ${shanghaiTime} (the openNow filter depends on it)`);
  const runs: RunReport[] = [];
  for (const db of opts.dbs) for (const count of opts.counts) runs.push(await measure(db, count, opts));
  printSummary(runs);
  const totalSeconds = Math.round((performance.now() - t0) / 1000);
  writeJson({
    date: new Date().toISOString(), buildId: readBuildId(), shanghaiTime, options: opts, target: TARGET, mix: {
      size: MIX_SIZE, share: { nearest: 0.4, viewport: 0.4, station: 0.2 }, filter: FILTER.slice(1),
      note: 'autocannon runs in this process on the same machine as the server, so it competes for the same cores',
    }, loadAverage: loadAverage(), totalSeconds, runs,
  }, 'bench-results/loadtest-latest.json');
  console.log(`loadtest: done in ${totalSeconds} s`);
}

main().catch((err: unknown) => {
  console.error(`loadtest: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
