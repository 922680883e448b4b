import { describe, expect, test } from 'vitest';
import { counties, countyAt } from '@/lib/divisions-data';
import { countiesNear, findDuplicates, sameName } from './duplicates';

const at = { lat: 28.702086, lng: 115.898683 };
const north = (m: number) => at.lat + m / 111_320;

describe('duplicate warning', () => {
  const target = { name: '八一广场驿站', countyCode: '360102', ...at };

  test('another station within 50 m is a duplicate; 60 m away is not', () => {
    const d = findDuplicates(target, [
      { id: 'a', name: '别的名字', countyCode: '360102', lat: north(40), lng: at.lng },
      { id: 'b', name: '更远的', countyCode: '360102', lat: north(60), lng: at.lng },
    ]);
    expect(d.map((x) => [x.id, x.near, x.sameName, x.distanceM])).toEqual([['a', true, false, 40]]);
  });

  test('the same name in the same county is a duplicate wherever it is; in another county it is not', () => {
    const d = findDuplicates(target, [
      { id: 'c', name: '八一广场 驿站', countyCode: '360102', lat: north(5000), lng: at.lng },
      { id: 'd', name: '八一广场驿站', countyCode: '360111', lat: north(6000), lng: at.lng },
    ]);
    expect(d.map((x) => [x.id, x.near, x.sameName])).toEqual([['c', false, true]]);
  });

  test('the station itself and repeated candidates are left out', () => {
    const self = { id: 's', name: '八一广场驿站', countyCode: '360102', ...at };
    const other = { id: 'o', name: 'x', countyCode: '360102', ...at };
    expect(findDuplicates({ ...target, id: 's' }, [self, other, other]).map((x) => x.id)).toEqual(['o']);
  });

  test('names compare without spaces, width and case', () => {
    expect(sameName('驿站 1', '驿站１')).toBe(true);
    expect(sameName('Station A', 'station  a')).toBe(true);
    expect(sameName('驿站1', '驿站2')).toBe(false);
  });

  test('countiesNear includes the county holding the point', () => {
    for (const c of counties) {
      const code = countyAt(c.lng, c.lat);
      if (code) expect(countiesNear(c.lng, c.lat)).toContain(code);
    }
    expect(countiesNear(121.47, 31.23)).toContain('310101'); // Shanghai 黄浦区: all of China now
    expect(countiesNear(113.5886, 34.6795)).toContain('410103'); // Zhengzhou 二七区
    expect(countiesNear(123, 28)).toEqual([]); // East China Sea
  });
});
