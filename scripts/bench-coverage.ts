// Region-wide coverage timings at the sizes, in process (no server):
//   npx tsx scripts/bench-coverage.ts [--national 200000] [--db file:./data/bench.db] [--no-db] [--no-sample]
// Sets: the 4,600 sample stations and 5,000 (sample + 400), over Jiangxi; the
// bench database (run `npm run seed:bench` first) over all China; and
// --national stations generated in process exactly as seed:bench places them
// (real counties of all China), over all China: the 200,000 case.
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHINA_CODE } from '@/lib/divisions/catalog';
import { databaseRows, jiangxiRows, nationalRows, sampleRows } from './bench/coverage-data';
import { type CoverageRun, benchCoverage, coverageChecks, printCoverage } from './bench/coverage';
import { argText as arg } from './bench/stats';

export async function runCoverageBench(): Promise<boolean> {
  const runs: CoverageRun[] = [];
  if (!process.argv.includes('--no-sample')) {
    runs.push(await benchCoverage('sample 4,600', sampleRows, '360000'));
    runs.push(await benchCoverage('sample + 400 = 5,000', () => [...sampleRows(), ...jiangxiRows(400, 11)], '360000'));
  }
  if (process.argv.includes('--db')) {
    const url = arg('--db', 'file:./data/bench.db');
    const rows = await databaseRows(url);
    if (rows) runs.push(await benchCoverage(`bench db (${url.replace('file:./data/', '')})`, () => rows.splice(0), CHINA_CODE));
    else console.log(`coverage bench: ${url} not found; run npm run seed:bench to include it`);
  }
  const national = Number(arg('--national', '200000'));
  if (national > 0) runs.push(await benchCoverage(`${national.toLocaleString('en')} across China`, () => nationalRows(national), CHINA_CODE));
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
