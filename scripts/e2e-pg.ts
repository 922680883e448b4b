// `npm run test:e2e:pg`: what differs by database, again with the server on
// PostgreSQL: TEST_POSTGRES_URL's database, in a schema of its own (yizhan_e2e,
// dropped and recreated by the server's --fresh start). That is every query
// (the API suites), the migrations (the fresh start), the writes with their
// transactions, audit and conflicts (the admin suites that save, import,
// decide or upload) and the faults (database down, shutdown, kill -9, two
// instances). Pages whose markup the database does not change run on SQLite
// only. Skipped, with a notice, when TEST_POSTGRES_URL is not set. Extra
// arguments go to Playwright, e.g. `npm run test:e2e:pg -- e2e/api`.
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
console.log(`test:e2e:pg: the suites that differ by database on ${redactUrl(env.E2E_DATABASE_URL)}`);
const DATABASE_SPECS = [
  // The API's queries; bad-input (refused before any query) and install (static files) are not here.
  ...['archive', 'coverage', 'export', 'fuzz-other', 'fuzz-stations', 'health', 'nearest-filters', 'nearest-oracle', 'nearest',
    'search', 'station', 'viewport-seeded', 'viewport', 'public-limits', 'confirmations', 'reviews', 'changes'].map((f) => `e2e/api/${f}.spec.ts`),
  'e2e/faults/', 'e2e/stats.spec.ts', 'e2e/stats-complaints.spec.ts',
  // A worker's confirmations, reviews and complaints on the phone: counts, grades and due dates in SQL.
  'e2e/trust/',
  // Writes with their transactions, audit, conflicts and scope queries, and the throttles' atomic
  // counts under parallel requests (sessions and lockouts across instances: faults/two-instances;
  // adding a station is the same write as editing one).
  ...['stations-edit', 'stations-conflict', 'stations-scope', 'import', 'accounts', 'audit', 'reports-public',
    'reports-queue', 'photos', 'throttle-attacks', 'import-apply', 'passwords'].map((f) => `e2e/admin/${f}.spec.ts`),
];
const extra = process.argv.slice(2);
const args = ['test', '--project=api', '--project=desktop', '--project=phone', ...(extra.some((a) => !a.startsWith('-')) ? [] : DATABASE_SPECS), ...extra];
const run = spawnSync(process.execPath, [path.resolve('node_modules/@playwright/test/cli.js'), ...args], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
