// Applies pending prisma/migrations to DATABASE_URL (`prisma migrate deploy`
// without the schema-engine binary):  npx tsx scripts/migrate.ts
import { existsSync } from 'node:fs';
import { redactUrl } from '../lib/db-url';
import { applyMigrations } from './lib/migrate';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const url = process.env.DATABASE_URL || 'file:./data/yizhan.db';
  const { applied } = await applyMigrations(url, { log: (msg) => console.log(msg) });
  console.log(
    applied.length === 0
      ? `${redactUrl(url)}: database is up to date`
      : `${redactUrl(url)}: applied ${applied.length} migration(s): ${applied.join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
