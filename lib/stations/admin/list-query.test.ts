import { expect, test } from 'vitest';
import { listQueryParams, parseListQuery, shanghaiDay } from './list-query';

test('bad parameters are dropped, good ones kept', () => {
  const q = parseListQuery({ q: ' 驿站 ', county: 'x', kind: 'station', status: ['in_use', 'closed'], sort: 'weird', before: '2026-13-45', after: "1' OR 1" });
  expect(q).toEqual({ q: '驿站', kind: 'station', status: 'in_use', sort: 'name' });
});

test('params round-trip without defaults', () => {
  const q = parseListQuery({ county: '360102', verified: 'before', before: '2026-01-31', sort: 'verified', archived: '1' });
  expect(listQueryParams(q, 'abc').toString()).toBe('county=360102&verified=before&before=2026-01-31&archived=1&sort=verified&after=abc');
  expect(shanghaiDay('2026-01-31').toISOString()).toBe('2026-01-30T16:00:00.000Z');
});
