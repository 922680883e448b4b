import { describe, expect, it } from 'vitest';
import type { ExportStation } from './cells';
import { exportStream } from './formats';

const henan: ExportStation = {
  id: 'st-1', externalId: 'zz-001', name: '二七广场驿站', kind: 'station', status: 'in_use', address: '二七路 1 号', lng: 113.63, lat: 34.7,
  countyCode: '410103', openingHours: '24/7', amenities: 'drinking_water', phone: null, operator: null, notes: null,
};

async function text(format: 'csv' | 'geojson', locale: 'zh-CN' | 'en'): Promise<string> {
  async function* rows() { yield henan; }
  const chunks: Buffer[] = [];
  for await (const c of exportStream(format, rows(), 'public', locale)) chunks.push(Buffer.from(c as string));
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

describe('export division names', () => {
  it('adds the English and the city and province names after the import columns, in both languages', async () => {
    const [head, row] = (await text('csv', 'en')).trim().split('\r\n');
    expect(head).toBe('external_id,name,kind,status,address,lng,lat,county_code,county,opening_hours,amenities,phone,operator,county_en,city,city_en,province,province_en');
    const cells = Object.fromEntries(head!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells).toMatchObject({ county_code: '410103', county: '二七区', county_en: 'Erqi District', city: '郑州市', city_en: 'Zhengzhou City', province: '河南省', province_en: 'Henan' });
    const [zhHead] = (await text('csv', 'zh-CN')).split('\r\n');
    expect(zhHead!.split(',').slice(-5)).toEqual(['县区英文名', '地市', '地市英文名', '省份', '省份英文名']);
  });

  it('gives GeoJSON features the same names as properties', async () => {
    const doc = JSON.parse(await text('geojson', 'en')) as { features: { properties: Record<string, unknown> }[] };
    expect(doc.features[0]!.properties).toMatchObject({
      countyCode: '410103', county: '二七区', countyEn: 'Erqi District', city: '郑州市', cityEn: 'Zhengzhou City', province: '河南省', provinceEn: 'Henan',
    });
  });
});
