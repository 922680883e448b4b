import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseQuery } from '@/lib/http';
import { decodeCursor, encodeCursor } from './cursor';
import { changesQuerySchema } from './schema';

const parse = (q: string) => changesQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(q)));
const refusal = async (q: string) => {
  const r = parseQuery(changesQuerySchema, new URLSearchParams(q));
  if (r.ok) throw new Error(`accepted ${q}`);
  expect(r.response.status).toBe(400);
  return ((await r.response.json()) as { error: { message: string; field: string } }).error;
};

afterEach(() => vi.useRealTimers());

describe('changes query', () => {
  it('takes since with Z or an offset, limit 500 by default', () => {
    expect(parse('since=2025-01-01T00:00:00Z').data).toEqual({ since: new Date('2025-01-01T00:00:00Z'), limit: 500 });
    expect(parse('since=2025-01-01T08:00:00.5%2B08:00&limit=1000').data).toEqual({ since: new Date('2025-01-01T00:00:00.500Z'), limit: 1000 });
  });

  it('refuses a malformed since, naming it', async () => {
    for (const bad of ['', 'yesterday', '2025-01-01', '2025-01-01T00:00:00', '2025-02-30T00:00:00Z', '2025-01-01T25:00:00Z', '1735689600000']) {
      const e = await refusal(`since=${encodeURIComponent(bad)}`);
      expect(e.field).toBe('since');
      expect(e.message).toContain('ISO 8601');
    }
    expect((await refusal('limit=5')).field).toBe('since');
  });

  it('refuses a since later than the server\'s clock, and takes its very moment', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T00:00:00Z'), toFake: ['Date'] });
    const e = await refusal('since=2026-03-01T00:00:01Z');
    expect(e).toMatchObject({ field: 'since', message: expect.stringContaining('future') });
    expect(parse('since=2026-03-01T08:00:00%2B08:00').success).toBe(true);
  });

  it('refuses a limit outside 1–1000 or not a whole number, naming it', async () => {
    for (const bad of ['0', '1001', '-1', '1.5', '1e3', ' 5', 'ten', '']) {
      expect((await refusal(`since=2025-01-01T00:00:00Z&limit=${encodeURIComponent(bad)}`)).field).toBe('limit');
    }
  });

  it('reads back a cursor it gave, and refuses anything else naming `after`', async () => {
    const cursor = { at: new Date('2025-05-06T07:08:09.010Z'), id: 'st_1-x' };
    expect(parse(`since=2025-01-01T00:00:00Z&after=${encodeCursor(cursor)}`).data?.after).toEqual(cursor);
    const forged = [
      'abc', '', '!!!!', 'x'.repeat(129), Buffer.from('2025-05-06T07:08:09.010Z').toString('base64url'),
      Buffer.from('2025-02-30T07:08:09.010Z st1').toString('base64url'), Buffer.from('2025-05-06T07:08:09.010Z a/b').toString('base64url'),
      Buffer.from(`2025-05-06T07:08:09.010Z ${'a'.repeat(65)}`).toString('base64url'),
    ];
    for (const bad of forged) {
      expect(decodeCursor(bad)).toBeNull();
      expect((await refusal(`since=2025-01-01T00:00:00Z&after=${encodeURIComponent(bad)}`)).field).toBe('after');
    }
  });
});
