import { describe, expect, test } from 'vitest';
import { fromWgs84 } from '@/lib/geo/crs';
import { conflictRows, mergeConflict } from './conflict';
import { EMPTY_VALUES, type FormValues } from './form-values';

const base: FormValues = { ...EMPTY_VALUES, name: '老名', lat: '28.702086', lng: '115.898683', countyCode: '360102', phone: '1', amenities: ['toilet'] };

describe('edit conflicts', () => {
  test('rows list what they changed meanwhile, yours beside theirs', () => {
    const theirs = { ...base, name: '他们的名字', amenities: ['toilet', 'wifi'] };
    const yours = { ...base, phone: '2' };
    expect(conflictRows(base, yours, theirs)).toEqual([
      { field: 'name', yours: '老名', theirs: '他们的名字', youChangedToo: false },
      { field: 'amenities', yours: 'toilet', theirs: 'toilet,wifi', youChangedToo: false },
    ]);
  });

  test('merging keeps all of yours and takes theirs where you left a field alone', () => {
    const theirs = { ...base, name: '他们的名字', address: '他们的地址' };
    const yours = { ...base, name: '我的名字', phone: '2' };
    const merged = mergeConflict(base, yours, theirs);
    expect(merged).toMatchObject({ name: '我的名字', phone: '2', address: '他们的地址' });
    expect(conflictRows(base, yours, theirs).find((r) => r.field === 'name')?.youChangedToo).toBe(true);
  });

  test('a point typed in GCJ-02 equals the same WGS-84 point', () => {
    const [x, y] = fromWgs84(115.898683, 28.702086, 'gcj02');
    const yours = { ...base, lat: String(y), lng: String(x), crs: 'gcj02' as const };
    expect(conflictRows(base, yours, { ...base, name: 'n' }).map((r) => r.field)).toEqual(['name']);
    const theirs = { ...base, lat: '28.71' };
    const [row] = conflictRows(base, yours, theirs);
    expect(row).toMatchObject({ field: 'location', youChangedToo: false, theirs: '28.710000, 115.898683' });
    expect(mergeConflict(base, yours, theirs)).toMatchObject({ lat: '28.71', crs: 'wgs84' });
  });

  test('nothing changed meanwhile: no rows, yours unchanged', () => {
    const yours = { ...base, name: 'x' };
    expect(conflictRows(base, yours, base)).toEqual([]);
    expect(mergeConflict(base, yours, base)).toEqual(yours);
  });

  test('services compare by what is filled in, and merge as whole lists', () => {
    const legal = { kind: 'legal_aid', schedule: 'Tu 14:00-17:00', note: '' };
    const withBlank = { ...base, services: [legal, { kind: '', schedule: '', note: '' }] };
    expect(conflictRows({ ...base, services: [legal] }, withBlank, withBlank)).toEqual([]);
    const theirs = { ...base, services: [legal, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: '带(毛巾' }] };
    expect(conflictRows(base, base, theirs)).toEqual([
      { field: 'services', yours: '', theirs: 'legal_aid@Tu 14:00-17:00; haircut@Sa 09:00-12:00(带\\(毛巾)', youChangedToo: false },
    ]);
    const merged = mergeConflict(base, base, theirs);
    expect(merged.services).toEqual(theirs.services);
    expect(merged.services).not.toBe(theirs.services);
  });
});

