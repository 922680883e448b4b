// `npm run fuzz`: the property-based suites at full strength, 2,000 hostile
// values per API parameter, route parameter and admin form field, sign-in,
// admin export and import upload included (`npm test`
// runs the same suites with 100 each). Extra arguments go to Playwright, e.g.
// `npm run fuzz -- --workers 1`. FUZZ_RUNS overrides the count.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '2000', NEXT_TELEMETRY_DISABLED: '1' };
const bin = (p: string) => path.resolve('node_modules', p);
const steps: [string, string[]][] = [
  ['admin forms (vitest)', [bin('vitest/vitest.mjs'), 'run', 'fuzz.test']],
  ['public API (Playwright)', [bin('@playwright/test/cli.js'), 'test', '--project=api', 'e2e/api/fuzz-', ...process.argv.slice(2)]],
  ['sign-in, admin export and import upload (Playwright)', [bin('@playwright/test/cli.js'), 'test', '--project=desktop', 'e2e/admin/fuzz-', ...process.argv.slice(2)]],
];
for (const [label, args] of steps) {
  const t0 = performance.now();
  console.log(`\nfuzz: ${label}, ${env.FUZZ_RUNS} values per field`);
  const run = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  console.log(`fuzz: ${label} ${run.status === 0 ? 'passed' : 'FAILED'} in ${((performance.now() - t0) / 60_000).toFixed(1)} min`);
  if (run.status !== 0) process.exit(run.status ?? 1);
}
