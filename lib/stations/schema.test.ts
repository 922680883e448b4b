import { describe, expect, it } from 'vitest';
import { nearestQuerySchema, toFilters, viewportQuerySchema } from './schema';

const parse = (q: Record<string, string>) => nearestQuerySchema.safeParse(q);
const field = (r: ReturnType<typeof parse>) => (r.success ? null : r.error.issues[0]?.path.join('.'));

describe('nearest query', () => {
  it('accepts a valid query and applies defaults', () => {
    const r = parse({ lat: '28.68', lng: '115.89' });
    expect(r.success && r.data).toMatchObject({ lat: 28.68, lng: 115.89, limit: 10 });
    expect(r.success && toFilters(r.data).statuses).not.toContain('closed');
  });

  it.each([
    [{ lng: '115' }, 'lat'],
    [{ lat: 'NaN', lng: '115' }, 'lat'],
    [{ lat: 'Infinity', lng: '115' }, 'lat'],
    [{ lat: '1e3', lng: '115' }, 'lat'],
    [{ lat: '91', lng: '115' }, 'lat'],
    [{ lat: '28', lng: '-181' }, 'lng'],
    [{ lat: '28', lng: '115', limit: '0' }, 'limit'],
    [{ lat: '28', lng: '115', limit: '51' }, 'limit'],
    [{ lat: '28', lng: '115', limit: '2.5' }, 'limit'],
    [{ lat: '28', lng: '115', kind: 'station,castle' }, 'kind'],
    [{ lat: '28', lng: '115', amenities: 'wifi,pool' }, 'amenities'],
    [{ lat: '28', lng: '115', openNow: 'maybe' }, 'openNow'],
    [{ lat: '28', lng: '115', bbox: '1,2,3' }, 'bbox'],
    [{ lat: '28', lng: '115', name: 'x'.repeat(10) }, null],
    [{ lat: '2'.repeat(500), lng: '115' }, 'lat'],
  ])('%j → field %s', (q, expected) => {
    expect(field(parse(q as Record<string, string>))).toBe(expected);
  });
});

describe('viewport query', () => {
  it('refuses a box whose minimum is not below its maximum, and a fractional zoom', () => {
    expect(viewportQuerySchema.safeParse({ bbox: '116,28,115,29', zoom: '8' }).success).toBe(false);
    expect(viewportQuerySchema.safeParse({ bbox: '115,28,116,29', zoom: '8.5' }).success).toBe(false);
    expect(viewportQuerySchema.safeParse({ bbox: '115,28,116,29', zoom: '8' }).success).toBe(true);
  });
});
