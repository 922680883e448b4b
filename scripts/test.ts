// `npm test`: every check in order, stopping at the first that fails, then the
// time each stage took (so a slow stage is seen before it makes CI too slow).
import { spawnSync } from 'node:child_process';

const STAGES: [string, string][] = [
  ['lint', 'lint'], ['typecheck', 'typecheck'], ['migration drift', 'db:check'], ['unit and integration (vitest)', 'test:unit'],
  ['end-to-end on SQLite (Playwright)', 'test:e2e'], ['end-to-end on PostgreSQL (Playwright)', 'test:e2e:pg'],
];

const times: [string, number, boolean][] = [];
const minutes = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}`;
const started = performance.now();
let failed = false;
for (const [label, script] of STAGES) {
  const t0 = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env: process.env });
  times.push([label, performance.now() - t0, run.status === 0]);
  if (run.status !== 0) {
    failed = true;
    break;
  }
}
console.log('\nnpm test, time per stage (min:s):');
for (const [label, ms, ok] of times) console.log(`  ${minutes(ms).padStart(6)}  ${ok ? 'passed' : 'FAILED'}  ${label}`);
console.log(`  ${minutes(performance.now() - started).padStart(6)}  in all`);
process.exit(failed ? 1 : 0);
