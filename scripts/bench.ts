// End-to-end performance check of Yizhan at 200,000 stations, over HTTP against
// the production build, as the targets are stated.
//   npx tsx scripts/bench.ts [--count 200000] [--samples 2000] [--port 3200] [--connections 10] [--seconds 10] [--no-browser]
// Exits non-zero only when the benchmark itself fails; missed targets print FAIL.
import { type FirstLoadJs, measureFirstLoad, printFirstLoad } from './first-load-js';
import { Client } from './bench/client';
import { BENCH_DB_URL, ensureBenchDb, ensureBuild, readBuildId, stationCoords } from './bench/prepare';
import { checks, printChecks, printLoad, printNearest, printViewport, writeJson } from './bench/report';
import { type Server, freePort, serverPid, startServer, statusField, stopServer, waitForServer } from './bench/server';
import { argValue, mulberry32 } from './bench/stats';
import { runLoad } from './bench/throughput';
import { warmUp } from './bench/warmup';
import {
  densestPoints, nearestPath, randomPoints, runNearest, runViewport, sweepJobs, viewportJobs, viewportPath,
} from './bench/workloads';

const FILTER = '&amenities=ebike_charging&openNow=1';
const opts = {
  count: argValue('--count', 200_000), samples: argValue('--samples', 2000), port: argValue('--port', 3200),
  connections: argValue('--connections', 10), seconds: argValue('--seconds', 10), browser: !process.argv.includes('--no-browser'),
};

async function measure(server: Server, client: Client) {
  const rng = mulberry32(42); // fixed seed: every run asks exactly the same questions
  // openNow answers depend on the clock: at night only 24/7 stations match, so say when we ran.
  const shanghaiTime = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
  console.log(`Asia/Shanghai time ${shanghaiTime} (the openNow filter depends on it)`);
  const coords = stationCoords();
  const startupMs = await waitForServer(server, () => client.get('/api/stations/nearest?lat=x'));
  console.log(`server: listening after ${(startupMs / 1000).toFixed(1)} s on port ${server.port}; warming up…`);
  const rssBeforeIndexBytes = statusField(serverPid(server), 'VmRSS'); // the framework alone, before any data
  const warmup = await warmUp(client, server, randomPoints(rng, coords, 150), FILTER);
  console.log(`first nearest request (DB read + index build): ${warmup.firstNearestMs} ms`);
  console.log(`first viewport (supercluster build): ${warmup.firstViewportMs} ms, with filter: ${warmup.firstViewportFilteredMs} ms; first home page: ${warmup.firstHomePageMs} ms`);
  console.log(`next-server pid ${warmup.serverPid}: RSS before the first data request ${(rssBeforeIndexBytes / 2 ** 20).toFixed(0)} MB, after warm-up ${(warmup.rssBytes / 2 ** 20).toFixed(0)} MB (peak ${(warmup.peakRssBytes / 2 ** 20).toFixed(0)} MB)`);

  const points = randomPoints(rng, coords, opts.samples);
  console.log(`filtered runs use ${FILTER.slice(1)}`);
  const nearest = [await runNearest(client, 'unfiltered', points, ''), await runNearest(client, 'filtered', points, FILTER)];
  printNearest(nearest);
  const jobs = viewportJobs(rng, randomPoints(rng, coords, opts.samples));
  const sweep = sweepJobs(densestPoints(coords, 10));
  const viewport = [
    await runViewport(client, 'unfiltered', jobs, ''), await runViewport(client, 'filtered', jobs, FILTER),
    await runViewport(client, 'at the 10 densest spots', sweep, ''),
  ];
  viewport.forEach(printViewport);

  const load = [
    await runLoad(server.port, 'nearest-10 mixed filters', points.map((p, k) => nearestPath(p, k % 2 ? FILTER : '')), opts.connections, opts.seconds),
    await runLoad(server.port, 'viewport z4-18 mixed filters', jobs.map((j, k) => viewportPath(j.p, j.zoom, k % 2 ? FILTER : '')), opts.connections, opts.seconds),
  ];
  printLoad(load);
  const rssAfterLoad = statusField(warmup.serverPid, 'VmRSS');
  console.log(`next-server RSS after the load runs: ${(rssAfterLoad / 2 ** 20).toFixed(0)} MB (peak ${(statusField(warmup.serverPid, 'VmHWM') / 2 ** 20).toFixed(0)} MB)`);
  return { shanghaiTime, filter: FILTER.slice(1), startupMs: Math.round(startupMs), rssBeforeIndexBytes, warmup, nearest, viewport, load, rssAfterLoadBytes: rssAfterLoad };
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
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  process.exit(1);
});
