import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { counties } from '@/lib/divisions-data';
import { fromWgs84, type Crs } from '@/lib/geo/crs';
import { pointInCounty } from '@/lib/stations/admin/input-schema';
import type { Admin } from '@/lib/permissions/roles';
import { neutralise, unneutralise } from './cells';
import type { Client } from './classify';
import { detectEncoding } from './decode';
import { mapHeaders } from './headers';
import { openRows } from './read';
import { checkRow, recordOf } from './row';
import { runImport } from './run';
import { amenityCodes, kindCode, statusCode } from './vocab-labels';

// Header aliases, encodings, coordinate systems, every rejection reason and
// formula neutralisation, without a database (no station matches).

const province: Admin = { id: 'p', email: 'p@x', name: 'p', role: 'province', divisionCode: '360000' };
const donghu: Admin = { id: 'c', email: 'c@x', name: 'c', role: 'county', divisionCode: '360102' };
const noStations = { station: { findMany: async () => [] } } as unknown as Client;
const P = { lng: 115.898683, lat: 28.702086 }; // 东湖区, WGS-84

async function rowsOf(text: string | Buffer, format: 'csv' | 'geojson' = 'csv') {
  const src = await openRows(format, () => Readable.from([typeof text === 'string' ? Buffer.from(text) : text]));
  const rows: string[][] = [];
  for await (const r of src.rows) rows.push(r);
  return { rows, encoding: src.encoding };
}

async function dryRun(csv: string, admin = province, crs: Crs = 'wgs84') {
  return runImport(noStations, admin, await openRows('csv', () => Readable.from([Buffer.from(csv)])), { crs });
}

describe('headers', () => {
  it('maps Chinese and English aliases in any order, ignoring case and width', () => {
    const m = mapHeaders(['Latitude', '名称', 'LNG', '设施', 'county_code', '不知道', '编号', 'Opening Hours']);
    expect(m.columns).toEqual(['lat', 'name', 'lng', 'amenities', 'countyCode', null, 'externalId', 'openingHours']);
    expect(m.unknown).toEqual(['不知道']);
    expect(m.missing).toEqual([]);
  });
  it('names missing required columns and repeated ones', () => {
    const m = mapHeaders(['name', '名称', '经度']);
    expect(m.missing).toEqual(['lat']);
    expect(m.repeated).toEqual(['名称']);
  });
});

describe('vocabulary labels', () => {
  it('accepts codes and labels in both languages', () => {
    expect(kindCode('工会驿站')).toBe('station');
    expect(kindCode("Workers' home")).toBe('workers_home');
    expect(statusCode('使用中')).toBe('in_use');
    expect(statusCode('under construction')).toBe('under_construction');
    expect(amenityCodes('卫生间、饮用水，Wi-Fi;toilet|空调/取暖')).toEqual(['toilet', 'drinking_water', 'wifi', 'toilet', 'air_conditioning']);
  });
});

describe('encodings', () => {
  const text = '名称,经度,纬度\n东湖驿站,115.9,28.7\n';
  it('reads UTF-8 with and without a BOM', async () => {
    expect((await rowsOf(`\uFEFF${text}`)).rows[0]).toEqual(['名称', '经度', '纬度']);
    expect((await rowsOf(text)).rows[1]).toEqual(['东湖驿站', '115.9', '28.7']);
  });
  it('detects GB18030 (GBK) as Excel writes it', async () => {
    const bytes = iconv.encode(text, 'gb18030');
    expect(detectEncoding(bytes)).toBe('gb18030');
    const { rows, encoding } = await rowsOf(bytes);
    expect(encoding).toBe('gb18030');
    expect(rows).toEqual([['名称', '经度', '纬度'], ['东湖驿站', '115.9', '28.7']]);
  });
  it('keeps UTF-8 when the sample cuts a character in half', () => {
    expect(detectEncoding(Buffer.from('驿站').subarray(0, 4))).toBe('utf-8');
  });
  it('reads GeoJSON points as lng/lat columns', async () => {
    const doc = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [115.9, 28.7] }, properties: { 名称: 'A' } }] });
    expect((await rowsOf(doc, 'geojson')).rows).toEqual([['名称', 'lng', 'lat'], ['A', '115.9', '28.7']]);
  });
  it('reads every property of GeoJSON features, even one only a later feature has, with or without a BOM', async () => {
    const point = (lng: number, properties: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, 28.7] }, properties });
    const doc = JSON.stringify({ type: 'FeatureCollection', features: [point(115.9, { 名称: 'A' }), point(116, { 名称: 'B', 电话: '0791-1' })] });
    const expected = [['名称', '电话', 'lng', 'lat'], ['A', '', '115.9', '28.7'], ['B', '0791-1', '116', '28.7']];
    expect((await rowsOf(doc, 'geojson')).rows).toEqual(expected);
    expect((await rowsOf(`\uFEFF${doc}`, 'geojson')).rows).toEqual(expected);
  });
});

describe('coordinate systems', () => {
  it.each(['wgs84', 'gcj02', 'bd09'] as const)('converts %s to WGS-84', (crs) => {
    const [lng, lat] = fromWgs84(P.lng, P.lat, crs);
    const r = checkRow({ name: 'A', lng: String(lng), lat: String(lat) }, { crs, header: (c) => c });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.input.lng - P.lng)).toBeLessThan(2e-5);
    expect(Math.abs(r.input.lat - P.lat)).toBeLessThan(2e-5);
    expect(r.input.countyCode).toBe('360102');
  });
});

