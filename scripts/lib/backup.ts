import { execFile } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { pgSettings, providerOf, sqlitePath } from '../../lib/db-url';

// Online backups: the app keeps running and writing while they are taken.

export const DEFAULT_BACKUP_DIR = 'data/backups';

/** 20261125T193000Z: sorts by time, and is a valid file name everywhere. */
export function backupStamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export type Backup = { file: string; bytes: number };

/** A backup holds every account's password hash: only the owner may read it (0600, in a 0700 folder). */
function privateFile(dir: string, file: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'wx', 0o600));
}

/** SQLite's backup API copies a consistent snapshot page by page, without blocking writers for long. */
export async function backupSqlite(url: string, dir = DEFAULT_BACKUP_DIR, date = new Date()): Promise<Backup> {
  const file = path.join(dir, `${backupStamp(date)}.db`);
  const source = new Database(sqlitePath(url), { fileMustExist: true, timeout: 5000 });
  try {
    privateFile(dir, file);
    await source.backup(file);
  } finally {
    source.close();
  }
  const copy = new Database(file, { readonly: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy ${file} failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return { file, bytes: statSync(file).size };
}

/** pg_dump's custom format (restore with pg_restore); needs pg_dump on the PATH. */
export async function backupPostgres(url: string, dir = DEFAULT_BACKUP_DIR, date = new Date()): Promise<Backup> {
  const file = path.join(dir, `${backupStamp(date)}.dump`);
  const s = pgSettings(url);
  // The password goes in the environment: a command line is visible to every user of the machine (ps).
  const dbname = new URL(s.connectionString);
  const password = decodeURIComponent(dbname.password);
  dbname.password = '';
  privateFile(dir, file);
  const args = ['--format=custom', `--file=${file}`, ...(s.schema ? [`--schema=${s.schema}`] : []), `--dbname=${dbname.toString()}`];
  try {
    await promisify(execFile)('pg_dump', args, { timeout: 30 * 60_000, env: { ...process.env, ...(password && { PGPASSWORD: password }) } });
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
  return { file, bytes: statSync(file).size };
}

export function backup(url: string, dir?: string): Promise<Backup> {
  return providerOf(url) === 'postgresql' ? backupPostgres(url, dir) : backupSqlite(url, dir);
}
