import { describe, expect, it } from 'vitest';
import { countyAt } from '@/lib/divisions/locate';
import type { Admin } from '@/lib/permissions/roles';
import { chooseCounty, locate, mayActIn, namesCounty, placeName } from './place';

// The point decides the county, anywhere in China; what the file's county
// column says is only compared with it.

const JINSHUI = '410105'; // 郑州市金水区
const ZZ = { lng: 113.66, lat: 34.76 };

describe('locate', () => {
  it('finds the county of a point anywhere in mainland China, in any coordinate system', () => {
    expect(locate(ZZ.lng, ZZ.lat, 'wgs84')).toMatchObject({ ok: true, countyCode: JINSHUI });
    expect(locate(87.6, 43.8, 'wgs84')).toMatchObject({ ok: true, countyCode: countyAt(87.6, 43.8) });
  });
  it('refuses a point outside mainland China, and says when the coordinates are swapped', () => {
    expect(locate(139.7, 35.7, 'wgs84')).toEqual({ ok: false, code: 'outsideChina' });
    expect(locate(ZZ.lat, ZZ.lng, 'gcj02')).toEqual({ ok: false, code: 'swappedCoordinates' });
  });
});

describe('scope and place names', () => {
  const admin = (role: Admin['role'], divisionCode: string | null): Admin => ({ id: 'a', email: 'a', name: 'a', role, divisionCode });
  it('decides scope from the national catalog', () => {
    expect(mayActIn(admin('city', '410100'), JINSHUI)).toBe(true);
    expect(mayActIn(admin('city', '360100'), JINSHUI)).toBe(false);
    expect(mayActIn(admin('county', '360102'), JINSHUI)).toBe(false);
    expect(mayActIn(admin('county', '360102'), '360102')).toBe(true);
    expect(mayActIn(admin('county', '410100'), '410100')).toBe(false); // a city is no county
  });
  it('names the province, city and county in either language', () => {
    expect(placeName(JINSHUI, 'zh-CN')).toBe('河南省郑州市金水区');
    expect(placeName(JINSHUI, 'en')).toMatch(/^Jinshui District, Zhengzhou.*, Henan$/u);
  });
});

describe('county columns', () => {
  it.each(['金水区', '金水', '郑州市金水区', '郑州金水区', '河南省郑州市金水区', '郑州市', '河南省', JINSHUI])('takes %j as naming 金水区', (text) => {
    expect(namesCounty(text, JINSHUI)).toBe(true);
  });
  it.each(['二七区', '金水县', '开封市金水区', '高新区'])('does not take %j as naming 金水区', (text) => {
    expect(namesCounty(text, JINSHUI)).toBe(false);
  });
  it('warns about a development zone or another county, naming both, and keeps the point\'s county', () => {
    expect(chooseCounty({ name: '郑州高新区' }, JINSHUI)).toEqual({ countyCode: JINSHUI, warning: { code: 'developmentZone', params: { named: '郑州高新区', found: JINSHUI } } });
    expect(chooseCounty({ name: '经开区' }, JINSHUI).warning?.code).toBe('developmentZone');
    expect(chooseCounty({ name: '二七区' }, JINSHUI)).toEqual({ countyCode: JINSHUI, warning: { code: 'countyMismatch', params: { named: '二七区', found: JINSHUI } } });
    expect(chooseCounty({ code: '410103' }, JINSHUI).warning).toEqual({ code: 'countyMismatch', params: { named: '二七区', found: JINSHUI } });
    expect(chooseCounty({ name: '金水区' }, JINSHUI)).toEqual({ countyCode: JINSHUI, warning: null });
  });
  it('keeps 红谷滩区, which has no outline of its own, when 新建区\'s holds the point', () => {
    expect(chooseCounty({ name: '红谷滩区' }, '360112')).toEqual({ countyCode: '360113', warning: null });
    expect(chooseCounty({ code: '360113' }, '360112')).toEqual({ countyCode: '360113', warning: null });
    expect(chooseCounty({}, '360112')).toEqual({ countyCode: '360112', warning: null });
  });
});
