// Province-wide coverage timings at the sizes, in process (no server):
//   npx tsx scripts/bench-coverage.ts [--stress 200000] [--no-db] [--db file:./data/bench.db]
// Sets: the 4,600 sample stations; 5,000 (sample + 400 in Jiangxi); the bench
// database (200,000 China-wide; run `npm run seed:bench` first); and a stress
// set with every one of --stress stations inside Jiangxi, the worst case.
import { mkdirSync, writeFileSync } from 'node:fs';
import { databaseRows, jiangxiRows, sampleRows } from './bench/coverage-data';
import { type CoverageRun, benchCoverage, coverageChecks, printCoverage } from './bench/coverage';
import { argText as arg } from './bench/stats';

export async function runCoverageBench(): Promise<boolean> {
  const runs: CoverageRun[] = [];
  const sample = sampleRows();
  runs.push(await benchCoverage('sample 4,600', sample));
  runs.push(await benchCoverage('sample + 400 = 5,000', [...sample, ...jiangxiRows(400, 11)]));
  if (!process.argv.includes('--no-db')) {
    const url = arg('--db', 'file:./data/bench.db');
    const rows = await databaseRows(url);
    if (rows) runs.push(await benchCoverage(`bench db (${url.replace('file:./data/', '')})`, rows));
    else console.log(`coverage bench: ${url} not found; run npm run seed:bench to include it`);
  }
  const stress = Number(arg('--stress', '200000'));
  if (stress > 0) runs.push(await benchCoverage(`${stress.toLocaleString('en')} all in Jiangxi`, jiangxiRows(stress)));
  const checks = coverageChecks(runs);
  printCoverage(runs, checks);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/coverage-latest.json', JSON.stringify({ date: new Date().toISOString(), runs, checks }, null, 2));
  return checks.every((c) => c.pass);
}

if (process.argv[1]?.endsWith('bench-coverage.ts')) {
  runCoverageBench().catch((err: unknown) => {
    console.error(`bench-coverage: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  });
}
