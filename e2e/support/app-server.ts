import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

// Another production server of the app, beside the suite's own, for tests
// that need one of their own (database faults, shutdown, several instances).
// It serves the build the suite's webServer made (`--no-build`).

export type AppServer = {
  url: string;
  process: ChildProcess;
  /** Everything it printed so far, for failure messages. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
  /** SIGKILL to the launcher and `next start` under it (needs `group: true`), as a crash would. */
  crash(): Promise<number | null>;
};

const root = path.resolve(import.meta.dirname, '../..');

type Options = {
  port: number; databaseUrl: string; fresh?: boolean; env?: Record<string, string>;
  /** Its own process group, so crash() reaches `next start` too (a Ctrl-C in the terminal then no longer does). */
  group?: boolean;
};

export async function startApp(opts: Options): Promise<AppServer> {
  const args = ['--import', 'tsx', 'scripts/start.ts', '--port', String(opts.port), '--no-build', ...(opts.fresh ? ['--fresh'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: opts.databaseUrl, SEED_SAMPLE: '0', INDEX_REFRESH_MS: '200', NEXT_TELEMETRY_DISABLED: '1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.group ?? false,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${opts.port}`;
  const server: AppServer = {
    url,
    process: child,
    output: () => log,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    crash: async () => {
      if (!opts.group) throw new Error('crash() needs startApp({ group: true })');
      process.kill(-child.pid!, 'SIGKILL');
      return exited;
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app server exited with ${child.exitCode}:\n${log}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`app server did not answer within 120 s:\n${log}`);
}
