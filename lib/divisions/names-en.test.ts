import { describe, expect, it } from 'vitest';
import { englishName, romanise } from './names-en';
import { PLACE_READINGS } from './place-readings';
import { pinyinKeys } from '@/lib/search/text';

describe('English division names', () => {
  it.each([
    ['360428', '都昌县', 'Duchang County'],
    ['410100', '郑州市', 'Zhengzhou City'],
    ['341500', '六安市', "Lu'an City"],
    ['340300', '蚌埠市', 'Bengbu City'],
    ['650100', '乌鲁木齐市', 'Urumqi City'],
    ['610100', '西安市', "Xi'an City"],
    ['361124', '铅山县', 'Yanshan County'],
    ['330382', '乐清市', 'Yueqing City'],
    ['371722', '单县', 'Shan County'],
    ['150722', '莫力达瓦达斡尔族自治旗', 'Morin Dawa Daur Autonomous Banner'],
    ['150723', '鄂伦春自治旗', 'Oroqen Autonomous Banner'],
    ['220623', '长白朝鲜族自治县', 'Changbai Korean Autonomous County'],
    ['530925', '双江拉祜族佤族布朗族傣族自治县', 'Shuangjiang Lahu, Va, Blang and Dai Autonomous County'],
    ['451031', '隆林各族自治县', 'Longlin Multi-ethnic Autonomous County'],
    ['152200', '兴安盟', 'Hinggan League'],
    ['652900', '阿克苏地区', 'Aksu Prefecture'],
    ['429021', '神农架林区', 'Shennongjia Forestry District'],
    ['520203', '六枝特区', 'Liuzhi Special District'],
    ['150000', '内蒙古自治区', 'Inner Mongolia'],
  ])('%s %s → %s', (code, name, en) => {
    expect(englishName(code, name)).toBe(en);
  });

  it('writes an apostrophe only before a syllable starting with a vowel', () => {
    expect(romanise('延安')).toBe("Yan'an");
    expect(romanise('长沙')).toBe('Changsha');
  });

  it('reads polyphonic places as they are called, in station names too', () => {
    expect(pinyinKeys('都昌县总工会驿站')).toEqual({ full: 'duchangxianzonggonghuiyizhan', initials: 'dcxzghyz' });
    expect(pinyinKeys('单县驿站').full).toBe('shanxianyizhan');
    expect(pinyinKeys('单位驿站').full).toBe('danweiyizhan'); // 单 alone keeps its usual reading
    expect(englishName('371722', '单县')).toBe('Shan County');
  });

  it('keeps reviewed readings that differ from the plain converter', () => {
    // Each entry exists because the converter reads the place otherwise; an
    // entry equal to the plain reading is dead weight to review.
    const same = Object.entries(PLACE_READINGS).filter(([zh, en]) => romanise(zh) === en);
    expect(same.map(([zh]) => zh)).toEqual([]);
  });
});
