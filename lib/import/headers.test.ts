import { describe, expect, it } from 'vitest';
import { mapHeaders } from './headers';
import { choicesOf, mappingFromArgs, mappingParam } from './mapping';

// Headers as union files write them, the coordinate systems they name, and
// the admin's own map (page and command line share one schema).

describe('header synonyms', () => {
  it('reads common headers of union lists without any mapping', () => {
    const m = mapHeaders(['序号', '站点名称', 'district', '详细地址', 'open_hours', '联系方式', '服务功能', '经度', '纬度']);
    expect(m.columns).toEqual([null, 'name', 'county', 'address', 'openingHours', 'phone', 'amenities', 'lng', 'lat']);
    expect(m.unknown).toEqual(['序号']);
    expect(m.headers.map((h) => h.how)).toEqual(['unknown', 'synonym', 'synonym', 'synonym', 'synonym', 'synonym', 'synonym', 'template', 'template']);
    expect(m.crs).toBeNull();
  });
  it.each([
    [['gcj02_lng', 'gcj02_lat'], 'gcj02'],
    [['经度(GCJ02)', '纬度（GCJ02）'], 'gcj02'],
    [['高德经度', '高德纬度'], 'gcj02'],
    [['lng_bd09', 'lat_bd09'], 'bd09'],
    [['百度坐标经度', '百度坐标纬度'], 'bd09'],
    [['WGS84经度', 'WGS84纬度'], 'wgs84'],
  ] as const)('reads %j as coordinates in %s', (headers, crs) => {
    const m = mapHeaders(['名称', ...headers]);
    expect(m.columns).toEqual(['name', 'lng', 'lat']);
    expect(m.crs).toBe(crs);
    expect(m.missing).toEqual([]);
  });
  it('does not take a coordinate system for a column of its own', () => {
    expect(mapHeaders(['名称', '经度', '纬度', 'gcj02']).columns).toEqual(['name', 'lng', 'lat', null]);
  });
});

describe('the admin\'s header map', () => {
  const { headers } = choicesOf({ headers: { 'X 坐标': 'lng', 'Y坐标': 'lat', '站点名称': '-', '点位名': 'name', '营业': 'openingHours' } });
  it('maps unknown headers to template columns, ignores what it is told to, compared as headers are', () => {
    const m = mapHeaders(['点位名', '站点名称', 'x坐标', 'Y坐标', '营业'], headers);
    expect(m.columns).toEqual(['name', null, 'lng', 'lat', 'openingHours']);
    expect(m.headers.map((h) => h.how)).toEqual(['mapped', 'ignored', 'mapped', 'mapped', 'mapped']);
    expect(m.unknown).toEqual([]);
  });
  it('keeps a header named twice for the first column only', () => {
    const m = mapHeaders(['名称', '点位名', '经度', '纬度'], headers);
    expect(m.columns).toEqual(['name', null, 'lng', 'lat']);
    expect(m.repeated).toEqual(['点位名']);
  });
});

describe('mapping flags and parameter', () => {
  it('reads --map and --map-value, repeated, beside other flags', () => {
    const r = mappingFromArgs(['f.csv', '--map', '经度(X)=lng', '--crs', 'gcj02', '--map', 'a=b=-', '--map-value', 'kind:司机之家=station',
      '--map-value', 'status:停用=closed', '--map-value', 'amenity:充电=phone_charging']);
    expect(r).toEqual({ ok: true, mapping: {
      headers: { '经度(X)': 'lng', 'a=b': '-' },
      values: { kind: { 司机之家: 'station' }, status: { 停用: 'closed' }, amenity: { 充电: 'phone_charging' } },
    } });
  });
  it.each([
    [['--map', 'x=longitude'], /headers x: .*one of .*lng/u],
    [['--map', 'x'], /--map x: expected SRC=FIELD/u],
    [['--map-value', '司机之家=station'], /start with kind:, status:, amenity: or entry:/u],
    [['--map-value', 'kind:司机之家=drivers_home'], /values kind 司机之家: .*one of .*station/u],
    [['--map-value', 'colour:red=station'], /start with kind:/u],
  ])('names the wrong flag %j', (argv, message) => {
    const r = mappingFromArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
  it('takes the page\'s mapping as JSON and refuses anything else', () => {
    expect(mappingParam.safeParse(JSON.stringify({ headers: { open_time: 'openingHours' } })).success).toBe(true);
    expect(mappingParam.safeParse('{').success).toBe(false);
    expect(mappingParam.safeParse(JSON.stringify({ headers: { a: 'password' } })).success).toBe(false);
    expect(mappingParam.safeParse(JSON.stringify({ sql: 1 })).success).toBe(false);
  });
});

describe("the export's name columns", () => {
  it('are ignored on import, not reported as unknown', () => {
    const zh = mapHeaders(['名称', '经度', '纬度', '县区英文名', '省份', '省份英文名']);
    expect(zh.unknown).toEqual([]);
    expect(zh.headers.filter((h) => h.how === 'ignored').map((h) => h.header)).toEqual(['县区英文名', '省份', '省份英文名']);
    expect(mapHeaders(['name', 'lng', 'lat', 'county_en', 'province_en']).unknown).toEqual([]);
  });

  it('and what workers say of a station (read-only) are ignored too, as CSV headers and as GeoJSON properties', () => {
    for (const headers of [['最近确认开放', '评分', '评价数'], ['last_confirmed_at', 'grade_stars', 'grade_count'], ['lastConfirmedAt', 'gradeStars', 'gradeCount']]) {
      const m = mapHeaders(['名称', '经度', '纬度', ...headers]);
      expect([m.unknown, m.headers.slice(3).map((h) => h.how)]).toEqual([[], ['ignored', 'ignored', 'ignored']]);
    }
  });
});
