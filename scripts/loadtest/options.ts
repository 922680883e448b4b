// Command line of `npm run loadtest`, checked up front so a typo fails before
// minutes of seeding and building.
import { argValue } from '../bench/stats';

export type Db = 'sqlite' | 'postgresql';

export type LoadOptions = {
  /** Station counts; 0 is the empty database, the baseline the index and caches are measured against. */
  dbs: Db[]; counts: number[]; seconds: number; connections: number; port: number;
  /** How many times the mix runs in a row (RSS must not grow across them). */
  repeat: number;
  /** Seconds to wait for other processes to calm down before each run; 0 skips the wait. */
  quietWait: number;
  /** A request slower than this counts as a timeout (autocannon's own default is 10 s). */
  timeoutSeconds: number;
  /** Server processes on the port (WEB_CONCURRENCY), each measured in turn: one, then two by default. */
  workers: number[];
};

function rawArg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function parseDbs(raw = 'both'): Db[] {
  if (raw === 'both') return ['sqlite', 'postgresql'];
  if (raw === 'sqlite' || raw === 'postgresql') return [raw];
  throw new Error(`--db must be sqlite, postgresql or both, got ${raw}`);
}

function wholeNumbers(name: string, raw: string, min = 1): number[] {
  const list = raw.split(',').map((s) => Number(s.trim()));
  const bad = list.find((n) => !Number.isInteger(n) || n < min);
  if (bad !== undefined) throw new Error(`${name} must be whole numbers from ${min} separated by commas, got ${raw}`);
  return list;
}

export function parseOptions(): LoadOptions {
  const opts = {
    dbs: parseDbs(rawArg('--db')), counts: wholeNumbers('--counts', rawArg('--counts') ?? '0,5000,200000', 0),
    seconds: argValue('--seconds', 15), connections: argValue('--connections', 100), port: argValue('--port', 3300),
    repeat: argValue('--repeat', 5), quietWait: argValue('--quiet-wait', 120), timeoutSeconds: argValue('--timeout', 10),
    workers: wholeNumbers('--workers', rawArg('--workers') ?? '1,2'),
  };
  if (opts.seconds < 1 || opts.connections < 1 || opts.repeat < 1) throw new Error('--seconds, --connections and --repeat must be at least 1');
  return opts;
}
