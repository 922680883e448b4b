// `npm test`: every check, stopping at the first stage that fails, then the
// time each stage took (so a slow stage is seen before it makes CI too slow).
// The three static checks are single-threaded, so they run side by side on the
// two cores, each printing its own output when it ends; the suites run in order.
import { spawn } from 'node:child_process';

type Stage = [label: string, script: string];
const STATIC: Stage[] = [['lint', 'lint'], ['typecheck', 'typecheck'], ['migration drift', 'db:check']];
const SUITES: Stage[] = [
  ['unit and integration (vitest)', 'test:unit'],
  ['end-to-end on SQLite (Playwright)', 'test:e2e'], ['end-to-end on PostgreSQL (Playwright)', 'test:e2e:pg'],
];

const times: [string, number, boolean][] = [];
const minutes = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}`;

/** One npm script; `buffered` holds its output back and prints it in one piece when it ends. */
function run([label, script]: Stage, buffered: boolean): Promise<boolean> {
  const t0 = performance.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
  const out: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => out.push(b));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const ok = code === 0;
      if (buffered) process.stdout.write(`--- ${label}: ${ok ? 'passed' : 'FAILED'}\n${Buffer.concat(out).toString()}`);
      times.push([label, performance.now() - t0, ok]);
      resolve(ok);
    });
  });
}

async function main(): Promise<boolean> {
  const checks = await Promise.all(STATIC.map((stage) => run(stage, true)));
  if (checks.includes(false)) return false;
  for (const stage of SUITES) if (!(await run(stage, false))) return false;
  return true;
}

const started = performance.now();
const passed = await main();
console.log('\nnpm test, time per stage (min:s; the first three side by side):');
for (const [label, ms, ok] of times) console.log(`  ${minutes(ms).padStart(6)}  ${ok ? 'passed' : 'FAILED'}  ${label}`);
console.log(`  ${minutes(performance.now() - started).padStart(6)}  in all`);
process.exit(passed ? 0 : 1);
