// Other engineers build and test on the same two cores. Measuring how much CPU
// everything else used during each run tells a slow result from a busy machine.
import { readFileSync } from 'node:fs';

const CLK_TCK = 100; // Linux USER_HZ, the unit of /proc/stat and /proc/PID/stat times

type CpuSample = { wall: number; busy: number; ours: number };

function machineBusySeconds(): number {
  // cpu user nice system idle iowait irq softirq steal …: busy is everything but idle and iowait.
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return (f.reduce((a, b) => a + b, 0) - f[3]! - f[4]!) / CLK_TCK;
}

function processSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLK_TCK; // utime, stime
  } catch {
    return 0;
  }
}

/** The server's process, or its worker processes. */
type Pids = number | number[];

function sample(server: Pids): CpuSample {
  const own = process.cpuUsage();
  const serverSeconds = [server].flat().reduce((sum, pid) => sum + processSeconds(pid), 0);
  return { wall: performance.now() / 1000, busy: machineBusySeconds(), ours: serverSeconds + (own.user + own.system) / 1e6 };
}

export type Measured<T> = T & { otherCpuCores: number; serverAndClientCpuCores: number };

/** Runs fn and adds the cores used by everything except the server and this process meanwhile. */
export async function withCpu<T extends object>(serverPid: Pids, fn: () => Promise<T>): Promise<Measured<T>> {
  const a = sample(serverPid);
  const result = await fn();
  const b = sample(serverPid);
  const wall = Math.max(1e-3, b.wall - a.wall);
  const ours = (b.ours - a.ours) / wall;
  const other = Math.max(0, (b.busy - a.busy) / wall - ours);
  return { ...result, otherCpuCores: Math.round(other * 100) / 100, serverAndClientCpuCores: Math.round(ours * 100) / 100 };
}

export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);

/** Waits (up to maxSeconds) until other processes use under `cores` CPU, so a colleague's build does not skew the run. */
export async function waitForQuiet(serverPid: Pids, maxSeconds: number, cores = 0.3): Promise<number> {
  const t0 = performance.now();
  let other = Infinity;
  while ((performance.now() - t0) / 1000 < maxSeconds) {
    other = (await withCpu(serverPid, () => new Promise<object>((resolve) => setTimeout(() => resolve({}), 2000)))).otherCpuCores;
    if (other < cores) return other;
    console.log(`machine busy: other processes use ${other.toFixed(2)} cores; waiting (up to ${maxSeconds} s)…`);
  }
  console.log(`machine still busy after ${maxSeconds} s; measuring anyway, figures will be noisy`);
  return other;
}
