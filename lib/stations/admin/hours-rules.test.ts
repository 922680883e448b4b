import { describe, expect, test } from 'vitest';
import { validateHours } from '@/lib/hours';
import { buildHours, daySpec, newRow, parseHours } from './hours-rules';

describe('hours editor rules', () => {
  test('rows become one rule per group of days with equal hours', () => {
    expect(buildHours([newRow([0, 1, 2, 3, 4], '08:00', '18:00')])).toBe('Mo-Fr 08:00-18:00');
    expect(buildHours([newRow([0, 1, 2, 3, 4], '08:00', '12:00'), newRow([0, 1, 2, 3, 4], '14:00', '18:00'), newRow([5, 6], '09:00', '17:00')]))
      .toBe('Mo-Fr 08:00-12:00,14:00-18:00; Sa-Su 09:00-17:00');
    // Overlapping day sets: each day in one rule, so nothing is overridden.
    expect(buildHours([newRow([0, 1, 2, 3, 4, 5], '08:00', '12:00'), newRow([5], '14:00', '18:00')]))
      .toBe('Mo-Fr 08:00-12:00; Sa 08:00-12:00,14:00-18:00');
    expect(buildHours([newRow([0, 1, 2, 3, 4, 5, 6], '00:00', '24:00')])).toBe('24/7');
    expect(buildHours([newRow([4], '22:00', '06:00')])).toBe('Fr 22:00-06:00');
  });

  test('incomplete rows are left out', () => {
    expect(buildHours([newRow([], '08:00', '18:00'), newRow([0], '08:00', '08:00'), newRow([1], '', '18:00')])).toBe('');
  });

  test('every string the editor writes is valid', () => {
    for (const rows of [[newRow()], [newRow([0, 2, 4], '07:30', '21:00'), newRow([6], '22:00', '02:00')]]) {
      expect(validateHours(buildHours(rows))).toEqual({ ok: true });
    }
  });

  test('daySpec writes runs as ranges', () => {
    expect(daySpec([0, 2, 3, 4, 6])).toBe('Mo,We-Fr,Su');
  });

  test('strings the editor could have written read back as rows; others do not', () => {
    const s = 'Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-17:00';
    expect(buildHours(parseHours(s)!)).toBe(s);
    expect(parseHours('24/7')).toEqual([newRow([0, 1, 2, 3, 4, 5, 6], '00:00', '24:00')]);
    expect(parseHours('Mo-Fr 08:00-18:00; Fr 09:00-10:00')).toBeNull(); // Fr overridden: not rows
    expect(parseHours('Mo-Fr 08:00-18:00; PH off')).toBeNull();
    expect(parseHours('')).toBeNull();
  });
});
