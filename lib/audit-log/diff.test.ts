import { describe, expect, it } from 'vitest';
import { fieldChanges, showValue } from './diff';

describe('audit field changes', () => {
  it('lists only the fields that changed', () => {
    const before = JSON.stringify({ name: 'A', status: 'in_use', version: 1, phone: null, notes: '' });
    const after = JSON.stringify({ name: 'B', status: 'in_use', version: 2, phone: '0791', notes: null });
    expect(fieldChanges(before, after)).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'version', before: '1', after: '2' },
      { field: 'phone', before: null, after: '0791' },
    ]);
  });

  it('shows the filled fields of a creation and every field of a removal', () => {
    expect(fieldChanges(null, '{"email":"a@b.cn","disabled":false,"notes":"","amenities":[]}')).toEqual([
      { field: 'email', before: null, after: 'a@b.cn' },
      { field: 'disabled', before: null, after: 'false' },
    ]);
    expect(fieldChanges('{"x":1}', null)).toEqual([{ field: 'x', before: '1', after: null }]);
  });

  it('keeps fields recorded only before as context, and spells out nested values', () => {
    const before = JSON.stringify({ reportId: 'r1', status: 'open', text: '关门了' });
    const after = JSON.stringify({ reportId: 'r1', status: 'resolved' });
    expect(fieldChanges(before, after)).toEqual([
      { field: 'status', before: 'open', after: 'resolved' },
      { field: 'text', before: '关门了', after: '关门了', context: true },
    ]);
    expect(fieldChanges(null, JSON.stringify({ photo: { id: 'p1', width: 2 } }))).toEqual([
      { field: 'photo.id', before: null, after: 'p1' },
      { field: 'photo.width', before: null, after: '2' },
    ]);
  });

  it('keeps markup as plain text and survives text that is not JSON', () => {
    const xss = '<img src=x onerror=alert(1)>';
    expect(fieldChanges(null, JSON.stringify({ name: xss }))).toEqual([{ field: 'name', before: null, after: xss }]);
    expect(fieldChanges('not json', '{"a":1')).toEqual([{ field: '', before: 'not json', after: '{"a":1' }]);
    expect(fieldChanges(null, null)).toEqual([]);
    expect(fieldChanges('"same"', '"same"')).toEqual([]);
  });

  it('writes arrays and deeper values readably', () => {
    expect(showValue(['toilet', 'wifi'])).toBe('toilet, wifi');
    expect(showValue({ a: [1, { b: 2 }] })).toBe('{"a":[1,{"b":2}]}');
    expect(showValue('')).toBeNull();
  });
});
