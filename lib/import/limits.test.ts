import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import type { Client } from './classify';
import { IMPORT_LIMITS, LimitExceeded } from './limits';
import { openRows, withHeaderRead } from './read';
import { runImport } from './run';

// Each limit refuses the file as soon as it is passed, naming the limit.

const province: Admin = { id: 'p', email: 'p@x', name: 'p', role: 'province', divisionCode: '360000' };
const noStations = { station: { findMany: async () => [] } } as unknown as Client;
const dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(work: Promise<unknown>) {
  const e = await work.then(() => null, (err: unknown) => err);
  return e instanceof LimitExceeded ? e.limit : e;
}

describe('import limits', { timeout: 60_000 }, () => {
  it('stops at the row past the limit, before reading the rest of the file', async () => {
    let pulled = 0;
    async function* endless() {
      yield ['名称', '经度', '纬度'];
      for (;;) {
        pulled++;
        yield ['', '', ''];
      }
    }
    expect(await refusal(runImport(noStations, province, { rows: endless(), encoding: null }, { crs: 'wgs84' }))).toBe('rows');
    expect(pulled).toBe(IMPORT_LIMITS.rows + 1);
  });

  it('refuses a header or a row of more than the column limit', async () => {
    const wide = Array.from({ length: IMPORT_LIMITS.columns + 1 }, (_, i) => `c${i}`).join(',');
    const csv = (text: string) => openRows('csv', () => Readable.from([Buffer.from(text)]));
    expect(await refusal(withHeaderRead(await csv(`${wide}\n1`)))).toBe('columns');
    const ok = await withHeaderRead(await csv(`名称,经度,纬度\n${wide}`));
    expect(await refusal(runImport(noStations, province, ok, { crs: 'wgs84' }))).toBe('columns');
  });

  it('refuses GeoJSON with a new property name per feature at the name past the limit (not quadratic work)', async () => {
    const features = Array.from({ length: 6000 }, (_, i) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [115.9, 28.7] }, properties: { name: `站${i}`, [`k${i}`]: i },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const started = performance.now();
    expect(await refusal(withHeaderRead(await openRows('geojson', () => Readable.from([Buffer.from(text)]))))).toBe('columns');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses a workbook whose parts unpack past the limit before unpacking any (zip bomb)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(1000));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Declare 3.9 GB unpacked for the sheet, as a bomb's directory does.
    const at = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    bytes.writeUInt32LE(0xf0000000, at + 24);
    const file = path.join(dir, 'bomb.xlsx');
    writeFileSync(file, bytes);
    const source = await openRows('xlsx', () => Readable.from([bytes]), file);
    expect(await refusal(withHeaderRead(source))).toBe('unzipped');
  });
});
