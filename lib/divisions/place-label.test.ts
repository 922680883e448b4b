import { describe, expect, it } from 'vitest';
import { placeLabel, stationPlace } from './place-label';

const henan = { provinceName: '河南省', provinceNameEn: 'Henan', cityName: '郑州市', cityNameEn: 'Zhengzhou City', countyName: '二七区', countyNameEn: 'Erqi District' };

describe('place label', () => {
  it('reads top down in Chinese and smallest first in English', () => {
    expect(stationPlace(henan, 'zh-CN')).toBe('河南省郑州市二七区');
    expect(stationPlace(henan, 'en')).toBe('Erqi District, Zhengzhou City, Henan');
  });

  it('leaves out a level the county does not have (a county its province runs directly)', () => {
    const direct = { ...henan, cityName: '', cityNameEn: '', countyName: '济源市', countyNameEn: 'Jiyuan City' };
    expect(stationPlace(direct, 'en')).toBe('Jiyuan City, Henan');
    expect(placeLabel([{ name: '江西省', nameEn: '' }], 'en')).toBe('江西省');
  });
});
