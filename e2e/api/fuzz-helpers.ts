import assert from 'node:assert/strict';
import fc from 'fast-check';
import limits from '../../lib/http-limits.json' with { type: 'json' };
import { describeValue, encodeText, hostileParam, hostileText, type HostileParam } from '../../lib/testing/hostile';
import { fuzzOptions, RUNS } from '../../lib/testing/fuzz-seed';
import { randomAddress } from '../support/client-address';

// Property-based fuzzing of the public API: each parameter of each endpoint
// gets RUNS hostile values while the others stay valid. Every answer must be
// a valid 200, a JSON 4xx naming the parameter (or a JSON 404 for a missing
// row), never a 5xx. The parameters of one endpoint are fuzzed concurrently,
// with Node's fetch: a download (CSV, images) is checked by its headers and
// then dropped rather than read thousands of times. Checks use node:assert:
// Playwright's expect records a step per call and its cost grows with the
// count (8,000 calls: 0.4 ms each at first, 2.3 ms at the end), which made
// 2,000 values per parameter take over half an hour of the runner's CPU.

export { RUNS };

/** The server refuses a URL over its documented limit (414), or headers over Node's (431), before the app sees it. */
const TOO_LONG = new Set([414, 431]);

export type Shape = (body: unknown) => boolean;

export type QueryEndpoint = {
  path: string;
  /** Valid values of every parameter the base query sends. */
  base: Record<string, string>;
  /** Each fuzzed parameter and the arbitrary of its valid values. */
  params: Record<string, fc.Arbitrary<string>>;
  shape: Shape;
  /** Fields a 400 may name when this parameter is fuzzed (besides the parameter), e.g. zoom → bbox too large. */
  blames?: Record<string, string[]>;
  /** Leave out plain valid values: the valid answer is too slow to ask for thousands of times (other specs cover it). */
  slow?: boolean;
  /** Sent with every request, e.g. an admin's session cookie. */
  headers?: Record<string, string>;
};

export function queryOf(base: Record<string, string>, param: string, value: HostileParam): string {
  const parts = Object.entries(base).filter(([k]) => k !== param).map(([k, v]) => `${k}=${encodeText(v)}`);
  if (value === null) return parts.join('&');
  if (typeof value === 'object' && !Array.isArray(value)) return [...parts, `${param}=${value.raw}`].join('&');
  for (const v of Array.isArray(value) ? value : [value]) parts.push(`${param}=${encodeText(v)}`);
  return parts.join('&');
}

/**
 * The checks every answer passes; `fields` are the ones a 400 may name, `notFound` allows a JSON 404 without one.
 * A URL over the server's limit must get its clean refusal (a reset connection fails in `get`), any other never.
 */
export async function expectSane(res: Response, shape: Shape, fields: string[], label: string, notFound = false) {
  const status = res.status;
  const type = res.headers.get('content-type') ?? '';
  const target = new URL(res.url);
  const tooLong = target.pathname.length + target.search.length > limits.maxUrlBytes;
  if (status === 200 && !type.includes('json') && !tooLong) return void (await res.body?.cancel());
  const text = await res.text();
  const what = `${label} → ${status} ${text.slice(0, 200)}`;
  assert.ok(status < 500, what);
  assert.equal(TOO_LONG.has(status), tooLong, `${what} (URL over ${limits.maxUrlBytes} bytes: ${tooLong})`);
  if (tooLong) return void assert.match(JSON.parse(text).error.message, /at most \d+ bytes/, what);
  if (status === 200) return void assert.ok(shape(JSON.parse(text)), `shape: ${what}`);
  assert.ok(status === 400 || (notFound && status === 404), what);
  assert.ok(type.includes('application/json'), what);
  const body = JSON.parse(text) as { error?: { message?: unknown; field?: unknown } };
  assert.ok(typeof body.error?.message === 'string' && body.error.message.trim() !== '', what);
  if (status === 400) assert.ok(fields.includes(body.error?.field as string), `${what} (may name ${fields.join(', ')})`);
}