describe('rejection reasons', () => {
  const head = '编号,名称,类型,状态,经度,纬度,县区,开放时间,设施\n';
  const ok = `,115.898683,28.702086,东湖区,24/7,卫生间`;
  it('names the row, the column and the reason; bad optional cells and county names only warn', async () => {
    const s = await dryRun(head + [
      `1,好站,工会驿站,使用中${ok}`,
      '2,坏数,工会驿站,使用中,abc,28.7,东湖区,24/7,',
      '3,外国,工会驿站,使用中,139.7,35.7,,24/7,',
      '4,别县,工会驿站,使用中,115.898683,28.702086,青云谱区,24/7,',
      `5,怪类,神秘类型,使用中${ok}`,
      '6,坏时,工会驿站,使用中,115.898683,28.702086,东湖区,Mo-Xx 25:00,',
      `1,重复,工会驿站,使用中${ok}`,
      `8,怪设施,工会驿站,使用中,115.898683,28.702086,东湖区,24/7,飞船`,
      `9,无县,工会驿站,使用中,115.898683,28.702086,火星县,24/7,`,
      `10,已关,工会驿站,已关闭${ok}`,
      ',,工会驿站,使用中,115.898683,28.702086,东湖区,24/7,',
    ].join('\n'));
    const byRow = Object.fromEntries(s.rejected.map((r) => [r.row, `${r.column}:${r.code}`]));
    expect(byRow).toEqual({
      2: '编号:duplicateInFile', 3: '经度:notNumber', 4: '经度:outsideChina', 6: '类型:unknownKind',
      8: '编号:duplicateInFile', 11: '编号:initialStatus', 12: '名称:required',
    });
    const warned = Object.fromEntries(s.warnings!.map((w) => [w.row, `${w.column}:${w.code}`]));
    expect(warned).toEqual({ 5: '县区:countyMismatch', 7: '开放时间:hoursUnreadable', 9: '设施:unknownAmenity', 10: '县区:countyMismatch' });
    expect(s.counts).toMatchObject({ read: 11, new: 4, rejected: 7 });
    expect(s.unknownValues).toEqual([{ field: 'kind', value: '神秘类型', count: 1 }, { field: 'amenity', value: '飞船', count: 1 }]);
  });
  it('refuses rows outside the admin\'s scope, naming the county they are in', async () => {
    const s = await dryRun(`${head}1,青云谱站,工会驿站,使用中,115.9086,28.6215,,24/7,\n2,东湖站,工会驿站,使用中${ok}\n3,郑州站,,,113.66,34.76,,,`, donghu);
    expect(s.rejected).toEqual([
      { row: 2, column: '经度', code: 'outOfScope', params: { county: '360104' } },
      { row: 4, column: '经度', code: 'outOfScope', params: { county: '410105' } },
    ]);
    expect(s.counts.new).toBe(1);
  });
  it('calls a file unreadable when it is not what its name says', async () => {
    for (const format of ['geojson', 'xlsx'] as const) {
      const src = await openRows(format, () => Readable.from([Buffer.from('名称,经度,纬度\nA,115.9,28.7\n')]));
      const s = await runImport(noStations, province, src, { crs: 'wgs84' });
      expect(s.fileError, format).toEqual({ code: 'unreadable', format });
      expect(s.counts.read).toBe(0);
    }
  });
  it('names a file without the needed columns', async () => {
    expect((await dryRun('名称,地址\nA,B\n')).fileError).toEqual({ code: 'missingColumns', columns: ['lng', 'lat'] });
  });
  it('suggests another coordinate system when many rows land just outside the counties they name', async () => {
    // Points 100 m inside each county's north-east edge, written in BD-09
    // (about a kilometre north-east of WGS-84) but imported as WGS-84.
    const rows = ['360102', '360104', '360111', '360103'].map((code, i) => {
      const c = counties.find((x) => x.code === code)!;
      let k = 0;
      while (pointInCounty(code, c.lng + k * 0.001, c.lat + k * 0.001)) k++;
      const [x, y] = fromWgs84(c.lng + (k - 1.2) * 0.001, c.lat + (k - 1.2) * 0.001, 'bd09');
      return `${i},站${i},,,${x},${y},,24/7,`.replace(',,24/7', `,${c.name},24/7`);
    });
    const s = await dryRun(head + rows.join('\n'), province, 'wgs84');
    expect(s.warnings!.map((r) => r.code)).toEqual(Array(4).fill('countyMismatch'));
    expect(s.crsHint).toBe('bd09');
    expect((await dryRun(head + rows.join('\n'), province, 'bd09')).counts.new).toBe(4);
  });
});

describe('formula neutralisation', () => {
  it.each(['=1+1', '+86 791', '-5', '@SUM(A1)', '\tx'])('quotes %j and the importer unquotes it', (v) => {
    expect(neutralise(v)).toBe(`'${v}`);
    expect(unneutralise(neutralise(v))).toBe(v);
  });
  it('leaves other text alone, including a quote of its own', () => {
    expect(neutralise('驿站')).toBe('驿站');
    expect(unneutralise("'驿站")).toBe("'驿站");
  });
  it('strips the quote when reading a row', () => {
    expect(recordOf(["'=HYPERLINK(1)", "'+86 791"], ['name', 'phone'])).toEqual({ name: '=HYPERLINK(1)', phone: '+86 791' });
  });
  it('drops NUL characters from every cell, the external id too', () => {
    expect(recordOf(['A\u0000-1', '驿\u0000站'], ['externalId', 'name'])).toEqual({ externalId: 'A-1', name: '驿站' });
  });
});
