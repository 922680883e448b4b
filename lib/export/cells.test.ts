import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mapHeaders } from '@/lib/import/headers';
import { checkRow, recordOf } from '@/lib/import/row';
import type { ExportStation } from './cells';
import { exportStream } from './formats';

const henan: ExportStation = {
  id: 'st-1', externalId: 'zz-001', name: '二七广场驿站', kind: 'station', status: 'in_use', address: '二七路 1 号', lng: 113.63, lat: 34.7,
  countyCode: '410103', openingHours: '24/7', amenities: 'drinking_water', phone: null, operator: null, notes: null,
  entry: 'scan', entryNote: '扫码后按门铃, 等候开门', lastConfirmedAt: null, grade: null,
};

async function text(format: 'csv' | 'geojson', locale: 'zh-CN' | 'en', station = henan): Promise<string> {
  async function* rows() { yield station; }
  const chunks: Buffer[] = [];
  for await (const c of exportStream(format, rows(), 'public', locale)) chunks.push(Buffer.from(c as string));
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

describe('export division names', () => {
  it('adds the English and the city and province names after the import columns, in both languages', async () => {
    const [head, row] = (await text('csv', 'en')).trim().split('\r\n');
    expect(head).toBe('external_id,name,kind,status,address,lng,lat,county_code,county,opening_hours,amenities,phone,operator,county_en,city,city_en,province,province_en,entry,entry_note,last_confirmed_at,grade_stars,grade_count,services');
    const cells = Object.fromEntries(head!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells).toMatchObject({ county_code: '410103', county: '二七区', county_en: 'Erqi District', city: '郑州市', city_en: 'Zhengzhou City', province: '河南省', province_en: 'Henan' });
    const [zhHead] = (await text('csv', 'zh-CN')).split('\r\n');
    expect(zhHead!.split(',').slice(-11, -6)).toEqual(['县区英文名', '地市', '地市英文名', '省份', '省份英文名']);
  });

  it('gives GeoJSON features the same names as properties', async () => {
    const doc = JSON.parse(await text('geojson', 'en')) as { features: { properties: Record<string, unknown> }[] };
    expect(doc.features[0]!.properties).toMatchObject({
      countyCode: '410103', county: '二七区', countyEn: 'Erqi District', city: '郑州市', cityEn: 'Zhengzhou City', province: '河南省', provinceEn: 'Henan',
    });
  });
});

describe('export: how to get in', () => {
  it('appends the way in, worded, and its note after the names, and the importer reads them back', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const [head, ...rows] = Papa.parse<string[]>((await text('csv', locale)).trim()).data;
      expect(head!.slice(-6, -4)).toEqual(locale === 'en' ? ['entry', 'entry_note'] : ['进门方式', '进门说明']);
      expect(rows[0]!.slice(-6, -4)).toEqual([locale === 'en' ? 'scan (WeChat or app)' : '扫码（微信或App）', '扫码后按门铃, 等候开门']);
      const checked = checkRow(recordOf(rows[0]!, mapHeaders(head!).columns), { crs: 'wgs84', header: (c) => c });
      expect(checked).toMatchObject({ ok: true, warnings: [], input: { entry: 'scan', entryNote: '扫码后按门铃, 等候开门' } });
    }
  });

  it('gives GeoJSON the same properties, and an unknown way in as an empty cell', async () => {
    const doc = JSON.parse(await text('geojson', 'en')) as { features: { properties: Record<string, unknown> }[] };
    expect(doc.features[0]!.properties).toMatchObject({ entry: 'scan (WeChat or app)', entryNote: '扫码后按门铃, 等候开门' });
    const unknown = JSON.parse(await text('geojson', 'en', { ...henan, entry: null, entryNote: null })) as typeof doc;
    expect(unknown.features[0]!.properties).toMatchObject({ entry: '', entryNote: '' });
  });
});

describe('export: what workers say', () => {
  const confirmed = { ...henan, lastConfirmedAt: new Date('2025-03-04T06:10:00.000Z'), grade: { stars: 13 / 3, count: 3 } };

  it('appends the newest "open" and the published grade before the services column, in both languages', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const [head, row] = Papa.parse<string[]>((await text('csv', locale, confirmed)).trim()).data;
      expect(head!.slice(-4, -1)).toEqual(locale === 'en' ? ['last_confirmed_at', 'grade_stars', 'grade_count'] : ['最近确认开放', '评分', '评价数']);
      expect(row!.slice(-4, -1)).toEqual(['2025-03-04T06:10:00.000Z', '4.3', '3']);
      const [, none] = Papa.parse<string[]>((await text('csv', locale)).trim()).data;
      expect(none!.slice(-4, -1)).toEqual(['', '', '0']);
    }
  });

  it('are ignored on import: no unknown column, no warning, nothing read from them', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const [head, row] = Papa.parse<string[]>((await text('csv', locale, confirmed)).trim()).data;
      const map = mapHeaders(head!);
      expect(map.unknown).toEqual([]);
      expect(map.headers.slice(-4, -1).map((h) => [h.column, h.how])).toEqual(Array(3).fill([null, 'ignored']));
      const plain = Papa.parse<string[]>((await text('csv', locale)).trim()).data[1]!;
      const read = (cells: string[]) => checkRow(recordOf(cells, map.columns), { crs: 'wgs84', header: (c) => c });
      expect(read(row!)).toEqual(read(plain));
      expect(read(row!)).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it('gives GeoJSON the same properties, numbers as numbers', async () => {
    const doc = JSON.parse(await text('geojson', 'en', confirmed)) as { features: { properties: Record<string, unknown> }[] };
    expect(doc.features[0]!.properties).toMatchObject({ lastConfirmedAt: '2025-03-04T06:10:00.000Z', gradeStars: 4.3, gradeCount: 3 });
    expect(Object.keys(doc.features[0]!.properties).slice(-6)).toEqual(['entry', 'entryNote', 'lastConfirmedAt', 'gradeStars', 'gradeCount', 'services']);
    const none = JSON.parse(await text('geojson', 'en')) as typeof doc;
    expect(none.features[0]!.properties).toMatchObject({ lastConfirmedAt: '', gradeStars: '', gradeCount: 0 });
  });
});

describe('export: services', () => {
  const served = { ...henan, services: JSON.stringify([{ kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }]) };

  it('appends them as the last column, worded in the file\'s language, and the importer reads them back', async () => {
    for (const [locale, header, cell] of [
      ['zh-CN', '特色服务', '法律援助@Tu,Th 14:00-17:00(带身份证); 理发@Sa 09:00-12:00'],
      ['en', 'services', 'Legal aid@Tu,Th 14:00-17:00(带身份证); Haircut@Sa 09:00-12:00'],
    ] as const) {
      const [head, row] = Papa.parse<string[]>((await text('csv', locale, served)).trim()).data;
      expect([head!.at(-1), row!.at(-1)]).toEqual([header, cell]);
      const checked = checkRow(recordOf(row!, mapHeaders(head!).columns), { crs: 'wgs84', header: (c) => c });
      expect(checked).toMatchObject({ ok: true, warnings: [], input: { services: served.services } });
    }
  });

  it('leaves the cell empty for a station without services, or with a damaged list', async () => {
    for (const services of [undefined, '[]', 'not json']) {
      const [, row] = Papa.parse<string[]>((await text('csv', 'zh-CN', { ...henan, services })).trim()).data;
      expect(row!.at(-1)).toBe('');
    }
  });
});
