import { describe, expect, it } from 'vitest';
import { dayRange, decodeCursor, encodeCursor, filterParams, parseAuditFilters } from './filters';

describe('audit filters', () => {
  it('keeps good values and names bad ones', () => {
    const { filters, errors } = parseAuditFilters({
      action: 'edit', actor: ' a@b.cn ', station: 'abc', county: '999999', from: '2026-13-45', to: '2026-11-02',
    });
    expect(filters).toEqual({ action: 'edit', actor: 'a@b.cn', station: 'abc', to: '2026-11-02' });
    expect(errors).toEqual(['county', 'from']);
    expect(parseAuditFilters({ action: 'drop_table' }).errors).toEqual(['action']);
    expect(parseAuditFilters({ from: '2026-11-03', to: '2026-11-02' }).errors).toEqual(['to']);
  });

  it('reads whole days in China time', () => {
    expect(dayRange('2026-11-01', '2026-11-01')).toEqual({
      gte: new Date('2026-10-31T16:00:00Z'), lt: new Date('2026-11-01T16:00:00Z'),
    });
    expect(dayRange()).toEqual({});
  });

  it('round-trips the page cursor and refuses junk', () => {
    const c = { at: new Date('2026-11-25T19:00:00.123Z'), id: 'cmabc123' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('2026-11-25_x')).toBeNull();
    expect(decodeCursor("2026-11-25T19:00:00.123Z_a'b")).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
    expect(filterParams({ action: 'edit' }, c).toString()).toBe('action=edit&after=2026-11-25T19%3A00%3A00.123Z_cmabc123');
  });
});
