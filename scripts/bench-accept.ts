// `npm run bench:accept`: why the load test's slowest requests wait seconds. A
// plain node:http server (no Next, no database) whose handler spends 1 ms of
// CPU runs in a child process; 100 keep-alive connections open at once and
// then ask as fast as they are answered for 6 s. Printed per run: when the
// connections were established (client side), the slowest first request of a
// connection, the slowest later request, and the listening socket's accept
// queue (`ss`, every 20 ms): connections established but not yet accepted.
// Each run twice: the handler called as requests arrive, and started one per
// turn of the event loop as `npm start` does (scripts/lib/one-per-turn.mjs).
//   npm run bench:accept -- [--runs 6] [--connections 100]
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { argValue } from './bench/stats';

const PORT = 3399;
const HANDLER = `(q, s) => { const t = performance.now(); while (performance.now() - t < 1) {} s.end('ok'); }`;
const SERVERS = {
  'as they arrive': `require('node:http').createServer(${HANDLER}).listen(${PORT}, () => console.log('ready'));`,
  'one per turn': `import(${JSON.stringify(path.resolve('scripts/lib/one-per-turn.mjs'))}).then(({ onePerTurn }) => {
    const admit = onePerTurn(); const h = ${HANDLER};
    require('node:http').createServer((q, s) => admit(() => h(q, s))).listen(${PORT}, () => console.log('ready'));
  });`,
};

function acceptQueue(): number {
  const out = execFileSync('ss', ['-ltnH', `sport = :${PORT}`], { encoding: 'utf8' }).trim();
  return Number(out.split(/\s+/)[1] ?? 0);
}

async function run(connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const t0 = performance.now();
  const connectedAt: number[] = [];
  const first: number[] = [];
  let later = 0;
  const queue: number[] = [];
  const sampler = setInterval(() => queue.push(acceptQueue()), 20);
  const get = (i: number, isFirst: boolean) => new Promise<void>((resolve, reject) => {
    const start = performance.now();
    const req = http.get({ host: '127.0.0.1', port: PORT, path: '/', agent }, (res) => res.resume().on('end', () => {
      const ms = performance.now() - start;
      if (isFirst) first[i] = ms;
      else later = Math.max(later, ms);
      resolve();
    }));
    if (isFirst) req.on('socket', (s) => s.once('connect', () => (connectedAt[i] = performance.now() - t0)));
    req.on('error', reject);
  });
  await Promise.all(Array.from({ length: connections }, async (_, i) => {
    for (let n = 0; performance.now() - t0 < 6000; n++) await get(i, n === 0);
  }));
  clearInterval(sampler);
  agent.destroy();
  const r = (x: number) => Math.round(x);
  console.log(`established by ${r(Math.max(...connectedAt))} ms; slowest first request ${r(Math.max(...first))} ms, slowest later request ${r(later)} ms; accept queue: largest ${Math.max(...queue)}, non-empty for ${queue.filter((q) => q > 0).length * 20} ms`);
}

async function main() {
  const runs = argValue('--runs', 6);
  const connections = argValue('--connections', 100);
  for (const [name, code] of Object.entries(SERVERS)) {
    console.log(`requests started ${name}:`);
    const server = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => server.stdout!.once('data', resolve));
    try {
      for (let i = 1; i <= runs; i++) {
        process.stdout.write(`  run ${i}: `);
        await run(connections);
      }
    } finally {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    }
  }
}

main().catch((err: unknown) => {
  console.error(`bench:accept: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
