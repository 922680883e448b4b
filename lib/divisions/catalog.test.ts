import { describe, expect, it } from 'vitest';
import { CHINA_CODE, allDivisions, ancestry, childrenOf, countiesWithin, division, isWithin } from './catalog';

describe('division catalog', () => {
  it('holds the 31 provinces of mainland China with unique codes', () => {
    const all = allDivisions();
    expect(new Set(all.map((d) => d.code)).size).toBe(all.length);
    expect(childrenOf(CHINA_CODE).map((d) => d.name)).toHaveLength(31);
    expect(all.filter((d) => d.level === 'county').length).toBeGreaterThan(2800);
  });

  it('keeps Jiangxi as seeded: 11 cities, 100 counties', () => {
    expect(childrenOf('360000').filter((d) => d.level === 'city')).toHaveLength(11);
    expect(countiesWithin('360000')).toHaveLength(100);
  });

  it('drills down China → province → city → county', () => {
    expect(childrenOf('410000').map((d) => d.name)).toContain('郑州市');
    expect(childrenOf('410100').map((d) => d.code)).toContain('410103');
    expect(ancestry('410103').map((d) => d.code)).toEqual(['410000', '410100', '410103']);
    expect(isWithin('410103', '410000')).toBe(true);
    expect(isWithin('410103', '360000')).toBe(false);
    expect(isWithin('410103', CHINA_CODE)).toBe(true);
  });

  it('lists counties a province runs directly (济源) under the province, without a city', () => {
    expect(division('419001')).toMatchObject({ level: 'county', cityCode: null, provinceCode: '410000' });
    expect(childrenOf('410000').map((d) => d.code)).toContain('419001');
    expect(isWithin('419001', '410000')).toBe(true);
  });

  it("has 阿勒泰地区's seven counties, which the main source lacks", () => {
    expect(childrenOf('654300').map((d) => d.nameEn)).toContain('Burqin County');
    expect(childrenOf('654300')).toHaveLength(7);
  });

  it('has English names beside Chinese ones', () => {
    expect(division('650000')).toMatchObject({ name: '新疆维吾尔自治区', nameEn: 'Xinjiang' });
    expect(division('360428')?.nameEn).toBe('Duchang County');
    expect(division('999999')).toBeUndefined();
  });
});
