// `npm run test:e2e:pg`: the API and desktop end-to-end suites again, with the
// server on PostgreSQL: TEST_POSTGRES_URL's database, in a schema of its own
// (yizhan_e2e, dropped and recreated by the server's --fresh start). Skipped,
// with a notice, when TEST_POSTGRES_URL is not set. Extra arguments go to
// Playwright, e.g. `npm run test:e2e:pg -- e2e/api`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { redactUrl } from '../lib/db-url';

const base = process.env.TEST_POSTGRES_URL;
if (!base) {
  console.log('test:e2e:pg skipped: set TEST_POSTGRES_URL=postgresql://user:password@127.0.0.1:5432/db to run the suites on PostgreSQL');
  process.exit(0);
}
const url = new URL(base);
url.searchParams.set('schema', 'yizhan_e2e');
const env = { ...process.env, E2E_DATABASE_URL: url.toString(), E2E_PORT: process.env.E2E_PG_PORT ?? '3101' };
console.log(`test:e2e:pg: the API and desktop suites on ${redactUrl(env.E2E_DATABASE_URL)}`);
// The phone project repeats the desktop specs at another viewport: nothing there depends on the database.
// The axe checks look at markup only, which the database does not change.
const args = ['test', '--project=api', '--project=desktop', '--grep-invert', 'axe finds nothing', ...process.argv.slice(2)];
const run = spawnSync(process.execPath, [path.resolve('node_modules/@playwright/test/cli.js'), ...args], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
