import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { counties, countyAt } from '../../lib/divisions-data';
import { providerOf, sqlitePath } from '../../lib/db-url';
import { startPrivatePostgres } from '../support/postgres-server';
import { E2E_DATABASE_URL } from '../env';

// For the kill -9 tests: a database of their own of the pass's kind, import
// files, and the import CLI run in its own process group (tsx runs the script
// in a child process, which a kill of the parent alone would leave running).

const root = path.resolve(import.meta.dirname, '../..');

/** `files`: a temporary folder for import files, removed with the database. */
export type OwnDatabase = { url: string; provider: 'sqlite' | 'postgresql'; files: string; destroy(): void };

export async function ownDatabase(): Promise<OwnDatabase> {
  const files = mkdtempSync(path.join(os.tmpdir(), 'yizhan-import-'));
  const removeFiles = () => rmSync(files, { recursive: true, force: true });
  if (providerOf(E2E_DATABASE_URL) === 'postgresql') {
    const pg = await startPrivatePostgres();
    return { url: pg.url('yizhan'), provider: 'postgresql', files, destroy: () => (pg.destroy(), removeFiles()) };
  }
  const file = path.join(root, 'data', `e2e-kill-${randomUUID().slice(0, 8)}.db`);
  const destroy = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    removeFiles();
  };
  return { url: `file:${file}`, provider: 'sqlite', files, destroy };
}

/** SQLite's own check of the file: 'ok' when every page and index is sound. */
export function integrityCheck(url: string): string {
  const conn = new Database(sqlitePath(url), { readonly: true });
  try {
    return (conn.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n');
  } finally {
    conn.close();
  }
}

export type ImportFile = { file: string; first: { name: string; lat: number; lng: number } };

/** A CSV of `rows` new stations (name, lng, lat in WGS-84), each well inside its county. */
export function importFile(dir: string, rows: number, tag: string): ImportFile {
  const places = counties.filter((c) => countyAt(c.lng, c.lat) === c.code);
  const stations = Array.from({ length: rows }, (_, i) => {
    const c = places[i % places.length]!;
    const k = Math.floor(i / places.length);
    // A grid of ~100 m steps around the county's centre point.
    const [dx, dy] = [(k % 20) - 10, Math.floor(k / 20) - 10];
    return { name: `导入压测${tag}-${i}`, lng: Number((c.lng + dx * 0.001).toFixed(6)), lat: Number((c.lat + dy * 0.001).toFixed(6)) };
  });
  const lines = ['name,lng,lat', ...stations.map((s) => `${s.name},${s.lng},${s.lat}`)];
  const file = path.join(dir, `import-${tag}.csv`);
  writeFileSync(file, lines.join('\n'));
  return { file, first: stations[0]! };
}

export type ImportRun = { child: ChildProcess; output(): string; exited: Promise<number | null> };

/** `npm run import -- FILE --crs wgs84 --as-province` against `url`. */
export function startImport(url: string, file: string): ImportRun {
  const args = [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/import.ts', file, '--crs', 'wgs84', '--as-province'];
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => log, exited };
}

/** Rows checked (and, applying, written in the open transaction) so far, from the CLI's progress line. */
export function checkedSoFar(run: ImportRun, what: 'checked' | 'written' = 'checked'): number {
  const all = [...run.output().matchAll(new RegExp(`([\\d,]+) ${what}`, 'g'))];
  return all.length ? Number(all.at(-1)![1]!.replace(/,/g, '')) : 0;
}
