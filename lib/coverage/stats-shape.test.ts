import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { type Place, type PlaceCounty, byAmenity, byDivision, byHours24, byKindAndStatus, monthRange } from './stats-shape';

const cities: Place[] = [{ code: '3601', name: '甲市', nameEn: 'Jia' }, { code: '3602', name: '乙市', nameEn: 'Yi' }];
const county = (code: string, name: string, partCode: string): PlaceCounty =>
  ({ code, name, nameEn: name, partCode, parentName: cities.find((c) => c.code === partCode)!.name, parentNameEn: '' });
const counties = [county('360101', '一区', '3601'), county('360102', '二区', '3601'), county('360201', '三县', '3602')];
const rows = [
  { countyCode: '360101', kind: 'station', status: 'in_use', n: 5 },
  { countyCode: '360101', kind: 'station', status: 'planned', n: 2 },
  { countyCode: '360201', kind: 'service_centre', status: 'in_use', n: 1 },
  { countyCode: 'bench-9', kind: 'station', status: 'in_use', n: 4 },
];

describe('station statistics', () => {
  it('sum counties into the parts of the region, keep unknown county codes apart', () => {
    const d = byDivision(rows, counties, cities);
    expect(d.parts).toEqual([{ code: '3601', name: '甲市', nameEn: 'Jia', total: 7, inUse: 5 }, { code: '3602', name: '乙市', nameEn: 'Yi', total: 1, inUse: 1 }]);
    expect(d.counties.map((c) => [c.code, c.total, c.inUse])).toEqual([['360101', 7, 5], ['360102', 0, 0], ['360201', 1, 1]]);
    expect(d.otherCounties).toBe(4);
  });

  it('count kinds and statuses over every row', () => {
    const k = byKindAndStatus(rows);
    expect(k.kinds.find((x) => x.code === 'station')).toEqual({ code: 'station', total: 11, inUse: 9 });
    expect(k.statuses.find((x) => x.code === 'planned')).toEqual({ code: 'planned', total: 2 });
  });

  it('split stored amenity lists and give shares of stations in use', () => {
    const a = byAmenity([{ amenities: 'drinking_water,toilet', n: 3 }, { amenities: 'toilet', n: 1 }], 4);
    expect(a.find((x) => x.code === 'toilet')).toEqual({ code: 'toilet', count: 4, share: 1 });
    expect(a.find((x) => x.code === 'drinking_water')!.share).toBe(0.75);
  });

  it('give the 24-hour share per part of the region', () => {
    const h = byHours24([{ countyCode: '360101', openingHours: '24/7', n: 3 }, { countyCode: '360102', openingHours: 'Mo-Fr 08:00-18:00', n: 1 }], (s) => s === '24/7', counties, cities);
    expect(h[0]).toEqual({ code: '3601', name: '甲市', nameEn: 'Jia', inUse: 4, h24: 3, share: 0.75 });
  });

  it('cut months in Shanghai time', () => {
    // 2026-01-31T17:00Z is already 1 February in Shanghai.
    const m = monthRange(new Date('2025-12-15T00:00:00Z'), new Date('2026-01-31T17:00:00Z'));
    expect(m.map((x) => x.month)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(m[1]!.from.toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });
});

describe('csv', () => {
  it('starts with a BOM, quotes what needs it and defuses formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', 1], ['=SUM(A1)', '"q"']])).toBe('\uFEFFa,b\r\n"x,y",1\r\n\'=SUM(A1),"""q"""\r\n');
  });
});
