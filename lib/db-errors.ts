// Which errors mean "the database cannot be reached right now" (answer 503,
// retry later) rather than a bug (500). Errors arrive wrapped: Prisma's error
// carries the driver adapter's, whose cause carries the driver's own code.

// Prisma: can't reach server, timed out reaching it, operation timed out,
// server closed the connection, pool timeout, too many connections.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
// Driver adapter error kinds behind those codes.
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
// SQLite: locked past the busy timeout, or the file cannot be opened or read.
const SQLITE_PREFIXES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_IOERR'];
// PostgreSQL SQLSTATE: class 08 (connection exception), server shutting down
// or starting (57P01-57P03), too many connections.
const PG_STATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
// node-postgres reports a dropped connection or a connect timeout in words only.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Can't reach database server|the database system is (shutting down|starting up)/i;

type Bag = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; driverAdapterError?: unknown };

function codeMatches(code: unknown): boolean {
  if (typeof code !== 'string') return false;
  return PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || PG_STATE.test(code) || SQLITE_PREFIXES.some((p) => code.startsWith(p));
}

function matches(b: Bag): boolean {
  if (codeMatches(b.code) || codeMatches(b.originalCode)) return true;
  if (typeof b.kind === 'string' && ADAPTER_KINDS.has(b.kind)) return true;
  return typeof b.message === 'string' && MESSAGES.test(b.message);
}

export function isDbUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const b = e as Bag;
    if (matches(b)) return true;
    const meta = b.meta as Bag | undefined;
    queue.push(b.cause, b.driverAdapterError, meta?.driverAdapterError);
    if (e instanceof AggregateError) queue.push(...e.errors);
  }
  return false;
}
