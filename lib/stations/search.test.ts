import { describe, expect, it } from 'vitest';
import { countyLabel, searchPlaces } from './search';
import { StationIndex, type HoursOracle, type IndexRow } from './station-index';

const oracle: HoursOracle = { openNow: () => true, is24x7: () => true };
const row = (id: string, name: string, countyCode: string): IndexRow => ({
  id, name, countyCode, kind: 'station', status: 'in_use', lat: 34.77, lng: 113.68, address: '', amenities: '', openingHours: '24/7',
});
const index = new StationIndex([
  row('a', '郑州东站户外劳动者港湾', '410105'), // 金水区, 郑州市
  row('b', '都昌县城职工驿站', '360428'),
  row('c', '济源市区爱心驿站', '419001'), // a county Henan runs directly
], oracle);

describe('searchPlaces', () => {
  it('finds divisions of all China and stations by pinyin, divisions with their English names', () => {
    const results = searchPlaces(index, 'zhengzhou');
    expect(results[0]).toMatchObject({ type: 'city', id: '410100', name: '郑州市', nameEn: 'Zhengzhou City', context: '河南省', contextEn: 'Henan' });
    expect(results.find((r) => r.type === 'station')).toEqual({
      type: 'station', id: 'a', name: '郑州东站户外劳动者港湾', context: '郑州市 金水区', contextEn: 'Jinshui District, Zhengzhou City', lat: 34.77, lng: 113.68,
    });
    for (const r of results) if (r.type !== 'station') expect(r.nameEn).toMatch(/^[A-Z]/);
  });

  it('puts an exact match first and a station found by its initials after the county of the same rank', () => {
    const dcx = searchPlaces(index, 'dcx', 30);
    expect(dcx.map((r) => r.name)).toEqual(expect.arrayContaining(['都昌县', '都昌县城职工驿站']));
    expect(dcx.findIndex((r) => r.name === '都昌县')).toBeLessThan(dcx.findIndex((r) => r.id === 'b'));
    expect(searchPlaces(index, 'Duchang County')[0]).toMatchObject({ type: 'county', id: '360428', context: '九江市', contextEn: 'Jiujiang City' });
  });

  it('keeps to the limit and answers nothing for a query of only spaces and marks', () => {
    expect(searchPlaces(index, 'a', 5)).toHaveLength(5);
    expect(searchPlaces(index, " ' ")).toEqual([]);
  });

  it('labels a county with its city, or its province when the province runs it', () => {
    expect(countyLabel('410105')).toBe('郑州市 金水区');
    expect(searchPlaces(index, 'jiyuanshiqu').find((r) => r.id === 'c')).toMatchObject({ context: expect.stringMatching(/^河南省 /), contextEn: expect.stringMatching(/, Henan$/) });
    expect(countyLabel('999999')).toBe('999999');
  });
});
