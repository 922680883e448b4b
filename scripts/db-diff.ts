// Writes Prisma-style migrations offline for SQLite and PostgreSQL, or checks
// that both sets still build prisma/schema.prisma.
//   npx tsx scripts/db-diff.ts --name add_station_email [--provider sqlite|postgresql]
//   npx tsx scripts/db-diff.ts --check
// The PostgreSQL side needs a server (TEST_POSTGRES_URL): the engine replays the
// migrations in a throwaway schema there. Without one, --check compares that
// set by name only and says so.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkDrift, createMigrations } from './lib/drift';
import { SCHEMA_PATH, type Provider } from './lib/pg-schema';

/** UTC YYYYMMDDHHMMSS, the prefix Prisma gives migration folders. */
function migrationTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

// Prisma turns the name into a snake_case slug the same way.
function slug(name: string): string {
  const s = name.trim().toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (!s) throw new Error(`--name "${name}" has no letters or digits`);
  return s.slice(0, 200);
}

function providers(value: string | undefined): Provider[] {
  if (value === undefined) return ['sqlite', 'postgresql'];
  if (value === 'sqlite' || value === 'postgresql') return [value];
  throw new Error(`--provider must be sqlite or postgresql, not "${value}"`);
}

async function main(): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const { values } = parseArgs({ options: { name: { type: 'string' }, check: { type: 'boolean' }, provider: { type: 'string' } } });
  const schema = await readFile(SCHEMA_PATH, 'utf8');
  const pgUrl = process.env.TEST_POSTGRES_URL || undefined;
  if (values.check) {
    const report = await checkDrift(schema, pgUrl);
    for (const line of report.lines) (report.ok ? console.log : console.error)(line);
    return report.ok ? 0 : 1;
  }
  if (values.name !== undefined) {
    const folder = `${migrationTimestamp()}_${slug(values.name)}`;
    const written = await createMigrations({ schema, folder, providers: providers(values.provider), pgUrl });
    if (written.length === 0) console.log('Already in sync: the migrations build the schema; nothing written.');
    for (const { file, script } of written) console.log(`Wrote ${file}:\n\n${script}`);
    return 0;
  }
  console.error('Usage: npx tsx scripts/db-diff.ts --name <migration_name> [--provider sqlite|postgresql] | --check');
  return 2;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
