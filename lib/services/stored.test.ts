import { describe, expect, it } from 'vitest';
import { NO_SERVICES, parseServices, serialiseServices } from './stored';

describe('stored services', () => {
  it('round-trips a list, keys in one order and no note as null', () => {
    const list = [{ kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }] as const;
    const text = serialiseServices(list);
    expect(text).toBe('[{"kind":"legal_aid","schedule":"Tu,Th 14:00-17:00","note":"带身份证"},{"kind":"haircut","schedule":"Sa 09:00-12:00","note":null}]');
    expect(parseServices(text)).toEqual(list);
    expect(serialiseServices([{ schedule: 'Sa 09:00-12:00', note: '', kind: 'haircut' }])).toBe(serialiseServices([list[1]]));
    expect(serialiseServices([])).toBe(NO_SERVICES);
  });

  it.each([
    ['not JSON', '{oops'], ['an object', '{"kind":"haircut"}'], ['a number', '42'], ['null', 'null'], ['empty', ''], ['nothing', null], ['absent', undefined],
  ])('reads %s as none, never throwing', (_, stored) => {
    expect(parseServices(stored)).toEqual([]);
  });

  it('leaves out items it cannot read and keeps the rest', () => {
    const stored = JSON.stringify([
      { kind: 'magic', schedule: 'Mo 10:00-12:00' }, { kind: 'haircut' }, { kind: 'haircut', schedule: '  ' }, 'x', null,
      { kind: 'health_check', schedule: ' Mo 10:00-12:00 ', note: 7 }, { kind: 'haircut', schedule: 'x'.repeat(256) },
    ]);
    expect(parseServices(stored)).toEqual([{ kind: 'health_check', schedule: 'Mo 10:00-12:00', note: null }]);
  });

  it('reads at most twelve and notes of at most 100 characters', () => {
    const many = JSON.stringify(Array.from({ length: 20 }, () => ({ kind: 'haircut', schedule: 'Sa 09:00-12:00', note: 'n'.repeat(300) })));
    const read = parseServices(many);
    expect(read).toHaveLength(12);
    expect(read[0]!.note).toHaveLength(100);
  });
});
