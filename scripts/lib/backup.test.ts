import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pgSettings, quoteIdent } from '../../lib/db-url';
import { postgresAvailable, testPostgresUrl } from '../../lib/testing/postgres';
import { backupPostgres, backupSqlite, backupStamp } from './backup';
import { applyMigrations } from './migrate';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-backup-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('names backups by UTC time', () => {
  expect(backupStamp(new Date('2026-11-25T19:30:05.123Z'))).toBe('20261125T193005Z');
});

describe('backupSqlite', () => {
  it('copies a database that is open and being written to', async () => {
    const url = `file:${path.join(dir, 'live.db')}`;
    await applyMigrations(url);
    const live = new Database(path.join(dir, 'live.db'));
    live.prepare(`INSERT INTO "AppState" (key, value) VALUES ('before', '1')`).run();
    live.exec('BEGIN IMMEDIATE');
    live.prepare(`INSERT INTO "AppState" (key, value) VALUES ('uncommitted', '1')`).run();

    const { file, bytes } = await backupSqlite(url, path.join(dir, 'backups'), new Date('2026-11-25T19:30:05Z'));

    live.exec('COMMIT');
    live.close();
    expect(file).toBe(path.join(dir, 'backups', '20261125T193005Z.db'));
    expect(bytes).toBeGreaterThan(0);
    // Password hashes inside: the owner's only, as is the live database the migrations created.
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'live.db')).mode & 0o777).toBe(0o600);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT key FROM "AppState" ORDER BY key').all()).toEqual([{ key: 'before' }]);
    copy.close();
  });

  it('refuses a database that does not exist rather than back up an empty file', async () => {
    await expect(backupSqlite(`file:${path.join(dir, 'missing.db')}`, path.join(dir, 'backups'))).rejects.toThrow();
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

describe('backupPostgres, with a stand-in pg_dump that writes down how it was called', () => {
  it('passes the password in the environment, never on the command line, and leaves no file when it fails', async () => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const seen = path.join(dir, 'seen.txt');
    writeFileSync(path.join(bin, 'pg_dump'), `#!/bin/sh\necho "args: $*" > '${seen}'\necho "env: $PGPASSWORD" >> '${seen}'\nexit 3\n`, { mode: 0o755 });
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}:${savedPath}`;
    try {
      await expect(backupPostgres('postgresql://backup:s3cret%21pw@127.0.0.1:5432/yizhan', path.join(dir, 'backups'))).rejects.toThrow();
    } finally {
      process.env.PATH = savedPath;
    }
    const [args, env] = readFileSync(seen, 'utf8').trim().split('\n');
    expect(args).not.toContain('s3cret');
    expect(args).toContain('backup@127.0.0.1');
    expect(env).toBe('env: s3cret!pw');
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([]);
  });
});

const hasPgDump = (() => {
  try {
    execFileSync('pg_dump', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!postgresAvailable('pg_dump backup test') || !hasPgDump)('backupPostgres', () => {
  it('writes a pg_dump archive of the URL’s schema', async () => {
    const schema = `yizhan_backup_${Math.random().toString(36).slice(2, 8)}`;
    const u = new URL(testPostgresUrl!);
    u.searchParams.set('schema', schema);
    const client = new pg.Client({ connectionString: pgSettings(testPostgresUrl!).connectionString });
    await client.connect();
    try {
      await applyMigrations(u.toString());
      const { file } = await backupPostgres(u.toString(), dir);
      expect(existsSync(file)).toBe(true);
      const listing = execFileSync('pg_restore', ['--list', file]).toString();
      expect(listing).toContain(`TABLE ${schema} Station`);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      await client.end();
    }
  });
});