/**
 * Each request comes from an address of its own, as thousands of values from one address would
 * meet the per-client limits. A network failure is a finding too; its cause (reset, refused)
 * says more than "fetch failed".
 */
export async function get(base: string, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', randomAddress());
  try {
    return await fetch(new URL(url, base), { redirect: 'manual', ...init, headers });
  } catch (e) {
    throw new Error(`${url.slice(0, 200)}: ${String((e as Error).cause ?? e)}`);
  }
}

/** Per test: generous, as the machine may be busy; a few minutes when idle. */
export const FUZZ_TIMEOUT = Math.max(120_000, RUNS * 1000);
/** fast-check's options: RUNS values from the printed seed (FUZZ_SEED replays it). */
export const OPTIONS = fuzzOptions();

/** Fuzzes every parameter of the endpoint, RUNS values each, all parameters at once. */
export async function fuzzQuery(base: string, e: QueryEndpoint) {
  await Promise.all(Object.entries(e.params).map(([param, valid]) => fc.assert(
    fc.asyncProperty(hostileParam(valid, !e.slow), async (value) => {
      const url = `${e.path}?${queryOf(e.base, param, value)}`;
      await expectSane(await get(base, url, { headers: e.headers }), e.shape, [param, ...(e.blames?.[param] ?? [])], `${param}=${describeValue(value)}`);
    }),
    OPTIONS,
  )));
}

/**
 * Fuzzes a route parameter: `${prefix}/${value}${suffix}`. A value that takes
 * the URL off the route (a slash, "." or "..", nothing) reaches another route
 * or the router's 404 page instead of the handler, which only has to stay
 * below 500. A broken percent-escape is refused as a 400 naming "path".
 */
export async function fuzzRoute(base: string, prefix: string, field: string, valid: fc.Arbitrary<string>, shape: Shape, suffix = '', slow = false) {
  const value = fc.oneof(
    { weight: 6, arbitrary: hostileText(valid, !slow).map((v) => ({ v, path: encodeText(v) })) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%00', '..%2F..%2Fetc', '%2e%2e', '%2F', '%5C').map((raw) => ({ v: raw, path: raw })) },
  );
  await fc.assert(fc.asyncProperty(value, async ({ v, path }) => {
    const res = await get(base, `${prefix}/${path}${suffix}`);
    const label = `${field}=${describeValue(v)}`;
    const offRoute = v === '' || v === '.' || v === '..' || /[/\\]/.test(v) || /%2f|%5c|%2e/i.test(path);
    if (offRoute) return void assert.ok((await res.body?.cancel(), res.status) < 500, `${label} → ${res.status}`);
    await expectSane(res, shape, [field, 'path'], label, true);
  }), OPTIONS);
}

/** Valid decimal text between min and max, with up to `digits` decimals. */
export const decimal = (min: number, max: number, digits = 4) =>
  fc.integer({ min: Math.round(min * 10 ** digits), max: Math.round(max * 10 ** digits) }).map((n) => (n / 10 ** digits).toFixed(digits));

export const wholeNumber = (min: number, max: number) => fc.integer({ min, max }).map(String);

/** "a,b" lists of vocabulary codes, possibly empty. */
export const codes = (vocab: readonly string[]) => fc.subarray([...vocab]).map((xs) => xs.join(','));

export const flag = fc.constantFrom('1', '0', 'true', 'false', '');

/** A bbox inside Jiangxi, at most `span` degrees wide and high. */
export const jiangxiBox = (span: number) =>
  fc.tuple(decimal(113.6, 117.5), decimal(24.5, 29.5), decimal(0.001, span), decimal(0.001, span))
    .map(([x, y, w, h]) => [x, y, Number(x) + Number(w), Number(y) + Number(h)].map((n) => Number(n).toFixed(4)).join(','));

export const isObject = (b: unknown): b is Record<string, unknown> => typeof b === 'object' && b !== null && !Array.isArray(b);
