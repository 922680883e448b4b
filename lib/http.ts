import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { isDbUnavailable } from '@/lib/db-errors';

// The one error shape of the API: { error: { message, field? } }.
export function jsonError(status: number, message: string, field?: string) {
  return NextResponse.json({ error: field ? { message, field } : { message } }, { status });
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: NextResponse };

/** Parse URL search params with a zod schema; the first problem becomes a 400 naming the field. */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): Parsed<z.infer<S>> {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    // A repeated parameter is ambiguous: refuse it rather than guess.
    if (values.length > 1) return { ok: false, response: jsonError(400, `${key.slice(0, 40)}: given more than once`, key.slice(0, 40)) };
    raw[key] = values[0] as string;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  return { ok: false, response: jsonError(400, `${field ?? 'query'}: ${issue?.message ?? 'invalid'}`, field) };
}

export function json(data: unknown, init?: { maxAge?: number }) {
  const headers: Record<string, string> = {};
  if (init?.maxAge) headers['Cache-Control'] = `public, max-age=${init.maxAge}`;
  return NextResponse.json(data, { headers });
}

/** Seconds a client should wait before retrying while the database is away. */
const RETRY_AFTER_S = 5;
let lastOutageLog = 0;

/** 503 with the one error shape: the database cannot be reached; a retry will do. */
export function databaseUnavailable() {
  return NextResponse.json(
    { error: { message: 'The database is unavailable; try again in a few seconds' } },
    { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_S), 'Cache-Control': 'no-store' } },
  );
}

/**
 * Wraps a route handler so that a database outage answers 503 JSON instead of
 * a 500: `export const GET = withDb(async (req) => …)`. Other errors still throw.
 */
export function withDb<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDbUnavailable(error)) throw error;
      // One line per ten seconds of outage is enough to see it in the log.
      if (Date.now() - lastOutageLog > 10_000) {
        lastOutageLog = Date.now();
        console.warn(`database unavailable: ${error instanceof Error ? error.message.split('\n').at(-1) : String(error)}`);
      }
      return databaseUnavailable();
    }
  };
}

/** Small public JSON bodies (a confirmation, a review): at most this many bytes are read. */
export const MAX_JSON_BODY_BYTES = 4096;

/**
 * Reads a JSON object body without trusting Content-Length: the stream is cut at `maxBytes`
 * (413), and what is not JSON or not an object is a 400 naming the body.
 */
export async function readJsonObject(req: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<Parsed<Record<string, unknown>>> {
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: jsonError(413, `body: at most ${maxBytes} bytes`, 'body') };
    }
    chunks.push(value);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return { ok: false, response: jsonError(400, 'body: expected a JSON object', 'body') };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, response: jsonError(400, 'body: expected a JSON object', 'body') };
  return { ok: true, data: body as Record<string, unknown> };
}

/** The first problem of a zod result as a 400 naming its field. */
export function fieldError(error: z.ZodError): NextResponse {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  return jsonError(400, `${field}: ${issue?.message ?? 'invalid'}`, field);
}
