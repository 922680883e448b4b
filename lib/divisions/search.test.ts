import { describe, expect, it } from 'vitest';
import { searchDivisions } from './search';

const codes = (q: string, limit = 12) => searchDivisions(q, limit).map((h) => h.division.code);
const first = (q: string) => searchDivisions(q, 12)[0]?.division;

describe('searchDivisions', () => {
  it('finds a division of any province by Chinese, full pinyin, initials and English', () => {
    expect(first('郑州')).toMatchObject({ code: '410100', name: '郑州市', nameEn: 'Zhengzhou City' });
    expect(first('zhengzhou')?.code).toBe('410100');
    // Several counties read d-c-x (大城县 too): all of them are exact, 都昌县 among them.
    const dcx = searchDivisions('dcx', 12);
    expect(dcx.find((h) => h.division.code === '360428')).toMatchObject({ rank: 0, division: { name: '都昌县' } });
    expect(first('Duchang County')?.code).toBe('360428');
    expect(first('duchang')?.code).toBe('360428');
    expect(first('urumqi')?.name).toBe('乌鲁木齐市');
    expect(first('wlmq')?.name).toBe('乌鲁木齐市');
  });

  it('reads polyphonic place names as the reviewed table does, not as the converter', () => {
    // The converter reads 都 as dou; 都昌 is Duchang.
    expect(codes('duchangxian')).toContain('360428');
    expect(codes("lu'an")[0]).toBe('341500');
  });

  it('ignores tones, spaces, case, apostrophes and full-width letters; ü may be typed u or v', () => {
    for (const q of ['Zhèngzhōu', 'zheng zhou', 'ZHENGZHOU', 'ｚｈｅｎｇｚｈｏｕ', 'zheng-zhou']) expect(first(q)?.code, q).toBe('410100');
    const lv = codes('lüliang');
    expect(lv.length).toBeGreaterThan(0);
    expect(codes('lvliang')).toEqual(lv);
    expect(codes('luliang')).toEqual(lv);
    expect(lv.map((c) => searchDivisions('吕梁', 12).some((h) => h.division.code === c))).toContain(true);
  });

  it('ranks exact before prefix before contains, then province, city, county, then code', () => {
    const hits = searchDivisions('nanchang', 12);
    expect(hits.map((h) => h.division.name).slice(0, 2)).toEqual(['南昌市', '南昌县']);
    const ranks = hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const chaoyang = searchDivisions('chaoyang', 30).map((h) => h.division);
    expect(chaoyang[0]?.level).toBe('city'); // 朝阳市 before the 朝阳区 and 朝阳县 counties
    const counties = chaoyang.filter((d) => d.level === 'county').map((d) => d.code);
    expect(counties).toEqual([...counties].sort());
    const yang = searchDivisions('yang', 3200).map((h) => h.division.name);
    expect(yang.indexOf('阳泉市')).toBeGreaterThanOrEqual(0); // yang… : a prefix
    expect(yang.indexOf('阳泉市')).toBeLessThan(yang.indexOf('洛阳市')); // …yang… : inside
  });

  it('does not match initials inside a name, and keeps the answer to the limit', () => {
    expect(searchDivisions('cx', 3200).some((h) => h.division.name === '都昌县')).toBe(false);
    expect(searchDivisions('a', 5)).toHaveLength(5);
    expect(searchDivisions('  ', 5)).toEqual([]);
  });

  it('finds the division named in a pasted address', () => {
    expect(codes('江西省南昌市东湖区八一广场', 30)).toEqual(expect.arrayContaining(['360102', '360100', '360000']));
  });
});
