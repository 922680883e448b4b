import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PassThrough, Readable } from 'node:stream';
import { neutralise } from '@/lib/import/cells';
import type { Locale } from '@/lib/import/vocab-labels';
import { exportColumns, headerRow, stationValues, type Audience, type ExportStation } from './cells';
import type { DataLicense } from './license';

// CSV (UTF-8 with a BOM, so Excel opens it as UTF-8), XLSX and GeoJSON, each
// written as the stations stream in. Text cells are neutralised against
// formula injection; numbers stay numbers.

export type ExportFormat = 'csv' | 'xlsx' | 'geojson';
export const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: 'application/geo+json; charset=utf-8',
};

type Rows = AsyncIterable<ExportStation>;
const cellsOf = (s: ExportStation, audience: Audience, locale: Locale) => {
  const v = stationValues(s, locale);
  return exportColumns(audience).map((c) => (typeof v[c] === 'number' ? v[c] : neutralise(v[c] as string)));
};

async function* csv(rows: Rows, audience: Audience, locale: Locale): AsyncIterable<string> {
  yield `\uFEFF${Papa.unparse([headerRow(audience, locale)])}\r\n`;
  let chunk: (string | number)[][] = [];
  for await (const s of rows) {
    chunk.push(cellsOf(s, audience, locale));
    if (chunk.length === 500) { yield `${Papa.unparse(chunk)}\r\n`; chunk = []; }
  }
  if (chunk.length) yield `${Papa.unparse(chunk)}\r\n`;
}

/** The licence as foreign members beside `features` (RFC 7946 §6.1), which GeoJSON readers and the importer pass over. */
function licenseMembers(l?: DataLicense): string {
  if (!l) return '';
  return `,${JSON.stringify({ license: l.name, ...(l.url ? { licenseUrl: l.url } : {}), attribution: l.attribution }).slice(1, -1)}`;
}

async function* geojson(rows: Rows, audience: Audience, locale: Locale, license?: DataLicense): AsyncIterable<string> {
  yield `{"type":"FeatureCollection"${licenseMembers(license)},"features":[\n`;
  let first = true;
  const columns = exportColumns(audience).filter((c) => c !== 'lng' && c !== 'lat');
  for await (const s of rows) {
    const v = stationValues(s, locale);
    const properties = Object.fromEntries(columns.map((c) => [c === 'externalId' ? 'external_id' : c, v[c]]));
    // The station's own id as the feature's (RFC 7946 §3.2): the key of /api/changes and /api/stations/{id}, which
    // external_id is not when the union gave one. The importer reads properties only, so it re-imports unchanged.
    yield `${first ? '' : ',\n'}${JSON.stringify({ type: 'Feature', id: s.id, geometry: { type: 'Point', coordinates: [s.lng, s.lat] }, properties })}`;
    first = false;
  }
  yield '\n]}\n';
}

function xlsx(rows: Rows, audience: Audience, locale: Locale): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('stations');
  void (async () => {
    try {
      sheet.addRow(headerRow(audience, locale)).commit();
      for await (const s of rows) sheet.addRow(cellsOf(s, audience, locale)).commit();
      sheet.commit();
      await book.commit();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return out;
}

/**
 * The export as a Node stream of bytes. `license`: named in the GeoJSON; the CSV and XLSX stay the
 * importer's columns and rows only, so that they re-import unchanged (the CSV's response headers carry it).
 */
export function exportStream(format: ExportFormat, rows: Rows, audience: Audience, locale: Locale, license?: DataLicense): Readable {
  if (format === 'xlsx') return xlsx(rows, audience, locale);
  return Readable.from(format === 'csv' ? csv(rows, audience, locale) : geojson(rows, audience, locale, license), { objectMode: false });
}
