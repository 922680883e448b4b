// `npm run bench:web`: the page-weight budgets and Lighthouse scores of the
// public pages, on the production build with the sample data. Lighthouse is
// too slow for `npm test`; the byte budgets are enforced there by e2e/budget.spec.ts.
//   tsx scripts/bench-web.ts [--port 3550] [--runs 3] [--no-wait]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { sqlitePath } from '../lib/db-url';
import { FIRST_LOAD_TARGET_BYTES, STATION_FIRST_LOAD_TARGET_BYTES, kb, measureFirstLoad, printFirstLoad } from './first-load-js';
import { type LighthouseResult, printLighthouse, runLighthouse } from './bench/lighthouse';
import { loadAverage, waitForQuiet } from './bench/machine';
import { ensureBuild } from './bench/prepare';
import { freePort, serverPids, startServer, stopServer, waitForServer } from './bench/server';
import { applyMigrations } from './lib/migrate';

const DB_URL = 'file:./data/bench-web.db';
const portArg = process.argv.indexOf('--port');
const PORT = portArg > 0 ? Number(process.argv[portArg + 1]) : 3550;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;

/** A fresh database with the same sample data a new install shows. */
async function seedSampleDb(): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(sqlitePath(DB_URL) + suffix, { force: true });
  await applyMigrations(DB_URL, { log: () => {} });
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const r = spawnSync(process.execPath, [tsx, 'scripts/seed.ts'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: DB_URL } });
  if (r.status !== 0) throw new Error('seeding the sample data failed');
}

async function someStationId(base: string): Promise<string> {
  const res = await fetch(`${base}/api/stations/nearest?lat=28.68&lng=115.89&limit=1`);
  const body = (await res.json()) as { stations: { id: string }[] };
  if (!body.stations[0]) throw new Error('the sample data has no station near Nanchang');
  return body.stations[0].id;
}

async function measure(base: string, pids: number[]): Promise<void> {
  const stationUrl = `${base}/stations/${await someStationId(base)}`;
  const home = await measureFirstLoad(`${base}/`);
  const station = await measureFirstLoad(stationUrl, { readySelector: null, targetBytes: STATION_FIRST_LOAD_TARGET_BYTES });
  printFirstLoad(home);
  printFirstLoad(station);
  if (!process.argv.includes('--no-wait')) await waitForQuiet(pids, 120, 0.5);
  const results: LighthouseResult[] = [];
  for (const url of [`${base}/`, stationUrl]) {
    // Lighthouse's own advice on variability: judge the median of several runs, not one.
    const runs: LighthouseResult[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(url));
    const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(RUNS / 2)]!;
    printLighthouse(median);
    console.log(`  (median of ${RUNS} runs; performance ${runs.map((r) => r.performance).join(', ')})`);
    results.push(median);
  }
  console.log(`\nSummary (load average ${loadAverage().join(' ')}: performance scores are pessimistic on a busy machine)`);
  console.log(`  first-load JS: home ${kb(home.initialGzip)} (≤ ${kb(FIRST_LOAD_TARGET_BYTES)}), station ${kb(station.initialGzip)} (≤ ${kb(STATION_FIRST_LOAD_TARGET_BYTES)})`);
  for (const r of results) console.log(`  ${new URL(r.url).pathname.padEnd(32)} performance ${r.performance}  accessibility ${r.accessibility}`);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  await seedSampleDb();
  await ensureBuild();
  const server = startServer(await freePort(PORT), DB_URL);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    await waitForServer(server, () => fetch(`${base}/api/health`));
    await measure(base, serverPids(server));
  } finally {
    await stopServer(server);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
