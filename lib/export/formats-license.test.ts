import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openRows } from '@/lib/import/read';
import type { ExportStation } from './cells';
import { exportStream } from './formats';

// The licence goes into the GeoJSON beside `features`, and each feature has
// the station's id (the change feed's key); the CSV stays the importer's rows
// only, whatever the licence, so it re-imports unchanged.

const station: ExportStation = {
  id: 'st-1', externalId: 'zz-001', name: '二七广场驿站', kind: 'station', status: 'in_use', address: '二七路 1 号', lng: 113.63, lat: 34.7,
  countyCode: '410103', openingHours: '24/7', amenities: 'drinking_water', phone: null, operator: null, notes: null,
  entry: null, entryNote: null, lastConfirmedAt: null, grade: null,
};
const license = { name: '工会数据开放协议', url: 'https://gh.example.org/licence', attribution: '河南省总工会' };

async function bytes(format: 'csv' | 'geojson', withLicense: boolean): Promise<Buffer> {
  async function* rows() { yield station; }
  const chunks: Buffer[] = [];
  for await (const c of exportStream(format, rows(), 'public', 'zh-CN', withLicense ? license : undefined)) chunks.push(Buffer.from(c as string));
  return Buffer.concat(chunks);
}

async function importedRows(format: 'csv' | 'geojson', file: Buffer): Promise<string[][]> {
  const { rows } = await openRows(format, () => Readable.from([file]));
  const out: string[][] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe('export licence', () => {
  it('names the licence, its address and whom to credit as GeoJSON members beside features, each feature by station id', async () => {
    const doc = JSON.parse((await bytes('geojson', true)).toString('utf8')) as Record<string, unknown> & { features: unknown[] };
    expect(doc).toMatchObject({ type: 'FeatureCollection', license: license.name, licenseUrl: license.url, attribution: license.attribution });
    expect(doc.features).toEqual([expect.objectContaining({ type: 'Feature', id: 'st-1' })]);
    const none = JSON.parse((await bytes('geojson', false)).toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(none)).toEqual(['type', 'features']);
  });

  it('leaves the CSV byte for byte as without it, and the importer reads both files alike', async () => {
    expect((await bytes('csv', true)).equals(await bytes('csv', false))).toBe(true);
    const geo = await importedRows('geojson', await bytes('geojson', true));
    expect(geo).toEqual(await importedRows('geojson', await bytes('geojson', false)));
    expect(geo[1]).toContain('二七广场驿站');
  });
});
