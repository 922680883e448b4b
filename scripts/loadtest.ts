// The read load a shared link brings, against the production build: for each
// database, station count and number of server processes, autocannon runs the
// liveness probe alone (the app's cheapest route), nearest alone, station
// pages alone, then the mix (40 % nearest, 40 % viewport, 20 % station pages)
// --repeat times in a row, and prints each figure as a ratio against the probe
// or nearest of the same run, with PASS/FAIL, and the servers' RSS after start,
// after warm-up and after every run. Count 0 is the empty database: the same
// requests (finding nothing), the baseline that each count's RSS is compared with.
//   npm run loadtest -- [--db sqlite|postgresql|both] [--counts 0,5000,200000] [--seconds 15]
//                       [--connections 100] [--repeat 5] [--workers 1,2] [--port 3300]
//                       [--quiet-wait 120] [--timeout 10]
// PostgreSQL comes from LOADTEST_POSTGRES_URL or TEST_POSTGRES_URL; each count gets its own
// schema (yizhan_load_<count>). Exits non-zero only when the load test itself fails; missed
// targets print FAIL. Results: bench-results/loadtest-latest.json.
import { Client } from './bench/client';
import { loadAverage, waitForQuiet, withCpu } from './bench/machine';
import { ensureBenchDb, ensureBuild, readBuildId } from './bench/prepare';
import { writeJson } from './bench/report';
import { freePort, rssMb, serverPids, startServer, stopServer, waitForServer, type Server } from './bench/server';
import { mulberry32 } from './bench/stats';
import { warmUp } from './bench/warmup';
import { randomPoints } from './bench/workloads';
import { FILTER, PROBE, kindOf, requestMix, type RequestKind } from './loadtest/mix';
import { type Db, type LoadOptions, parseOptions } from './loadtest/options';
import { addOverEmptyChecks, type Phase, type PhaseRun, type RunReport, TARGET, printChecks, printPhase, printSummary, verdict } from './loadtest/report';
import { runMix } from './loadtest/run';
import { postgresBaseUrl, sampleStations, targetUrl } from './loadtest/targets';

const MIX_SIZE = 5000; // distinct requests each connection cycles through
const STATION_IDS = 1000;
const WARM_RUN_SECONDS = 15;

type Setup = { db: Db; count: number; workers: number };

async function phase(server: Server, opts: LoadOptions, name: Phase, paths: string[]): Promise<PhaseRun> {
  if (opts.quietWait > 0) await waitForQuiet(serverPids(server), opts.quietWait);
  const result = await withCpu(serverPids(server), () => runMix(server.port, paths, opts.connections, opts.seconds, opts.timeoutSeconds));
  const run: PhaseRun = { phase: name, ...result, rssMb: rssMb(server) };
  printPhase(run);
  return run;
}

async function warm(server: Server, client: Client, paths: string[], rng: () => number, coords: Float64Array, opts: LoadOptions, count: number): Promise<void> {
  await warmUp(client, server, randomPoints(rng, coords, 150), FILTER);
  for (const path of paths.filter((p) => kindOf(p) === 'station').slice(0, 100)) {
    const page = await client.get(path);
    // The empty database has no station: its pages are meant to be 404s.
    if (page.status !== (count === 0 ? 404 : 200)) throw new Error(`HTTP ${page.status} for ${path}`);
  }
  // The warm-up above used one connection, so one process; a short unmeasured run reaches them all.
  await runMix(server.port, paths, opts.connections, WARM_RUN_SECONDS, 60);
}

async function measure({ db, count, workers }: Setup, opts: LoadOptions): Promise<RunReport> {
  console.log(`\n== ${db}, ${count} stations, ${workers} server process(es) ==`);
  const url = targetUrl(db, count);
  await ensureBenchDb(count, url);
  const rng = mulberry32(42); // fixed seed: every run asks exactly the same questions
  const sample = await sampleStations(url, rng, STATION_IDS);
  const paths = requestMix(rng, sample, MIX_SIZE);
  const server = startServer(await freePort(opts.port), url, workers);
  const client = new Client(server.port);
  try {
    await waitForServer(server, () => client.get(PROBE));
    const rssStartMb = rssMb(server);
    // The first data request loads every station into the index: on a busy machine, longer than the client's usual 30 s.
    const first = await client.get('/api/stations/nearest?lat=28.68&lng=115.89&limit=10', 600_000);
    if (first.status !== 200) throw new Error(`first nearest answered HTTP ${first.status}: ${first.body.toString().slice(0, 200)}`);
    await warm(server, client, paths, rng, sample.coords, opts, count);
    const rssWarmMb = rssMb(server);
    console.log(`server on port ${server.port}: first nearest (index load) ${Math.round(first.ms)} ms; RSS ${rssStartMb.join(' + ')} MB after start, ${rssWarmMb.join(' + ')} MB after warm-up`);
    const alone = (k: RequestKind) => paths.filter((p) => kindOf(p) === k);
    const runs = [
      await phase(server, opts, 'probe', [PROBE]),
      await phase(server, opts, 'nearest', alone('nearest')),
      await phase(server, opts, 'station', alone('station')),
    ];
    for (let i = 0; i < opts.repeat; i++) runs.push(await phase(server, opts, 'mix', paths));
    const base = { db, stations: count, workers, indexLoadMs: Math.round(first.ms), rssStartMb, rssWarmMb, runs };
    const report: RunReport = { ...base, ...verdict(base) };
    printChecks(report);
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
  for (const db of opts.dbs) for (const count of opts.counts) for (const workers of opts.workers) runs.push(await measure({ db, count, workers }, opts));
  console.log('');
  addOverEmptyChecks(runs);
  printSummary(runs);
  const totalSeconds = Math.round((performance.now() - t0) / 1000);
  writeJson({
    date: new Date().toISOString(), buildId: readBuildId(), shanghaiTime, options: opts, target: TARGET, mix: {
      size: MIX_SIZE, share: { nearest: 0.4, viewport: 0.4, station: 0.2 }, probe: PROBE, filter: FILTER.slice(1),
      note: 'autocannon runs in this process on the same machine as the server, so it competes for the same cores',
    }, loadAverage: loadAverage(), totalSeconds, runs,
  }, 'bench-results/loadtest-latest.json');
  console.log(`loadtest: done in ${totalSeconds} s`);
}

main().catch((err: unknown) => {
  console.error(`loadtest: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
