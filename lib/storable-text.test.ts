import { describe, expect, it } from 'vitest';
import { parseListQuery } from './stations/admin/list-query';
import { stationInputSchema } from './stations/admin/input-schema';
import { decisionSchema } from './reports/schema';

// PostgreSQL refuses a NUL in text: every text field drops it before checks.
describe('NUL characters in user text', () => {
  it('leave the admin list filter', () => {
    expect(parseListQuery({ q: '东湖\u0000站' }).q).toBe('东湖站');
    expect(parseListQuery({ q: '\u0000' }).q).toBeUndefined();
  });
  it('leave station text fields', () => {
    const out = stationInputSchema.safeParse({
      name: '驿\u0000站', kind: 'station', status: 'in_use', lat: '28.7021', lng: '115.8987', openingHours: '24/7', notes: 'a\u0000b',
    });
    expect(out.success && [out.data.name, out.data.notes]).toEqual(['驿站', 'ab']);
  });
  it('leave a moderator note', () => {
    expect(decisionSchema.parse({ reportId: 'r1', decision: 'resolve', note: '好\u0000' }).note).toBe('好');
  });
});
