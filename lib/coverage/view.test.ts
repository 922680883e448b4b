import { describe, expect, it } from 'vitest';
import { chinaDivisions } from './divisions';
import { coverageView } from './view';

describe('drill-down views of /coverage and /stats', () => {
  it('keep today’s ?county= links, take a province or city there as the region, and bring a county’s province along', () => {
    expect(coverageView({ region: null, county: '360424' }, '360000')).toEqual({ region: '360000', county: '360424' });
    expect(coverageView({ region: null, county: '410000' }, '360000')).toEqual({ region: '410000', county: null });
    expect(coverageView({ region: '100000', county: '410102' }, '360000')).toEqual({ region: '100000', county: '410102' });
    expect(coverageView({ region: '360000', county: '410102' }, '360000')).toEqual({ region: '410000', county: '410102' });
    expect(coverageView({ region: '990000', county: null }, '360000')).toBeNull();
    expect(coverageView({ region: null, county: '360499' }, '360000')).toBeNull();
  });

  it('roll China up by provinces, a province by cities and directly-run counties, a city by counties', () => {
    const jiyuan = chinaDivisions.county('419001')!;
    const zhongyuan = chinaDivisions.county('410102')!;
    expect(chinaDivisions.partOf(zhongyuan, '100000')).toBe('410000');
    expect(chinaDivisions.partOf(zhongyuan, '410000')).toBe('410100');
    expect(chinaDivisions.partOf(jiyuan, '410000')).toBe('419001');
    expect(chinaDivisions.partOf(zhongyuan, '410100')).toBe('410102');
    expect(chinaDivisions.parts('100000')).toHaveLength(31);
    expect(chinaDivisions.counties('410100').every((c) => c.cityCode === '410100')).toBe(true);
    expect(chinaDivisions.region('410100')).toMatchObject({ level: 'city', nameEn: 'Zhengzhou City' });
    expect(chinaDivisions.region('100000')!.level).toBe('china');
  });
});
