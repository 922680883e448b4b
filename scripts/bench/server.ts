// Runs `next start` against the bench database in its own process group, so
// that stopping it (on success, failure or Ctrl-C) takes every child with it.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sleep } from './stats';

export type Server = { port: number; pid: number; child: ChildProcess; log: string[] };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}..${from + 99}`);
}

/** `workers` > 1 runs that many `next start` processes on the port (scripts/lib/serve-next.mjs, as WEB_CONCURRENCY does). */
export function startServer(port: number, databaseUrl: string, workers = 1): Server {
  const env: NodeJS.ProcessEnv = {
    ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: databaseUrl,
    SEED_SAMPLE: '0', INDEX_REFRESH_MS: '60000', // no version polling in the middle of a measurement
  };
  const child = spawn(process.execPath, [path.resolve('scripts/lib/serve-next.mjs'), String(port), String(workers)], {
    env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean).slice(-50));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const server = { port, pid: child.pid!, child, log };
  installCleanup(server);
  return server;
}

/** Kill the process group on any way out; 'exit' handlers must be synchronous, hence SIGKILL there. */
function installCleanup(server: Server): void {
  const killGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-server.pid, sig);
    } catch {
      // already gone
    }
  };
  process.once('exit', () => killGroup('SIGKILL'));
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      console.error(`\n${sig}: stopping the server`);
      killGroup('SIGTERM');
      process.exit(130);
    });
  }
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  process.kill(-server.pid, 'SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
  if (timedOut) process.kill(-server.pid, 'SIGKILL');
}

/** Polls a route until it answers; any HTTP status means the server is listening. */
export async function waitForServer(server: Server, probe: () => Promise<unknown>, timeoutMs = 60_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.log.join('\n')}`);
    try {
      await probe();
      return performance.now() - t0;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`server did not answer within ${timeoutMs / 1000} s:\n${server.log.join('\n')}`);
}

function parentOf(pid: number): number {
  // /proc/PID/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function descendants(root: number): number[] {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const parent = new Map<number, number>();
  for (const pid of all) {
    try {
      parent.set(pid, parentOf(pid));
    } catch {
      // exited while listing
    }
  }
  const isUnder = (pid: number): boolean => pid === root || (parent.has(pid) && pid > 1 && isUnder(parent.get(pid)!));
  return all.filter(isUnder);
}

export function statusField(pid: number, field: string): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** The process that serves requests: Next 16 renames it "next-server"; it may be the spawned node or its child. */
export function serverPid(server: Server): number {
  return serverPids(server).reduce((best, pid) => (statusField(pid, 'VmRSS') > statusField(best, 'VmRSS') ? pid : best));
}

/** Every serving process (one per worker). */
export function serverPids(server: Server): number[] {
  const tree = descendants(server.pid);
  const named = tree.filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('next-server'));
  return named.length ? named : tree;
}

/** Resident memory of each serving process, in MB. */
export function rssMb(server: Server): number[] {
  return serverPids(server).map((pid) => Math.round(statusField(pid, 'VmRSS') / 2 ** 20));
}
