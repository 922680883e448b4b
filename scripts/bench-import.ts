// Import speed and memory at the issue's sizes, through the real command line
// (`npm run import`), on a fresh SQLite database of its own:
//   npx tsx scripts/bench-import.ts [--sizes 10000,200000] [--heap-mb 256]
// Each size: a dry run, the apply, and the same file again (must change nothing).
// The importer runs with its JavaScript heap capped at --heap-mb: finishing
// 200,000 rows under the cap is the proof that memory does not grow with the file.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db-client';
import { divisionRows } from '@/lib/divisions-data';
import { writeImportCsv } from './bench/import-data';
import { argText as arg } from './bench/stats';
import { applyMigrations } from './lib/migrate';

type Step = { step: string; seconds: number; cpuSeconds: number; peakMb: number; summary: string };
type SizeRun = { rows: number; steps: Step[]; dryPlusApplySeconds: number; limitSeconds: number; pass: boolean };

const sizes = arg('--sizes', '10000,200000').split(',').map(Number);
const heapMb = Number(arg('--heap-mb', '256'));
const DIR = path.resolve('data/bench-import');

async function freshDb(url: string): Promise<void> {
  rmSync(url.replace('file:', ''), { force: true });
  await applyMigrations(url, { log: () => {} });
  const db = createPrismaClient(url);
  try {
    await db.division.createMany({ data: divisionRows() });
  } finally {
    await db.$disconnect();
  }
}

function runImport(file: string, url: string, dry: boolean): Promise<Step> {
  const args = ['--import', 'tsx', '--conditions=react-server', `--max-old-space-size=${heapMb}`, 'scripts/import.ts',
    file, '--crs', 'gcj02', '--as-province', ...(dry ? ['--dry-run'] : [])];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => child.on('exit', (code) => {
    const seconds = (performance.now() - t0) / 1000;
    const summary = out.split('\n').find((l) => /^(dry run|applied):/.test(l)) ?? '';
    const stats = /CPU ([\d.]+) s\), peak memory (\d+) MB/.exec(err);
    if (code !== 0 || !summary || !stats) reject(new Error(`import exited ${code}:\n${err.slice(-2000)}\n${out.slice(-2000)}`));
    else resolve({ step: '', seconds: Math.round(seconds * 10) / 10, cpuSeconds: Number(stats[1]), peakMb: Number(stats[2]), summary });
  }));
}

async function benchSize(rows: number): Promise<SizeRun> {
  const file = path.join(DIR, `stations-${rows}.csv`);
  if (!existsSync(file)) await writeImportCsv(file, rows);
  const url = `file:${path.join(DIR, `import-${rows}.db`)}`;
  await freshDb(url);
  const steps: Step[] = [];
  for (const [step, dry] of [['dry run', true], ['apply', false], ['same file again', false]] as const) {
    const s = { ...(await runImport(file, url, dry)), step };
    console.log(`  ${rows.toLocaleString('en')} rows, ${step.padEnd(15)} ${s.seconds.toFixed(1).padStart(6)} s (CPU ${s.cpuSeconds.toFixed(1).padStart(5)} s)  peak ${String(s.peakMb).padStart(4)} MB  ${s.summary}`);
    steps.push(s);
  }
  const dryPlusApplySeconds = Math.round((steps[0]!.seconds + steps[1]!.seconds) * 10) / 10;
  const limitSeconds = rows <= 10_000 ? 10 : 180;
  const again = steps[2]!.summary;
  const pass = dryPlusApplySeconds <= limitSeconds && / 0 new, 0 updated/.test(again);
  console.log(`${pass ? 'PASS' : 'FAIL'} import ${rows.toLocaleString('en')} rows: dry run + apply ${dryPlusApplySeconds} s (target ≤ ${limitSeconds} s), `
    + `peak ${Math.max(...steps.map((s) => s.peakMb))} MB with the heap capped at ${heapMb} MB; the second import changed nothing: ${/ 0 new, 0 updated/.test(again)}`);
  return { rows, steps, dryPlusApplySeconds, limitSeconds, pass };
}

export async function runImportBench(): Promise<boolean> {
  mkdirSync(DIR, { recursive: true });
  console.log(`\nimport bench (npm run import, GCJ-02 CSV, heap capped at ${heapMb} MB):`);
  const runs: SizeRun[] = [];
  for (const rows of sizes) runs.push(await benchSize(rows));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/import-latest.json', JSON.stringify({ date: new Date().toISOString(), heapMb, runs }, null, 2));
  return runs.every((r) => r.pass);
}

if (process.argv[1]?.endsWith('bench-import.ts')) {
  runImportBench().then((ok) => process.exit(ok ? 0 : 1), (err: unknown) => {
    console.error(`bench-import: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  });
}
