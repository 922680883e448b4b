// A short closed-loop load test: N users, each on its own keep-alive
// connection, sending the next request as soon as the previous one answers.
import { Client } from './client';
import { type Latency, latency } from './stats';

export type LoadRun = {
  label: string; connections: number; seconds: number; requests: number; rps: number; errors: number; latency: Latency;
};

async function worker(client: Client, paths: string[], offset: number, deadline: number, ms: number[]): Promise<number> {
  let errors = 0;
  for (let k = offset; performance.now() < deadline; k++) {
    try {
      const s = await client.get(paths[k % paths.length]!);
      if (s.status === 200) ms.push(s.ms);
      else errors++;
    } catch {
      errors++;
    }
  }
  return errors;
}

export async function runLoad(port: number, label: string, paths: string[], connections: number, seconds: number): Promise<LoadRun> {
  const clients = Array.from({ length: connections }, () => new Client(port, 1));
  const ms: number[] = [];
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  // Spread the workers over the path list so they do not ask the same thing in lockstep.
  const step = Math.floor(paths.length / connections);
  const errors = await Promise.all(clients.map((c, w) => worker(c, paths, w * step, deadline, ms)));
  const elapsed = (performance.now() - t0) / 1000;
  clients.forEach((c) => c.close());
  return {
    label, connections, seconds: Math.round(elapsed * 10) / 10, requests: ms.length,
    rps: Math.round(ms.length / elapsed), errors: errors.reduce((a, b) => a + b, 0), latency: latency(ms),
  };
}
