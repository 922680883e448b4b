import { describe, expect, it } from 'vitest';
import { decodeRing, echartsCounties } from './echarts-counties';

// Code unit − 64, zig-zag: '@' 0, 'A' −1, 'B' +1, 'C' −2; in 1/1024 degree, each from the last point.
describe("ECharts' compressed rings", () => {
  it('decodes zig-zag deltas from the offset', () => {
    expect(decodeRing('@@BAC@', [1024 * 100, 1024 * 30])).toEqual([[100, 30], [100 + 1 / 1024, 30 - 1 / 1024], [100 - 1 / 1024, 30 - 1 / 1024]]);
  });

  it("reads 阿勒泰地区's seven counties from the package", () => {
    const counties = echartsCounties('xin1jiang1_a1le4tai4di4_');
    expect(counties.map((c) => c.code)).toEqual(['654301', '654321', '654322', '654323', '654324', '654325', '654326']);
    const [lng, lat] = counties[0]!.cp;
    expect([lng, lat].map(Math.round)).toEqual([88, 48]);
  });
});
