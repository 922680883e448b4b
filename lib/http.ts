import { NextResponse } from 'next/server';
import type { z } from 'zod';

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
    raw[key] = values.length === 1 ? (values[0] as string) : '\u0000repeated';
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = raw[field ?? '']?.startsWith('\u0000') ? 'given more than once' : (issue?.message ?? 'invalid');
  return { ok: false, response: jsonError(400, `${field ?? 'query'}: ${message}`, field) };
}

export function json(data: unknown, init?: { maxAge?: number }) {
  const headers: Record<string, string> = {};
  if (init?.maxAge) headers['Cache-Control'] = `public, max-age=${init.maxAge}`;
  return NextResponse.json(data, { headers });
}
