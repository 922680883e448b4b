// `next start` in WEB_CONCURRENCY processes on one port (node:cluster shares
// the listening socket). One Node process uses one core for rendering; the
// app keeps nothing shared in memory (sessions, rate limits and the data
// version live in the database), so the workers act as separate instances.
// Usage: node scripts/lib/serve-next.mjs PORT WORKERS   (scripts/start.ts runs it)
// SIGINT/SIGTERM go to every worker; each stops accepting, finishes the
// requests in flight and exits, then this process exits as `next start` would.
import cluster from 'node:cluster';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [port, count] = process.argv.slice(2);
const workers = Number(count) || 1;
const nextBin = path.resolve('node_modules/next/dist/bin/next');

async function nextStart() {
  process.argv = [process.argv[0], nextBin, 'start', '-p', String(port)];
  await import(pathToFileURL(nextBin).href);
}

function primary() {
  let stopping = null;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      console.error(`server worker ${worker.process.pid} stopped (${signal || code}); starting another`);
      cluster.fork();
    } else if (Object.keys(cluster.workers).length === 0) {
      process.exit(stopping === 'SIGINT' ? 130 : 143);
    }
  });
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = sig;
      for (const w of Object.values(cluster.workers)) w.process.kill(sig);
    });
  }
}

if (workers <= 1 || !cluster.isPrimary) await nextStart();
else primary();
