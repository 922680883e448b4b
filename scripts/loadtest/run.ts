// One measured run with autocannon, in this process and without workers: on
// two cores the load generator takes CPU from the server, and a worker thread
// would take more. Latencies are recorded per request kind from autocannon's
// response events, since its summary has p97.5 but no p95.
import autocannon from 'autocannon';
import { type Latency, latency } from '../bench/stats';
import { KINDS, type RequestKind, kindOf } from './mix';

export type KindStats = { requests: number; non2xx: number; latency: Latency };

export type LoadResult = {
  seconds: number; connections: number; requests: number; rps: number;
  errors: number; timeouts: number; non2xx: number; statusCodes: Record<string, number>;
  latency: Latency; byKind: Record<RequestKind, KindStats>;
  /** autocannon's own histogram, for comparison with ours. */
  autocannon: { p50: number; p90: number; p97_5: number; p99: number; max: number };
};

/** What a connection's context holds: the path it last sent, which its next response answers (pipelining 1). */
type Context = { path?: string };
type TrackedClient = { requestIterator: { context: Context } };

export async function runMix(port: number, paths: string[], connections: number, seconds: number, timeoutSeconds: number): Promise<LoadResult> {
  const ms = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<RequestKind, number[]>;
  const bad = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<RequestKind, number>;
  // One request that picks the next path from a shared cursor when it is sent. A list of
  // requests instead would be built up front for every connection: 100 × 5000 buffers, seconds of blocked event loop.
  let cursor = 0;
  const requests = [{
    method: 'GET' as const,
    setupRequest: (req: autocannon.Request, context: object) => {
      const path = paths[cursor++ % paths.length]!;
      (context as Context).path = path;
      return { ...req, path };
    },
  }];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: `http://127.0.0.1:${port}`, connections, duration: seconds, timeout: timeoutSeconds, requests,
    }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (client: unknown, status: number, _bytes: number, responseMs: number) => {
      const kind = kindOf((client as TrackedClient).requestIterator.context.path ?? '');
      if (status >= 200 && status < 300) ms[kind].push(responseMs);
      else bad[kind]++;
    });
  });
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { requests: ms[k].length + bad[k], non2xx: bad[k], latency: latency(ms[k]) }]));
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  const l = result.latency;
  return {
    seconds: result.duration, connections, requests: total, rps: Math.round(total / result.duration),
    errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statusCodes,
    latency: latency(KINDS.flatMap((k) => ms[k])), byKind: byKind as Record<RequestKind, KindStats>,
    autocannon: { p50: l.p50, p90: l.p90, p97_5: l.p97_5, p99: l.p99, max: l.max },
  };
}
