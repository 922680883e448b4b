import Papa from 'papaparse';
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { cellText } from './cells';
import { decodeStream, type Encoding } from './decode';

// Rows of a file as arrays of text, the header first. Every format streams.

export type Format = 'csv' | 'xlsx' | 'geojson';

export function formatOf(fileName: string): Format | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  return null;
}

export type Source = { rows: AsyncIterable<string[]>; encoding: Encoding | null };

/** The file is not what its name says (a broken workbook, text named .geojson): the admin's problem, not a server fault. */
export class UnreadableFile extends Error {
  constructor(readonly format: Format, cause: unknown) {
    super(`not a readable ${format} file`, { cause });
  }
}

// A parser's error while reading becomes UnreadableFile; an upload cut short stays what it is.
async function* guarded(format: Format, rows: AsyncIterable<string[]>): AsyncIterable<string[]> {
  try {
    yield* rows;
  } catch (e) {
    throw e instanceof Error && e.message === 'tooLarge' ? e : new UnreadableFile(format, e);
  }
}

async function* csvRows(text: Readable): AsyncIterable<string[]> {
  const parser = text.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' }));
  for await (const row of parser as AsyncIterable<string[]>) yield row.map(String);
}

// exceljs and stream-json load on first use: half a second of start-up that
// a CSV import (and the command line's every run) need not pay.
async function* xlsxRows(bytes: Readable): AsyncIterable<string[]> {
  const [{ default: excel }, { keepCharactersWhole }] = await Promise.all([import('exceljs'), import('./xlsx-utf8')]);
  keepCharactersWhole();
  const reader = new excel.stream.xlsx.WorkbookReader(bytes, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row as ExcelJS.Row).values as unknown[];
      const cells = values.slice(1).map(cellText); // exceljs rows are 1-based
      if (cells.some((c) => c.trim() !== '')) yield cells;
    }
    return; // the first sheet only
  }
}

/** `open` gives the file's bytes from the start; GeoJSON reads them twice. */
export async function openRows(format: Format, open: () => Readable): Promise<Source> {
  if (format === 'xlsx') return { rows: guarded(format, xlsxRows(open())), encoding: null };
  if (format === 'geojson') return { rows: guarded(format, (await import('./geojson')).geojsonRows(open)), encoding: null };
  const { text, encoding } = await decodeStream(open());
  return { rows: guarded(format, csvRows(text)), encoding };
}
