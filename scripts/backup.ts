// `npm run backup`: an online backup of DATABASE_URL while the app runs.
//   SQLite:     data/backups/<UTC time>.db   (SQLite's backup API; checked with integrity_check)
//   PostgreSQL: data/backups/<UTC time>.dump (pg_dump --format=custom; restore with pg_restore)
// Options: --dir <folder> (default data/backups).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { redactUrl } from '../lib/db-url';
import { backup, DEFAULT_BACKUP_DIR } from './lib/backup';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const { values } = parseArgs({ options: { dir: { type: 'string', default: DEFAULT_BACKUP_DIR } } });
  const url = process.env.DATABASE_URL || 'file:./data/yizhan.db';
  const start = performance.now();
  const { file, bytes } = await backup(url, values.dir);
  const ms = Math.round(performance.now() - start);
  console.log(`backup of ${redactUrl(url)}: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${ms} ms)`);
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
