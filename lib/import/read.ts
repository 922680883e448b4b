import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Readable } from 'node:stream';
import { cellText } from './cells';
import { decodeStream, type Encoding } from './decode';

// Rows of a file as arrays of text, the header first. CSV and XLSX stream;
// GeoJSON is one JSON document, so it is parsed whole.

export type Format = 'csv' | 'xlsx' | 'geojson';

export function formatOf(fileName: string): Format | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  return null;
}

export type Source = { rows: AsyncIterable<string[]>; encoding: Encoding | null };

async function* csvRows(text: Readable): AsyncIterable<string[]> {
  const parser = text.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' }));
  for await (const row of parser as AsyncIterable<string[]>) yield row.map(String);
}

async function* xlsxRows(bytes: Readable): AsyncIterable<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(bytes, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row as ExcelJS.Row).values as unknown[];
      const cells = values.slice(1).map(cellText); // exceljs rows are 1-based
      if (cells.some((c) => c.trim() !== '')) yield cells;
    }
    return; // the first sheet only
  }
}

type Feature = { geometry?: { type?: string; coordinates?: unknown } | null; properties?: Record<string, unknown> | null };

async function* geojsonRows(bytes: Readable): AsyncIterable<string[]> {
  const chunks: Buffer[] = [];
  for await (const c of bytes) chunks.push(Buffer.from(c as Uint8Array));
  const doc = JSON.parse(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/u, '')) as { features?: Feature[] };
  const features = Array.isArray(doc.features) ? doc.features : [];
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))].filter((k) => !['lng', 'lat', '经度', '纬度'].includes(k));
  yield [...keys, 'lng', 'lat'];
  for (const f of features) {
    const c = f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : [];
    yield [...keys.map((k) => cellText(f.properties?.[k])), cellText(c[0]), cellText(c[1])];
  }
}

export async function openRows(format: Format, bytes: Readable): Promise<Source> {
  if (format === 'xlsx') return { rows: xlsxRows(bytes), encoding: null };
  if (format === 'geojson') return { rows: geojsonRows(bytes), encoding: null };
  const { text, encoding } = await decodeStream(bytes);
  return { rows: csvRows(text), encoding };
}
