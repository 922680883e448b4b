// The production server: Next's request handler on Node's own HTTP server
// (a Next "custom server"), in WEB_CONCURRENCY processes on one port
// (node:cluster shares the listening socket). One Node process uses one core
// for rendering; the app keeps nothing shared in memory (sessions, rate limits
// and the data version live in the database), so the workers act as separate
// instances. Usage: node scripts/lib/serve-next.mjs PORT WORKERS   (scripts/start.ts runs it)
//
// Why not `next start`: its HTTP server cannot be configured where the field
// needs it (see lib/http-limits.json, shared with the tests):
// - a request line or headers over the limit get a clean JSON 414/431 that the
//   client can read, instead of a socket reset while it is still writing;
// - kept-alive sockets stay open longer than any client keeps them, so a
//   client never reuses a socket the server is closing at that moment;
// - the peer address of the socket reaches the app in `x-yizhan-peer`
//   (whatever a client sent under that name is dropped, and so is `x-nonce`,
//   which only proxy.ts may set);
// - requests start one per turn of the event loop (./one-per-turn.mjs).
// SIGINT/SIGTERM: each worker stops accepting, finishes the requests in flight
// (their sockets close after the answer) and exits, then this process exits.
import cluster from 'node:cluster';
import v8 from 'node:v8';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { onePerTurn } from './one-per-turn.mjs';

const [port, count] = process.argv.slice(2);
const workers = Number(count) || 1;
const limits = JSON.parse(readFileSync(path.resolve('lib/http-limits.json'), 'utf8'));
const PEER_HEADER = 'x-yizhan-peer';
const NONCE_HEADER = 'x-nonce';

function rawAnswer(status, message, field) {
  const body = JSON.stringify({ error: { message, ...(field && { field }) } });
  return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n`
    + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** Node's parser refused the request (headers too large, malformed): answer, then read and drop the rest. */
function onClientError(err, socket) {
  if (!socket.writable || err.code === 'ECONNRESET') return socket.destroy();
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  socket.end(rawAnswer(tooLarge ? 431 : 400, tooLarge ? `request headers: at most ${limits.maxHeaderBytes} bytes` : 'malformed request', tooLarge ? 'headers' : undefined));
  // Closing a socket with unread data sends a reset, which can reach the client before the answer.
  socket.on('data', () => {});
  socket.resume();
  setTimeout(() => socket.destroy(), limits.drainMs).unref();
}

// V8 grows a busy server's heap by up to 4× its live data before collecting
// (on a machine with memory to spare): measured 580 MB of heap for ~130 MB live,
// 800 MB RSS. Growing it by 15 % instead held the load test at ~345 MB RSS at a
// higher throughput, with no hard cap that more stations could run into.
const HEAP_GROWING_PERCENT = 15;

const admit = onePerTurn();

async function worker() {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  process.env.NODE_ENV = 'production';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), port: Number(port) });
  const handle = app.getRequestHandler();
  await app.prepare();
  let stopping = false;
  const inFlight = new Set();
  const server = http.createServer({ maxHeaderSize: limits.maxHeaderBytes }, (req, res) => {
    if (stopping) res.shouldKeepAlive = false;
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    if (req.url.length > limits.maxUrlBytes) {
      req.resume(); // a body left unread would reset the connection before the client reads the answer
      res.writeHead(414, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      return res.end(JSON.stringify({ error: { message: `url: at most ${limits.maxUrlBytes} bytes`, field: 'url' } }));
    }
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
    // Set by proxy.ts alone: the station page takes one that is there as the proxy's (app/[locale]/stations/[id]/route.ts).
    delete req.headers[NONCE_HEADER];
    admit(() => handle(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'internal error' } }));
    }));
  });
  server.keepAliveTimeout = limits.keepAliveMs;
  server.headersTimeout = limits.keepAliveMs + 1000;
  server.on('clientError', onClientError);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      server.close(() => process.exit(sig === 'SIGINT' ? 130 : 143));
      // A request in flight answers with `Connection: close`; a socket it leaves idle would
      // otherwise keep the stopping server alive until the client's keep-alive ran out.
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 100).unref();
    });
  }
  server.listen(Number(port), () => console.log(`▲ ready on port ${port} (process ${process.pid})`));
}

function primary() {
  let stopping = null;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (w, code, signal) => {
    if (!stopping) {
      console.error(`server worker ${w.process.pid} stopped (${signal || code}); starting another`);
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

if (workers <= 1 || !cluster.isPrimary) await worker();
else primary();
